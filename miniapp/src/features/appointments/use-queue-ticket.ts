// Follows the resident's queue number without reloading: one small request every few seconds while
// the page is shown and the tab visible (less often before check-in), none once the number is
// finished or the page is hidden.
import { useEffect, useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';
import type { QueueTicket } from '@bianmin/shared/queue/queue.schema';
import { getAppointmentQueue } from './visit-api';

export const QUEUE_POLL_MS = 5000;

export interface QueueState {
  ticket: QueueTicket | null;
  /** The last poll failed: what is shown may be out of date. */
  stale: boolean;
}

const finished = (t: QueueTicket | null) => t?.status === 'done' || t?.status === 'skipped';

export function useQueueTicket(appointmentId: string, enabled: boolean, everyMs = QUEUE_POLL_MS): QueueState | null {
  const [state, setState] = useState<QueueState | null>(null);
  const [shown, setShown] = useState(true);
  useDidShow(() => setShown(true));
  useDidHide(() => setShown(false));
  const done = finished(state?.ticket ?? null);

  useEffect(() => {
    if (!enabled || !shown || done) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      let holding = true;
      // A browser tab in the background asks nothing (H5); the mini-program hides the page instead.
      const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
      if (!hidden) {
        try {
          const ticket = await getAppointmentQueue(appointmentId);
          holding = ticket !== null;
          if (live) setState({ ticket, stale: false });
        } catch {
          if (live) setState((s) => ({ ticket: s?.ticket ?? null, stale: true }));
        }
      }
      // Before check-in nothing moves quickly: ask a third as often.
      if (live) timer = setTimeout(() => void tick(), holding ? everyMs : everyMs * 3);
    };
    void tick();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [appointmentId, enabled, shown, done, everyMs]);

  return state;
}
