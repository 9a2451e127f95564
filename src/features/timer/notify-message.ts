/** "Let them know": a prefilled e-mail about a stopped timer, in the member's zone. No server. */
import { formatDuration, formatInZone } from '../../lib/dates';

export interface StoppedTimerFacts {
  memberName: string;
  email: string;
  description: string;
  projectName: string | null;
  start: Date;
  end: Date;
  timeZone: string;
  stoppedBy: string;
}

export function stopMessage(f: StoppedTimerFacts): { subject: string; body: string } {
  const what = f.description ? `“${f.description}”` : 'without a description';
  const when = (d: Date) => formatInZone(d, f.timeZone, 'EEE d MMM yyyy, HH:mm:ss');
  const first = f.memberName.split(/\s+/)[0] || f.memberName;
  const duration = formatDuration((f.end.getTime() - f.start.getTime()) / 1000);
  return {
    subject: `Your Clockify timer ${what} was stopped`,
    body: [
      `Hi ${first},`,
      '',
      `your Clockify timer ${what}${f.projectName ? ` (project: ${f.projectName})` : ''} had been running since ${when(f.start)} (${f.timeZone}).`,
      `I stopped it at ${when(f.end)} (${f.timeZone}), so the entry is now ${duration} long.`,
      'If that end is not right, please correct the entry in Clockify.',
      '',
      f.stoppedBy,
    ].join('\n'),
  };
}

const PLAIN_EMAIL = /^[^\s@?&#/]+@[^\s@?&#/]+$/;

/** A `mailto:` link, or null when the address cannot safely go into one. */
export function mailtoLink(f: StoppedTimerFacts): string | null {
  if (!PLAIN_EMAIL.test(f.email)) return null;
  const { subject, body } = stopMessage(f);
  return `mailto:${f.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
