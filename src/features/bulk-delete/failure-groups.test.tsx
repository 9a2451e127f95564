import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { FailureGroups, groupByReason } from './failure-groups';

const SERVER = 'Could not delete it: Clockify had a server error (500). Try again in a moment.';
const LOCKED = 'Clockify refused to delete it. Clockify said: “Entry is locked”';

const failures = [
  ...Array.from({ length: 24 }, (_, i) => ({ id: `s${i}`, reason: SERVER })),
  { id: 'l1', reason: LOCKED },
  { id: 'l2', reason: LOCKED },
];

describe('FailureGroups', () => {
  it('groups by reason, largest first, keeping every id', () => {
    const groups = groupByReason([failures[24], ...failures]);
    expect(groups.map((g) => [g.reason, g.ids.length])).toEqual([
      [SERVER, 24],
      [LOCKED, 3],
    ]);
  });

  it('shows one line per reason, each opening to its entries', async () => {
    renderWithProviders(<FailureGroups problems={failures} label={(id) => `entry ${id}`} />);
    const groups = within(screen.getByRole('list', { name: 'Reasons entries were not deleted' }));
    const server = groups.getByRole('button', { name: '24 entries: Clockify had a server error (500). Try again in a moment.' });
    const locked = groups.getByRole('button', { name: /^2 entries: Clockify refused/ });
    expect(server).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('entry s0')).not.toBeInTheDocument();

    await userEvent.click(server);
    expect(server).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', { name: /^Entries not deleted: Clockify had a server error/ });
    expect(within(list).getAllByRole('listitem')).toHaveLength(24);
    expect(locked).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(server);
    expect(screen.queryByText('entry s0')).not.toBeInTheDocument();
  });

  it('opens a single small group at once', () => {
    renderWithProviders(<FailureGroups problems={failures.slice(0, 3)} label={(id) => `entry ${id}`} />);
    expect(screen.getByRole('button', { name: /^3 entries:/ })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('entry s2')).toBeInTheDocument();
  });
});
