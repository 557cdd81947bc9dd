// Page URLs in one place: features link to each other's pages by URL, never by import.
import { buildQuery } from './query';

export const routes = {
  home: '/pages/index/index',
  mine: '/pages/mine/index',
  guideSearch: (p: { q?: string; department?: string; audience?: string; lifeEvent?: string } = {}) =>
    `/features/guides/pages/search/index${buildQuery(p)}`,
  guideDetail: (code: string) => `/features/guides/pages/detail/index${buildQuery({ code })}`,
  hallList: (p: { item?: string; itemName?: string } = {}) => `/features/halls/pages/list/index${buildQuery(p)}`,
  hallDetail: (id: string) => `/features/halls/pages/detail/index${buildQuery({ id })}`,
  realName: '/features/identity/pages/real-name/index',
  bindPhone: '/features/identity/pages/phone/index',
  staffLogin: '/features/staff/pages/login/index',
  staffHome: '/features/staff/pages/home/index',
  staffAppointments: '/features/staff/pages/appointments/index',
  bookingStart: '/features/appointments/pages/start/index',
  bookingHalls: (p: { item: string; itemName?: string }) => `/features/appointments/pages/halls/index${buildQuery(p)}`,
  bookingSlots: (p: BookingTarget & { reschedule?: string }) => `/features/appointments/pages/slots/index${buildQuery(p)}`,
  bookingConfirm: (p: BookingTarget & { slot: number; date: string; start: string; end: string; reschedule?: string }) =>
    `/features/appointments/pages/confirm/index${buildQuery(p)}`,
  /** `done`: just booked or moved, so the page says so. */
  appointment: (id: string, done?: 'booked' | 'rescheduled') => `/features/appointments/pages/ticket/index${buildQuery({ id, done })}`,
  myAppointments: '/features/appointments/pages/mine/index',
};

/** Where a booking is heading: the item and hall (codes; names for display, so no extra request). */
export type BookingTarget = {
  item: string;
  itemName?: string;
  hall: string;
  hallName?: string;
  /** The hall's window confirms each booking before it holds. */
  review?: 1;
};
