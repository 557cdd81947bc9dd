// Appointment API: residents (public availability, signed-in booking), window staff, administrators.
import { appointmentEndpoints as e } from '@bianmin/shared';
import { type ApiRouter, Reply } from '../../http/api-router';
import { assertCan } from '../identity/index';
import type { AppointmentServices } from './index';

export function appointmentRoutes(api: ApiRouter, s: AppointmentServices): void {
  const { resident, staff, schedules, calendar } = s;

  api.mount(e.options, ({ input }) => resident.options(input.query.item, input.query.near));
  api.mount(e.availability, ({ input }) => resident.availability(input.query.item, input.query.hall));
  api.mount(e.slots, ({ input }) => resident.slots(input.query.item, input.query.hall, input.query.date));
  // Most of a morning rush is refusals of full slots: the session is checked along the slot's read.
  api.mountForCaller(e.book, async ({ caller, input }) => {
    const answer = await resident.book(caller, input.headers['idempotency-key'], input.body);
    return new Reply(answer.status, answer.body);
  });
  api.mount(e.mine, ({ principal, input }) => resident.mine(principal, input.query.when));
  api.mount(e.get, ({ principal, input }) => resident.get(principal, input.params.id));
  api.mount(e.cancel, ({ principal, input }) => resident.cancel(principal, input.params.id));
  api.mount(e.reschedule, async ({ principal, input }) => {
    const answer = await resident.reschedule(principal, input.headers['idempotency-key'], input.params.id, input.body.slotId);
    return new Reply(answer.status, answer.body);
  });

  api.mount(e.staffDay, ({ principal, input }) => staff.day(principal, input.query.hall, input.query.date, input.query.status));
  api.mount(e.checkIn, ({ principal, input, ip }) => staff.checkIn(principal, input.body.hall, input.body.ticket, ip));
  api.mount(e.served, ({ principal, input, ip }) => staff.served(principal, input.params.id, ip));
  api.mount(e.noShow, ({ principal, input, ip }) => staff.noShow(principal, input.params.id, ip));
  api.mount(e.confirm, ({ principal, input, ip }) => staff.confirm(principal, input.params.id, ip));
  api.mount(e.decline, ({ principal, input, ip }) => staff.decline(principal, input.params.id, input.body.reason, ip));

  /** Administration of schedules and the calendar: admin role (checked before input) and this action. */
  const admin = (call: { principal: Parameters<typeof assertCan>[0] }) => {
    assertCan(call.principal, 'admin.appointments.manage');
    return call.principal;
  };
  api.mount(e.schedules, async (call) => {
    admin(call);
    return schedules.list();
  });
  api.mount(e.putSchedule, (call) => schedules.put(admin(call).userId, call.input.body, call.ip));
  api.mount(e.calendar, async (call) => {
    admin(call);
    return calendar.status();
  });
  api.mount(e.putCalendarOverride, async (call) => {
    await calendar.setOverride(admin(call).userId, call.input.body, call.ip);
    return calendar.status();
  });
  api.mount(e.deleteCalendarOverride, async (call) => {
    await calendar.removeOverride(admin(call).userId, call.input.params.date, call.ip);
    return calendar.status();
  });
  api.mount(e.importCalendar, (call) =>
    calendar.importSchedule({ actorId: admin(call).userId, ip: call.ip, via: 'api' }, call.input.body.text),
  );
  api.mount(e.addClosure, async (call) => ({
    cancelledAppointments: await calendar.addClosure(admin(call).userId, call.input.body, call.ip),
  }));
}
