import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { RangeBar } from './range-bar';

describe('RangeBar', () => {
  const setup = () => {
    const onChange = vi.fn();
    renderWithProviders(<RangeBar from="2026-11-16" to="2026-11-22" timeZone="UTC" weekStart="MONDAY" onChange={onChange} />);
    return onChange;
  };

  it('applies a preset on the member calendar', async () => {
    const onChange = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Today' }));
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }));
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
