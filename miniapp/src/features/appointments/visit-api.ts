// What the resident needs at the hall: their queue number (polled) and the item's guide (materials,
// the hall's place and the windows that handle the item).
import { guideRoutes } from '@bianmin/shared/guides/guide.routes';
import { queueRoutes } from '@bianmin/shared/queue/queue.routes';
import { api } from '@/lib/request';

/** Silent: a poll that fails shows its state in place, never a toast every few seconds. */
export function getAppointmentQueue(appointmentId: string) {
  return api.call(queueRoutes.appointment, { params: { id: appointmentId } }, { silent: true }).then((r) => r.ticket);
}

export function getItemGuide(code: string) {
  return api.call(guideRoutes.detail, { params: { code } }, { silent: true });
}
