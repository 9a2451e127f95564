import { describe, expect, it } from 'vitest';
import { ClockifyError } from '../../clockify/errors';
import { describeConnectError } from './connect-error';

describe('describeConnectError', () => {
  it('tells someone not yet connected to check the key, not to disconnect', () => {
    const text = describeConnectError(new ClockifyError({ kind: 'auth', status: 401 }));
    expect(text).toContain('check the key');
    expect(text).not.toMatch(/disconnect/i);
  });

  it("quotes the proxy's own reason instead of a bare status", () => {
    const text = describeConnectError(new ClockifyError({ kind: 'server', status: 502, code: 502, serverMessage: 'Could not reach Clockify (global)' }));
    expect(text).toBe('Could not reach Clockify (global). Try again in a moment.');
  });

  it('on a typed base URL, reads "not found" as a wrong path and says what the URL should look like', () => {
    const text = describeConnectError(new ClockifyError({ kind: 'not-found', status: 404 }), { customBaseUrl: 'http://127.0.0.1:4000' });
    expect(text).toBe(
      "Nothing answers at http://127.0.0.1:4000/v1/user: check the base URL. Clockify's ends in /api, e.g. https://api.clockify.me/api (the app adds /v1/…).",
    );
    expect(describeConnectError(new ClockifyError({ kind: 'not-found', status: 404 }))).not.toContain('base URL');
  });

  it('falls back to the general words for the rest', () => {
    expect(describeConnectError(new ClockifyError({ kind: 'server', status: 500 }))).toBe('Clockify had a server error (500). Try again in a moment.');
    expect(describeConnectError(new ClockifyError({ kind: 'network' }))).toMatch(/^No answer from the server/);
  });
});
