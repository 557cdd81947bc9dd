import type { Me, StaffHome, TokenPair } from '@bianmin/shared/identity/auth.schema';
import type { AppointmentStatus, StaffAppointment, StaffAppointmentList } from '@bianmin/shared/appointments/appointment.schema';
import { session } from '@/lib/auth';
import { api } from '@/lib/request';

export async function signInStaff(username: string, password: string): Promise<void> {
  const pair = await api.request<TokenPair>('/api/v1/auth/staff', {
    method: 'POST', body: { username, password }, anonymous: true, silent: true,
  });
  session.start(pair);
}

/** 404 for an account without a staff role. */
export function getStaffHome() {
  return api.request<StaffHome>('/api/v1/staff/home', { silent: true });
}

/** After this, signing in with WeChat signs this staff member in. */
export function bindWechat(code: string) {
  return api.request<Me>('/api/v1/me/wechat', { method: 'POST', body: { code }, silent: true });
}

/** The halls whose window this staff member works (a window clerk has one). */
export function hallsOf(home: StaffHome): Array<{ code: string; name: string }> {
  return home.roles.flatMap((r) => (r.scopeType === 'hall' && r.scopeCode ? [{ code: r.scopeCode, name: r.scopeName }] : []));
}

export function listHallAppointments(hall: string, date: string, status?: AppointmentStatus) {
  return api.request<StaffAppointmentList>('/api/v1/staff/appointments', { query: { hall, date, status }, silent: true });
}

/** `ticket`: the 8-character code the resident reads out, or the token in their QR code. */
export function checkIn(hall: string, ticket: string) {
  return api.request<StaffAppointment>('/api/v1/staff/appointments/check-in', { method: 'POST', body: { hall, ticket: ticket.trim() }, silent: true });
}

export type StaffAction = 'served' | 'no-show' | 'confirm';

export function actOn(id: string, action: StaffAction) {
  return api.request<StaffAppointment>(`/api/v1/staff/appointments/${encodeURIComponent(id)}/${action}`, { method: 'POST', silent: true });
}

export function decline(id: string, reason: string) {
  return api.request<StaffAppointment>(`/api/v1/staff/appointments/${encodeURIComponent(id)}/decline`, {
    method: 'POST', body: { reason: reason.trim() }, silent: true,
  });
}
