import { act, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFERRED_LOAD_FALLBACK_MS, deferredComponent, useIdleAfter, useLoadWhenReady } from './deferred';

const Control = () => null;

describe('deferred controls', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads once the page is ready, not before', async () => {
    const loader = vi.fn(() => Promise.resolve(Control));
    const part = deferredComponent(loader);
    const { rerender } = renderHook(({ ready }) => useLoadWhenReady(part, ready), { initialProps: { ready: false } });
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(loader).not.toHaveBeenCalled();
    rerender({ ready: true });
    await act(() => vi.advanceTimersByTimeAsync(600));
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('loads after the fallback delay even if the page never settles', async () => {
    const loader = vi.fn(() => Promise.resolve(Control));
    renderHook(() => useLoadWhenReady(deferredComponent(loader), false));
    await act(() => vi.advanceTimersByTimeAsync(DEFERRED_LOAD_FALLBACK_MS - 1));
    expect(loader).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('loads at once on pointer or focus, asking for the code only once, and again after a failure', async () => {
    const loader = vi.fn().mockRejectedValueOnce(new Error('chunk failed')).mockResolvedValue(Control);
    const part = deferredComponent(loader);
    part.intent.onPointerEnter();
    part.intent.onFocusCapture();
    expect(loader).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(0));
    part.intent.onFocusCapture();
    part.intent.onPointerEnter();
    expect(loader).toHaveBeenCalledTimes(2);
  });
});

describe('Deferred', () => {
  it('shows the placeholder without asking for the code, then the control once asked', async () => {
    const loader = vi.fn(() => Promise.resolve(({ name }: { name: string }) => <p>control for {name}</p>));
    const part = deferredComponent(loader);
    render(<part.Deferred fallback={<p>placeholder</p>} name="Ada" />);
    expect(screen.getByText('placeholder')).toBeInTheDocument();
    await act(() => Promise.resolve());
    expect(loader).not.toHaveBeenCalled();
    act(() => part.start());
    expect(await screen.findByText('control for Ada')).toBeInTheDocument();
    expect(screen.queryByText('placeholder')).not.toBeInTheDocument();
    expect(loader).toHaveBeenCalledTimes(1);
  });
});

describe('useIdleAfter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('turns true only at an idle moment after its condition holds, and only while it holds', async () => {
    const { result, rerender } = renderHook(({ on }) => useIdleAfter(on), { initialProps: { on: false } });
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(result.current).toBe(false);
    rerender({ on: true });
    // Not in the render that made it hold (that render's frame comes first)…
    expect(result.current).toBe(false);
    // …but once the browser has been idle (here: jsdom's next task).
    await act(() => vi.advanceTimersByTimeAsync(600));
    expect(result.current).toBe(true);
    rerender({ on: false });
    expect(result.current).toBe(false);
  });
});
