import { Alert, Button } from '@mantine/core';
import { describeError } from '../../clockify/errors';
import { formatInZone } from '../../lib/dates';
import type { StopResult } from './stop-routine';

interface Props {
  result: Exclude<StopResult, { kind: 'stopped' }>;
  /** What a fresh look at the running timers says about the entry that was being stopped. */
  check: { fetching: boolean; failed: boolean; stillRunning: boolean };
  timeZone: string;
  /** Send the same end again. */
  onRetry(): void;
  retrying?: boolean;
  mt?: string;
}

/** `Retry stop at 18:30:15`, in the member's zone. */
export const retryStopLabel = (end: Date, timeZone: string) => `Retry stop at ${formatInZone(end, timeZone, 'HH:mm:ss')}`;

/**
 * A stop that did not go through, said without assuming: "already stopped" when the entry was
 * found ended elsewhere; otherwise the running timer is fetched again and the alert reports
 * what that fresh look found, offering to send the same end again.
 */
export function StopOutcomeAlert({ result, check, timeZone, onRetry, retrying, mt }: Props) {
  if (result.kind === 'already-stopped') {
    const other = result.entry?.end;
    return (
      <Alert color="yellow" mt={mt} title="Already stopped" role="alert">
        This timer had already been stopped elsewhere (in Clockify or another tab)
        {other ? `, at ${formatInZone(other, timeZone, 'HH:mm:ss')} (${timeZone})` : ''}. Nothing was changed.
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
      {describeError(result.error, 'stop the timer')}{' '}
      {state === 'running'
        ? 'The timer is still running.'
        : state === 'checking'
          ? 'Checking whether the timer is still running…'
          : state === 'unknown'
            ? 'Whether the timer is still running could not be checked: reload to see.'
            : 'Checked again: the timer is no longer running (it was stopped elsewhere).'}
      {state !== 'gone' && (
        <div>
          <Button mt="xs" size="sm" color="red" variant="light" onClick={onRetry} loading={retrying} disabled={state === 'checking'}>
            {retryStopLabel(result.end, timeZone)}
          </Button>
        </div>
      )}
    </Alert>
  );
}
