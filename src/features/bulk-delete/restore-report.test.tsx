import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import type { BackupEntry, DeletionRecord } from './backup';
import { RestoreStatus } from './restore-report';

const entry = (id: string, description: string): BackupEntry =>
  ({ id, description, start: '2026-11-03T13:00:00Z', end: '2026-11-03T14:00:00Z' }) as BackupEntry;
const record = {
  id: 'r1',
  timeZone: 'Europe/Berlin',
  entries: [entry('a', 'Design review'), entry('b', 'Standup'), entry('c', 'Planning'), entry('d', 'Retro')],
} as DeletionRecord;
const SERVER = 'Could not re-create it: Clockify had a server error (500). Try again in a moment.';

describe('RestoreStatus', () => {
  it('counts each outcome, groups failures by reason with the entries named, and retries failed and unsent', async () => {
    const onRetry = vi.fn();
    renderWithProviders(
      <RestoreStatus
        record={record}
        job={{
          recordId: 'r1',
          ids: ['a', 'b', 'c', 'd'],
          phase: 'done',
          progress: { total: 4, done: 4 },
          error: null,
          result: { restored: { a: 'n1' }, present: {}, failed: [{ id: 'b', reason: SERVER }, { id: 'c', reason: SERVER }], notSent: ['d'] },
        }}
        onCancel={() => undefined}
        onRetry={onRetry}
        onDismiss={() => undefined}
      />,
    );
    const result = within(screen.getByRole('list', { name: 'Restore result' }));
    expect(result.getByText('Re-created with new ids: 1')).toBeInTheDocument();
    expect(result.getByText('Failed: 2')).toBeInTheDocument();
    expect(result.getByText('Not sent (cancelled): 1')).toBeInTheDocument();

    const group = within(screen.getByRole('list', { name: 'Reasons entries were not restored' })).getByRole('button', {
      name: '2 entries: Clockify had a server error (500). Try again in a moment.',
    });
    // One small group opens by itself: the entries are named without a click.
    expect(group).toHaveAttribute('aria-expanded', 'true');
    const named = within(screen.getByRole('list', { name: /^Entries not restored: Clockify had a server error/ }));
    expect(named.getByText('Standup — 3 Nov 14:00')).toBeInTheDocument();
    expect(named.getByText('Planning — 3 Nov 14:00')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry failed' }));
    expect(onRetry).toHaveBeenCalledWith(['b', 'c', 'd']);
  });
});
