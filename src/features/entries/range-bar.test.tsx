import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDay, presetRange } from '../../lib/dates';
import { renderWithProviders } from '../../test/render';
import { RangeBar } from './range-bar';

describe('RangeBar', () => {
  /** Renders the bar and waits for the custom range's own chunk (the fields are disabled until then). */
  const setup = async (timeZone = 'UTC') => {
    const onChange = vi.fn();
    renderWithProviders(<RangeBar from="2026-11-16" to="2026-11-22" timeZone={timeZone} weekStart="MONDAY" onChange={onChange} />);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'From' })).toBeEnabled());
    return onChange;
  };
  const type = (label: string, value: string) => fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });

  describe('presets, on the member’s calendar', () => {
    // Sunday 22 Nov, 20:00 UTC: still Sunday in Los Angeles, already Monday 23 in Tokyo.
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-11-22T20:00:00Z'));
    });
    afterEach(() => vi.useRealTimers());

    const presetRanges = async (timeZone: string, weekStart: string, presets: string[]) => {
      const onChange = vi.fn();
      renderWithProviders(<RangeBar from="2026-11-01" to="2026-11-02" timeZone={timeZone} weekStart={weekStart} onChange={onChange} />);
      for (const name of presets) await userEvent.click(screen.getByRole('button', { name }));
      return onChange.mock.calls.map(([range]) => range);
    };

    it('takes today and the week from the member’s zone, not the browser’s or UTC', async () => {
      expect(await presetRanges('Asia/Tokyo', 'MONDAY', ['Today', 'This week', 'Last week'])).toEqual([
        { from: '2026-11-23', to: '2026-11-23' },
        { from: '2026-11-23', to: '2026-11-29' },
        { from: '2026-11-16', to: '2026-11-22' },
      ]);
    });

    it('starts the week on the member’s week start', async () => {
      expect(await presetRanges('America/Los_Angeles', 'SUNDAY', ['Today', 'This week', 'Last week'])).toEqual([
        { from: '2026-11-22', to: '2026-11-22' },
        { from: '2026-11-22', to: '2026-11-28' },
        { from: '2026-11-15', to: '2026-11-21' },
      ]);
      cleanup();
      expect(await presetRanges('America/Los_Angeles', 'MONDAY', ['This week'])).toEqual([{ from: '2026-11-16', to: '2026-11-22' }]);
    });

    it('counts month and rolling ranges in whole member days', async () => {
      expect(await presetRanges('Asia/Tokyo', 'MONDAY', ['This month', 'Last 30 days'])).toEqual([
        { from: '2026-11-01', to: '2026-11-30' },
        { from: '2026-10-25', to: '2026-11-23' },
      ]);
    });
  });

  it('applies a preset on the member calendar, not the machine’s', async () => {
    const onChange = await setup('Pacific/Kiritimati');
    await userEvent.click(screen.getByRole('button', { name: 'Today' }));
    expect(onChange).toHaveBeenCalledWith(presetRange('today', new Date(), 'Pacific/Kiritimati'));
  });

  it('shows the range in the browser’s date style, not yyyy-MM-dd', async () => {
    await setup();
    expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue(formatDay('2026-11-16'));
    expect(screen.getByRole('textbox', { name: 'To' })).toHaveValue(formatDay('2026-11-22'));
    expect(formatDay('2026-11-16')).not.toBe('2026-11-16');
  });

  it('refuses a start after the end: says so on From, disables Apply range, sends nothing', async () => {
    const onChange = await setup();
    type('From', '2026-11-25');
    expect(await screen.findByText('The start must be on or before the end.')).toBeInTheDocument();
    const apply = screen.getByRole('button', { name: 'Apply range' });
    await waitFor(() => expect(apply).toBeDisabled());
    fireEvent.submit(apply.closest('form')!);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('refuses more than five years', async () => {
    const onChange = await setup();
    type('From', '2019-01-01');
    expect(await screen.findByText('Pick at most five years.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Apply range' })).toBeDisabled());
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps Apply range disabled until something changed', async () => {
    await setup();
    expect(screen.getByRole('button', { name: 'Apply range' })).toBeDisabled();
  });

  it('applies a valid custom range, typed in the field’s own style', async () => {
    const onChange = await setup();
    type('From', formatDay('2026-11-01'));
    const apply = screen.getByRole('button', { name: 'Apply range' });
    await waitFor(() => expect(apply).toBeEnabled());
    await userEvent.click(apply);
    expect(onChange).toHaveBeenCalledWith({ from: '2026-11-01', to: '2026-11-22' });
  });
});
