import type {
  Appointment, AppointmentList, Availability, BookingOptions, BookRequest, SlotList,
} from '@bianmin/shared/appointments/appointment.schema';
import type { GuideSearchResult } from '@bianmin/shared/guides/guide.schema';
import { api } from '@/lib/request';

export type Near = { latitude: number; longitude: number };

export function getBookingOptions(item: string, near?: Near) {
  return api.request<BookingOptions>('/api/v1/appointments/options', {
    query: { item, near: near ? `${near.latitude.toFixed(5)},${near.longitude.toFixed(5)}` : undefined },
    silent: true,
  });
}

export function getAvailability(item: string, hall: string) {
  return api.request<Availability>('/api/v1/appointments/availability', { query: { item, hall }, silent: true });
}

export function getSlots(item: string, hall: string, date: string) {
  return api.request<SlotList>('/api/v1/appointments/slots', { query: { item, hall, date }, silent: true });
}

/** `key`: the Idempotency-Key of this submission (see idempotency.ts). */
export function book(key: string, body: BookRequest) {
  return api.request<Appointment>('/api/v1/appointments', { method: 'POST', body, header: { 'Idempotency-Key': key }, silent: true });
}

export function reschedule(key: string, id: string, slotId: number) {
  return api.request<Appointment>(`/api/v1/appointments/${encodeURIComponent(id)}/reschedule`, {
    method: 'POST', body: { slotId }, header: { 'Idempotency-Key': key }, silent: true,
  });
}

export function listMyAppointments(when: 'upcoming' | 'past') {
  return api.request<AppointmentList>('/api/v1/appointments/mine', { query: { when }, silent: true }).then((r) => r.items);
}

export function getAppointment(id: string) {
  return api.request<Appointment>(`/api/v1/appointments/${encodeURIComponent(id)}`, { silent: true });
}

export function cancelAppointment(id: string) {
  return api.request<Appointment>(`/api/v1/appointments/${encodeURIComponent(id)}/cancel`, { method: 'POST', silent: true });
}

/** Items matching what the resident typed that can be booked (the search itself ranks them). */
export function searchBookableItems(q: string) {
  return api
    .request<GuideSearchResult>('/api/v1/guides', { query: { q: q.trim(), page: 1, pageSize: 50 }, silent: true })
    .then((r) => r.items.filter((g) => g.appointmentAvailable));
}
