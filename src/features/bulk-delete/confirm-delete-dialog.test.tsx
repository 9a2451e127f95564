import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TimeEntry } from '../../clockify/schemas';
import { renderWithProviders } from '../../test/render';
import { ConfirmDeleteDialog, typedCount } from './confirm-delete-dialog';

const entry = (i: number, projectId: string | null): TimeEntry => ({
  id: String(i).padStart(24, '0'), description: `e${i}`, billable: false, projectId, taskId: null, tagIds: [], userId: 'u',
  workspaceId: 'w', start: new Date(Date.UTC(2026, 10, 1 + (i % 20), 9)), end: new Date(Date.UTC(2026, 10, 1 + (i % 20), 10)),
  durationSeconds: 3600, isLocked: false, type: 'REGULAR', customFieldValues: [], hourlyRate: null,
});

function open(entries: TimeEntry[], excluded = { locked: 0, running: 0 }) {
  const onConfirm = vi.fn();
  renderWithProviders(
    <ConfirmDeleteDialog opened entries={entries} excluded={excluded} memberName="Haruto" timeZone="Asia/Tokyo" catalog={undefined} onCancel={() => {}} onConfirm={onConfirm} />,
  );
  return onConfirm;
}

describe('ConfirmDeleteDialog', () => {
  it('summarises count, total, projects and exclusions', () => {
    open([entry(1, null), entry(2, 'p'.repeat(24)), entry(3, 'p'.repeat(24))], { locked: 2, running: 1 });
    expect(screen.getByRole('dialog', { name: 'Delete 3 time entries' })).toBeInTheDocument();
    expect(screen.getByText('3:00')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Totals per project' });
    expect(table).toHaveTextContent('No project');
    expect(table).toHaveTextContent('Unknown project2');
    expect(screen.getByText(/Not included: 2 locked and 1 running/)).toBeInTheDocument();
  });

  it('asks for the count to be typed above 100 entries', async () => {
    const entries = Array.from({ length: 101 }, (_, i) => entry(i, null));
    const onConfirm = open(entries);
    const button = screen.getByRole('button', { name: 'Delete' });
    expect(button).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Type 101 to confirm'), '100');
    expect(button).toBeDisabled();
    await userEvent.clear(screen.getByLabelText('Type 101 to confirm'));
    await userEvent.type(screen.getByLabelText('Type 101 to confirm'), '101');
    await userEvent.click(button);
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('needs no typing at 100 or fewer', async () => {
    const onConfirm = open([entry(1, null)]);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalled();
  });
  it('accepts the count with the separators it prints, or without', async () => {
    const entries = Array.from({ length: 1612 }, (_, i) => entry(i, null));
    const onConfirm = open(entries);
    expect(screen.getByRole('dialog', { name: 'Delete 1,612 time entries' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Type 1612 to confirm'), '1,612');
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(typedCount('1612')).toBe(1612);
    expect(typedCount(' 1 612 ')).toBe(1612);
    expect(typedCount('1.612')).toBe(1612);
    expect(typedCount('16x12')).toBeNull();
    expect(typedCount('')).toBeNull();
  });

  it('lists locked entries apart when the key may delete them', () => {
    open([entry(1, null), { ...entry(2, null), isLocked: true, description: 'Old audit' }]);
    expect(screen.getByText('1 entry is in the locked period')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Locked entries in this deletion' })).toHaveTextContent('Old audit');
  });
});
