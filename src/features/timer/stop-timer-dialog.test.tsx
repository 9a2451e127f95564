import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TimeEntry } from '../../clockify/schemas';
import { renderWithProviders } from '../../test/render';
import { StopTimerDialog } from './stop-timer-dialog';

const NINE_HOURS = 9 * 3600_000;

function running(start: Date): TimeEntry {
  return {
    id: 'e'.repeat(24), description: 'Forgotten', billable: false, projectId: null, taskId: null, tagIds: [], userId: 'u',
    workspaceId: 'w', start, end: null, durationSeconds: null, isLocked: false, type: 'REGULAR', customFieldValues: [], hourlyRate: null,
  } as TimeEntry;
}

function open(props: { weekStart?: string; start?: Date } = {}) {
  const onStop = vi.fn();
  // Whole seconds, like Clockify's starts.
  const start = props.start ?? new Date(Math.floor((Date.now() - NINE_HOURS) / 1000) * 1000);
  renderWithProviders(
    <StopTimerDialog opened onClose={() => {}} entry={running(start)} memberName="Haruto" timeZone="Asia/Tokyo" weekStart={props.weekStart} lockDate={null} onStop={onStop} />,
  );
  return { onStop, start, dialog: screen.getByRole('dialog', { name: 'Stop running timer' }) };
}

/** The calendar's weekday header cells, in column order. */
async function weekdayHeaders() {
  await userEvent.click(screen.getByRole('button', { name: 'End time' }));
  const dropdown = await screen.findByRole('dialog', { name: 'End time' });
  const headerRow = within(dropdown).getAllByRole('row')[0];
  return within(headerRow).getAllByRole('columnheader').map((th) => th.textContent);
}

// Mantine's calendar renders slowly on a loaded machine: allow more than the default 5 s.
describe('StopTimerDialog', { timeout: 20_000 }, () => {
  it('starts the calendar week on the member’s week start', async () => {
    open({ weekStart: 'SUNDAY' });
    expect((await weekdayHeaders())[0]).toBe('Su');
  });

  it('starts on Monday for a member whose week starts on Monday', async () => {
    open({ weekStart: 'MONDAY' });
    expect((await weekdayHeaders())[0]).toBe('Mo');
  });

  it('sends the schema’s instant: Start + 8 h is stopped at exactly start + 8 h', async () => {
    const { onStop, start, dialog } = open();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start + 8 h' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stop timer' }));
    expect(onStop).toHaveBeenCalledTimes(1);
    expect(onStop.mock.calls[0][0]).toEqual(new Date(start.getTime() + 8 * 3600_000));
  });

  it('keeps the raw request behind "Request details" until asked for', async () => {
    const { start, dialog } = open();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start + 8 h' }));
    const expected = `{"end":"${new Date(start.getTime() + 8 * 3600_000).toISOString().replace('.000Z', 'Z')}"}`;
    const details = within(dialog).getByRole('button', { name: 'Request details' });
    expect(details).toHaveAttribute('aria-expanded', 'false');
    expect(within(dialog).getByText(expected)).not.toBeVisible();
    await userEvent.click(details);
    expect(details).toHaveAttribute('aria-expanded', 'true');
    expect(within(dialog).getByText(expected)).toBeVisible();
  });

  it('offers no request and sends nothing while the end is refused', async () => {
    // Started in the future (a clock skew): "Now" is before the start.
    const { onStop, dialog } = open({ start: new Date(Date.now() + 3600_000) });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stop timer' }));
    expect(await within(dialog).findByText('The end must be after the timer started.')).toBeVisible();
    expect(within(dialog).queryByRole('button', { name: 'Request details' })).toBeNull();
    expect(within(dialog).getByText('Duration:')).toHaveTextContent('Duration: —');
    expect(onStop).not.toHaveBeenCalled();
  });
});
