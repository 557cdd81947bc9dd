// The appointments feature's pages: its public navigation contract (other features import this file
// and nothing else of appointments). Kept free of zod and the API, since every package that links
// here loads it.
import { buildQuery } from '@/lib/query';
import type { PageDeclaration } from '@/lib/page-declaration';

/** Where a booking is heading: the item and hall (codes; names for display, so no extra request). */
export type BookingTarget = {
  item: string;
  itemName?: string;
  hall: string;
  hallName?: string;
  /** The hall's window confirms each booking before it holds. */
  review?: 1;
};

const START = 'features/appointments/pages/start/index';
const HALLS = 'features/appointments/pages/halls/index';
const SLOTS = 'features/appointments/pages/slots/index';
const CONFIRM = 'features/appointments/pages/confirm/index';
const TICKET = 'features/appointments/pages/ticket/index';
const MINE = 'features/appointments/pages/mine/index';

export const appointmentPages = {
  start: { path: START, signIn: 'none', url: `/${START}` },
  halls: { path: HALLS, signIn: 'none', url: (p: { item: string; itemName?: string }) => `/${HALLS}${buildQuery(p)}` },
  slots: { path: SLOTS, signIn: 'none', url: (p: BookingTarget & { reschedule?: string }) => `/${SLOTS}${buildQuery(p)}` },
  /** Shows what is being booked to anyone; the contact phone and 提交 need a signed-in resident. */
  confirm: {
    path: CONFIRM,
    signIn: 'resident',
    url: (p: BookingTarget & { slot: number; date: string; start: string; end: string; reschedule?: string }) =>
      `/${CONFIRM}${buildQuery(p)}`,
  },
  /** `done`: just booked or moved, so the page says so. */
  ticket: {
    path: TICKET,
    signIn: 'resident',
    url: (id: string, done?: 'booked' | 'rescheduled') => `/${TICKET}${buildQuery({ id, done })}`,
  },
  mine: { path: MINE, signIn: 'resident', url: `/${MINE}` },
} as const satisfies Record<string, PageDeclaration>;
