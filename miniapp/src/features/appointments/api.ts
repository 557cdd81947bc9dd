import { appointmentRoutes } from '@bianmin/shared/appointments/appointment.routes';
import type { BookRequest } from '@bianmin/shared/appointments/appointment.schema';
import { guideRoutes } from '@bianmin/shared/guides/guide.routes';
import { identityRoutes } from '@bianmin/shared/identity/identity.routes';
import { api } from '@/lib/request';

export type Near = { latitude: number; longitude: number };

export function getBookingOptions(item: string, near?: Near) {
  return api.call(
    appointmentRoutes.options,
    { query: { item, near: near ? `${near.latitude.toFixed(5)},${near.longitude.toFixed(5)}` : undefined } },
    { silent: true },
  );
}

export function getAvailability(item: string, hall: string) {
  return api.call(appointmentRoutes.availability, { query: { item, hall } }, { silent: true });
}

export function getSlots(item: string, hall: string, date: string) {
  return api.call(appointmentRoutes.slots, { query: { item, hall, date } }, { silent: true });
}

/** The resident's own bound number in full (null when none), to prefill the contact phone. */
export function getOwnPhone() {
  return api.call(identityRoutes.ownPhone, {}, { silent: true });
}

/** `key`: the Idempotency-Key of this submission (see idempotency.ts). */
export function book(key: string, body: BookRequest) {
  return api.call(appointmentRoutes.book, { body, headers: { 'idempotency-key': key } }, { silent: true });
}

export function reschedule(key: string, id: string, slotId: number) {
  return api.call(
    appointmentRoutes.reschedule,
    { params: { id }, body: { slotId }, headers: { 'idempotency-key': key } },
    { silent: true },
  );
}

export function listMyAppointments(when: 'upcoming' | 'past') {
  return api.call(appointmentRoutes.mine, { query: { when } }, { silent: true }).then((r) => r.items);
}

export function getAppointment(id: string) {
  return api.call(appointmentRoutes.get, { params: { id } }, { silent: true });
}

export function cancelAppointment(id: string) {
  return api.call(appointmentRoutes.cancel, { params: { id } }, { silent: true });
}

/** Items matching what the resident typed that can be booked (the search itself ranks them). */
export function searchBookableItems(q: string) {
  return api
    .call(guideRoutes.search, { query: { q: q.trim(), page: 1, pageSize: 50 } }, { silent: true })
    .then((r) => r.items.filter((g) => g.appointmentAvailable));
}
