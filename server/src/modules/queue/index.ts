// Public interface of the queue capability (排队叫号), and its wiring.
import type { Platform } from '../../platform/index';
import type { CatalogueReader } from '../catalogue/index';
import type { Identity } from '../identity/index';
import { type CheckedInAppointment, createResidentQueue } from './resident-service';
import { createQueueWindow } from './window-service';

export { queueEntities } from './entities';
export { queueRoutes } from './routes';
export type { QueueEvents } from './events';
export type { CheckedInAppointment } from './resident-service';

export function createQueue(deps: { platform: Platform; catalogue: CatalogueReader; identity: Identity }) {
  const { dataSource, tx, clock, audit, protector } = deps.platform;
  const resident = createResidentQueue({ dataSource, clock, catalogue: deps.catalogue });
  return {
    resident,
    window: createQueueWindow({ dataSource, tx, clock, catalogue: deps.catalogue, audit, protector, residents: deps.identity.residents }),
    /** The hook the appointments check-in calls: the number is issued in the check-in's transaction. */
    prepareCheckIn: (a: CheckedInAppointment) => resident.prepareCheckIn(a),
  };
}
export type QueueServices = ReturnType<typeof createQueue>;
