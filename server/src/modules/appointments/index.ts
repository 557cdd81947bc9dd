// Public interface of the appointments capability, and its wiring.
import type { Platform } from '../../platform/index';
import type { CatalogueReader } from '../catalogue/index';
import type { Identity } from '../identity/index';
import { createCalendarService } from './calendar-service';
import { recordDueReminders, startReminderJob } from './reminders';
import { createResidentAppointments, type NoShowPolicy } from './resident-service';
import { createScheduleAdmin } from './schedule-admin';
import { createStaffAppointments, type StaffDeps } from './staff-service';
import { createTicketSigner } from './tickets';

export { appointmentEntities } from './entities';
export { appointmentRoutes } from './routes';
export type { AppointmentEvents } from './events';

export function createAppointments(deps: {
  platform: Platform;
  catalogue: CatalogueReader;
  identity: Identity;
  ticketSecret: string;
  noShow: NoShowPolicy;
  /** The queue issues a number at check-in (see staff-service). */
  prepareCheckIn?: StaffDeps['prepareCheckIn'];
}) {
  const { platform, catalogue } = deps;
  const { dataSource, tx, clock, audit, protector, idempotency } = platform;
  const residents = deps.identity.residents;
  const signer = createTicketSigner(deps.ticketSecret);
  const calendar = createCalendarService({ dataSource, tx, clock, audit });
  return {
    calendar,
    signer,
    resident: createResidentAppointments({
      dataSource,
      tx,
      idempotency,
      clock,
      catalogue,
      calendar,
      protector,
      signer,
      noShow: deps.noShow,
    }),
    staff: createStaffAppointments({
      dataSource,
      tx,
      clock,
      catalogue,
      protector,
      signer,
      audit,
      residents,
      prepareCheckIn: deps.prepareCheckIn,
    }),
    schedules: createScheduleAdmin({ dataSource, tx, catalogue, audit }),
    /** Records reminders for the next working day's appointments (once each); returns how many were new. */
    recordReminders: () => recordDueReminders({ dataSource, tx, clock, calendar }),
    /** Records tomorrow's reminders now and every ten minutes; returns a stop function. */
    startReminders: (onError: (err: unknown) => void) => startReminderJob({ dataSource, tx, clock, calendar }, onError),
  };
}
export type AppointmentServices = ReturnType<typeof createAppointments>;
