// Appointment status words, copied from the shared contract so the mini-app bundles no zod; the
// `satisfies` makes a new status fail the typecheck here, and a test compares the words.
import type { AppointmentStatus } from '@bianmin/shared/appointments/appointment.schema';

export const APPOINTMENT_STATUS_LABEL = {
  pending: '待确认',
  booked: '已预约',
  checked_in: '已签到',
  served: '已办理',
  no_show: '未到',
  cancelled: '已取消',
  declined: '未通过',
} as const satisfies Record<AppointmentStatus, string>;

/** Badge colour class for a status. */
export function statusTone(status: AppointmentStatus): string {
  if (status === 'booked' || status === 'checked_in') return '';
  if (status === 'served') return ' is-ok';
  if (status === 'pending') return ' is-warn';
  return ' is-grey';
}
