import { Alert } from '@mantine/core';
import { ClockifyError, describeError } from '../../clockify/errors';

interface Props {
  error: unknown;
  /** What a fresh look at the running timers says about the entry that was being stopped. */
  check: { fetching: boolean; failed: boolean; stillRunning: boolean };
  mt?: string;
}

/**
 * A failed stop, said without assuming: a 404 means it was already stopped; otherwise the
 * running timer is fetched again, and a lost answer (dropped connection, timeout) may hide a
 * stop that went through — so report what that fresh look found.
 */
export function StopOutcomeAlert({ error, check, mt }: Props) {
  if (error instanceof ClockifyError && error.kind === 'not-found') {
    return (
      <Alert color="yellow" mt={mt} title="Already stopped" role="alert">
        This timer had already been stopped elsewhere (in Clockify or another tab). The list has been refreshed.
      </Alert>
    );
  }
  const state = check.fetching ? 'checking' : check.failed ? 'unknown' : check.stillRunning ? 'running' : 'gone';
  return (
    <Alert
      color={state === 'gone' ? 'yellow' : 'red'}
      mt={mt}
      title={state === 'gone' ? 'The stop’s answer was lost' : 'The timer was not stopped'}
      role="alert"
    >
      {describeError(error, 'stop the timer')}{' '}
      {state === 'running'
        ? 'The timer is still running.'
        : state === 'checking'
          ? 'Checking whether the timer is still running…'
          : state === 'unknown'
            ? 'Whether the timer is still running could not be checked: reload to see.'
            : 'Checked again: the timer is no longer running, so the stop went through (or it was stopped elsewhere).'}
    </Alert>
  );
}
