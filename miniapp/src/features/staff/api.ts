import { identityRoutes } from '@bianmin/shared/identity/identity.routes';
import type { StaffHome } from '@bianmin/shared/identity/auth.schema';
import { appointmentRoutes } from '@bianmin/shared/appointments/appointment.routes';
import type { AppointmentStatus } from '@bianmin/shared/appointments/appointment.schema';
import { session } from '@/lib/auth';
import { api, ApiError } from '@/lib/request';

/** `totp`: the authenticator app's code, once the server has answered TOTP_REQUIRED for this account. */
export async function signInStaff(username: string, password: string, totp?: string): Promise<void> {
  const body = totp === undefined ? { username, password } : { username, password, totp };
  const pair = await api.call(identityRoutes.staffLogin, { body }, { anonymous: true, silent: true });
  session.start(pair);
}

/** The account has two-step verification on: ask for the 动态验证码 and send again. */
export function needsTotp(err: unknown): boolean {
  return err instanceof ApiError && err.code === 'TOTP_REQUIRED';
}

/** The server turns away an account without a staff role: 403 (or 404, which hides that the area exists). */
export function isNotStaff(err: unknown): boolean {
  return err instanceof ApiError && (err.status === 403 || err.status === 404);
}

export function getStaffHome() {
  return api.call(identityRoutes.staffHome, {}, { silent: true });
}

/** After this, signing in with WeChat signs this staff member in. */
export function bindWechat(code: string) {
  return api.call(identityRoutes.bindWechat, { body: { code } }, { silent: true });
}

/** The halls whose window this staff member works (a window clerk has one). */
export function hallsOf(home: StaffHome): { code: string; name: string }[] {
  return home.roles.flatMap((r) => (r.scopeType === 'hall' && r.scopeCode ? [{ code: r.scopeCode, name: r.scopeName }] : []));
}

export function listHallAppointments(hall: string, date: string, status?: AppointmentStatus) {
  return api.call(appointmentRoutes.staffDay, { query: { hall, date, status } }, { silent: true });
}

/** `ticket`: the 8-character code the resident reads out, or the token in their QR code. */
export function checkIn(hall: string, ticket: string) {
  return api.call(appointmentRoutes.checkIn, { body: { hall, ticket: ticket.trim() } }, { silent: true });
}

export type StaffAction = 'served' | 'no-show' | 'confirm';
const ACTION_ROUTES = {
  served: appointmentRoutes.served,
  'no-show': appointmentRoutes.noShow,
  confirm: appointmentRoutes.confirm,
} as const;

export function actOn(id: string, action: StaffAction) {
  return api.call(ACTION_ROUTES[action], { params: { id } }, { silent: true });
}

export function decline(id: string, reason: string) {
  return api.call(appointmentRoutes.decline, { params: { id }, body: { reason: reason.trim() } }, { silent: true });
}
