import { useEffect, useMemo, useRef, type FocusEvent } from 'react';
import { deleteQueue } from './queue';

/** Props that pause a job's countdown while the pointer is over the element or focus is inside it. */
export function useHoldWhileEngaged(jobId: string) {
  const held = useRef(0);
  // Whatever this element holds when it goes away is released with it.
  useEffect(
    () => () => {
      for (; held.current > 0; held.current--) deleteQueue.release(jobId);
    },
    [jobId],
  );
  return useMemo(() => {
    const on = () => {
      held.current++;
      deleteQueue.hold(jobId);
    };
    const off = () => {
      if (held.current === 0) return;
      held.current--;
      deleteQueue.release(jobId);
    };
    const outside = (ev: FocusEvent) => !(ev.currentTarget as Node).contains(ev.relatedTarget as Node | null);
    return {
      onMouseEnter: on,
      onMouseLeave: off,
      onFocus: (ev: FocusEvent) => outside(ev) && on(),
      onBlur: (ev: FocusEvent) => outside(ev) && off(),
    };
  }, [jobId]);
}
