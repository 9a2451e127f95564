import { describe, expect, it } from 'vitest';
import { mailtoLink, stopMessage } from './notify-message';

const facts = {
  memberName: 'Marcus Johnson',
  email: 'marcus@northwind.example',
  description: 'Debugging push & notifications',
  projectName: 'Mobile App',
  start: new Date('2026-11-22T17:00:00Z'),
  end: new Date('2026-11-23T01:00:00Z'),
  timeZone: 'America/Los_Angeles',
  stoppedBy: 'Ada Lovelace',
};

describe('stop message', () => {
  it('says what ran, since when, the end and the duration in the member’s zone', () => {
    const { subject, body } = stopMessage(facts);
    expect(subject).toBe('Your Clockify timer “Debugging push & notifications” was stopped');
    expect(body).toContain('since Sun 22 Nov 2026, 09:00:00 (America/Los_Angeles)');
    expect(body).toContain('I stopped it at Sun 22 Nov 2026, 17:00:00 (America/Los_Angeles), so the entry is now 8:00 long.');
    expect(body).toContain('(project: Mobile App)');
  });

  it('builds a mailto link whose subject and body survive the round trip', () => {
    const link = mailtoLink(facts)!;
    const url = new URL(link);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('marcus@northwind.example');
    const params = new URLSearchParams(url.search);
    expect(params.get('subject')).toBe(stopMessage(facts).subject);
    expect(decodeURIComponent(link.split('&body=')[1])).toBe(stopMessage(facts).body);
  });

  it('gives no link for an address that would inject parameters', () => {
    expect(mailtoLink({ ...facts, email: 'x@y.example?bcc=evil@z.example' })).toBeNull();
    expect(mailtoLink({ ...facts, email: '' })).toBeNull();
  });
});
