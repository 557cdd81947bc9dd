// What a day or a slot shows on the booking screens: its state (a class for styles and tests) and
// the words for it.
import type { Availability, SlotList } from '@bianmin/shared/appointments/appointment.schema';
import { formatInstant } from '@/lib/district-time';
import { decodeParam } from '@/lib/query';
import type { BookingTarget } from './pages';

export type Day = Availability['days'][number];
export type Slot = SlotList['slots'][number];

export type DayState = 'open' | 'full' | 'closed' | 'not-open';
export type SlotState = 'open' | 'full' | 'past';

export function dayState(day: Day): { state: DayState; label: string } {
  if (day.closedReason) return { state: 'closed', label: day.closedReason };
  if (!day.open) return { state: 'not-open', label: day.opensAt ? `${formatInstant(day.opensAt)} 放号` : '暂未放号' };
  if (day.free <= 0) return { state: 'full', label: '约满' };
  return { state: 'open', label: `余${day.free}个` };
}

export function slotState(slot: Slot): { state: SlotState; label: string } {
  if (slot.bookable && slot.free > 0) return { state: 'open', label: `余${slot.free}` };
  if (slot.free <= 0) return { state: 'full', label: '约满' };
  // Free places, but the slot has started or is inside the minimum notice.
  return { state: 'past', label: '已截止' };
}

/** The day to show first: the first with places, else the first released one, else the first. */
export function firstChoice(days: readonly Day[]): Day | undefined {
  return days.find((d) => dayState(d).state === 'open') ?? days.find((d) => d.open) ?? days[0];
}

/** The booking target carried in a page's query string (item, hall, and their names for display). */
export function bookingTargetFrom(params: Record<string, string | undefined>): BookingTarget {
  return {
    item: decodeParam(params.item) ?? '',
    itemName: decodeParam(params.itemName),
    hall: decodeParam(params.hall) ?? '',
    hallName: decodeParam(params.hallName),
    review: params.review === '1' ? 1 : undefined,
  };
}
