// Public interface of the appointments capability, and its wiring.
import type { DataSource } from 'typeorm';
import type { CatalogueReader } from '../catalogue/index';
import type { Identity } from '../identity/index';
import { createCalendarService } from './calendar-service';
import { createResidentAppointments, type NoShowPolicy } from './resident-service';
import { createScheduleAdmin } from './schedule-admin';
import { createStaffAppointments } from './staff-service';
import { createTicketSigner } from './tickets';

export { appointmentEntities } from './entities';
export { appointmentRoutes } from './routes';
export { startReminderJob } from './reminders';

export function createAppointments(deps: {
  dataSource: DataSource; catalogue: CatalogueReader; identity: Identity; ticketSecret: string; noShow: NoShowPolicy;
}) {
  const { dataSource, catalogue, identity } = deps;
  const signer = createTicketSigner(deps.ticketSecret);
  const calendar = createCalendarService({ dataSource, audit: identity.audit });
  return {
    dataSource,
    calendar,
    signer,
    resident: createResidentAppointments({ dataSource, catalogue, calendar, protector: identity.protector, signer, noShow: deps.noShow }),
    staff: createStaffAppointments({ dataSource, catalogue, protector: identity.protector, signer, audit: identity.audit }),
    schedules: createScheduleAdmin({ dataSource, catalogue, audit: identity.audit }),
  };
}
export type AppointmentServices = ReturnType<typeof createAppointments>;
