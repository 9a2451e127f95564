import { ClockifyError, describeError } from '../../clockify/errors';

/**
 * What went wrong while checking a key, in words for someone who is not connected yet: a
 * refused key means "check the key" (there is nothing to disconnect), and a proxy or server
 * that explains itself ("Could not reach Clockify") is quoted rather than reduced to a status.
 * It reads under an alert titled "Could not connect", so it does not start with those words.
 */
export function describeConnectError(error: unknown, opts: { customBaseUrl?: string } = {}): string {
  if (error instanceof ClockifyError) {
    // A typed base URL that answers "not found" for the key's user is most often the wrong path.
    if (error.kind === 'not-found' && opts.customBaseUrl !== undefined) {
      return `Nothing answers at ${opts.customBaseUrl}/v1/user: check the base URL. Clockify's ends in /api, e.g. https://api.clockify.me/api (the app adds /v1/…).`;
    }
    if (error.kind === 'auth') {
      return 'The API key was not accepted: check the key (Clockify → Profile settings → API) and try again.';
    }
    if (error.kind === 'server' && error.serverMessage) {
      return `${error.serverMessage.replace(/\.?$/, '.')} Try again in a moment.`;
    }
  }
  // Shown under the title "Could not connect": the general words without saying it twice.
  const text = describeError(error, 'connect').replace(/^Could not connect: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
