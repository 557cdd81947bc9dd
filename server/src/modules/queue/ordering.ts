// The order numbers are called in, within one window group (the hall's rule, docs/queue.md):
// a checked-in appointment whose booked slot has begun goes before walk-ins — it was booked for
// that time — earliest slot first; everyone else, early appointment holders included, in the
// order their numbers were issued. Early arrivals therefore cannot jump the queue, and a booked
// resident who arrives on time is not sent to the back of it.
export interface Queued {
  kind: 'appointment' | 'walk_in';
  slotStart: string | null;
  sequence: number;
}

/** `slotBegun(start)`: whether today's slot starting at HH:mm has begun. */
export function callOrder<T extends Queued>(waiting: T[], slotBegun: (start: string) => boolean): T[] {
  const due = (t: T) => t.kind === 'appointment' && t.slotStart !== null && slotBegun(t.slotStart);
  return [...waiting].sort((a, b) => {
    const da = due(a);
    const db = due(b);
    if (da !== db) return da ? -1 : 1;
    if (da && db && a.slotStart !== b.slotStart) return (a.slotStart ?? '').localeCompare(b.slotStart ?? '');
    return a.sequence - b.sequence;
  });
}

/**
 * Minutes until a number with `ahead` numbers before it is called: each of the group's busy
 * windows serves one at the recent average pace. An estimate, and null without recent data.
 */
export function estimateWaitMinutes(ahead: number, averageServiceSeconds: number | null, windowsServing: number): number | null {
  if (averageServiceSeconds === null) return null;
  return Math.ceil((ahead * averageServiceSeconds) / Math.max(1, windowsServing) / 60);
}
