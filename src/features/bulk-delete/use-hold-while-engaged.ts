import { useEffect, useMemo, useRef, type FocusEvent } from 'react';
import { deleteQueue } from './queue';

type Engagement = 'pointer' | 'focus';

/**
 * Props that pause a job's countdown while the pointer is over the element or focus is inside it.
 *
 * Each kind holds at most once: React does not pair its enter and leave events. When the element
 * appears under a resting pointer (the banner taking the list's place as the confirm dialog
 * closes under the mouse), the browser's mouseover comes from the dialog's removed nodes and
 * React reports an enter, then another enter as the pointer crosses into the element, and one
 * leave when it goes. Counted, that left a hold for good and the deletion never went.
 */
export function useHoldWhileEngaged(jobId: string) {
  const engaged = useRef<Record<Engagement, boolean>>({ pointer: false, focus: false });
  // Whatever this element holds when it goes away is released with it.
  useEffect(
    () => () => {
      for (const kind of ['pointer', 'focus'] as const) {
        if (!engaged.current[kind]) continue;
        engaged.current[kind] = false;
        deleteQueue.release(jobId);
      }
    },
    [jobId],
  );
  return useMemo(() => {
    const set = (kind: Engagement, on: boolean) => {
      if (engaged.current[kind] === on) return;
      engaged.current[kind] = on;
      if (on) deleteQueue.hold(jobId);
      else deleteQueue.release(jobId);
    };
    const outside = (ev: FocusEvent) => !(ev.currentTarget as Node).contains(ev.relatedTarget as Node | null);
    return {
      onMouseEnter: () => set('pointer', true),
      onMouseLeave: () => set('pointer', false),
      onFocus: (ev: FocusEvent) => outside(ev) && set('focus', true),
      onBlur: (ev: FocusEvent) => outside(ev) && set('focus', false),
    };
  }, [jobId]);
}
