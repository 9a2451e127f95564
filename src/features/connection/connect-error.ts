import { ClockifyError, describeError } from '../../clockify/errors';

/**
 * What went wrong while checking a key, in words for someone who is not connected yet: a
 * refused key means "check the key" (there is nothing to disconnect), and a proxy or server
 * that explains itself ("Could not reach Clockify") is quoted rather than reduced to a status.
 */
export function describeConnectError(error: unknown): string {
  if (error instanceof ClockifyError) {
    if (error.kind === 'auth') {
      return 'The API key was not accepted: check the key (Clockify → Profile settings → API) and try again.';
    }
    if (error.kind === 'server' && error.serverMessage) {
      return `Could not connect: ${error.serverMessage.replace(/\.?$/, '.')} Try again in a moment.`;
    }
  }
  return describeError(error, 'connect');
}
