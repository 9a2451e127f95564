import { cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { RangeBar } from './range-bar';

describe('RangeBar', () => {
  const setup = () => {
    const onChange = vi.fn();
    renderWithProviders(<RangeBar from="2026-11-16" to="2026-11-22" timeZone="UTC" weekStart="MONDAY" onChange={onChange} />);
    return onChange;
  };

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

  it('refuses a start after the end, with a message, and sends nothing', async () => {
    const onChange = setup();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-25' } });
    expect(screen.getByText('The start must be on or before the end.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Apply range' }));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('refuses an empty or impossible date', async () => {
    const onChange = setup();
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '' } });
    expect(screen.getByText('Enter a real end date.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Apply range' }));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('applies a valid custom range', async () => {
    const onChange = setup();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-01' } });
    await userEvent.click(screen.getByRole('button', { name: 'Apply range' }));
    expect(onChange).toHaveBeenCalledWith({ from: '2026-11-01', to: '2026-11-22' });
  });
});
