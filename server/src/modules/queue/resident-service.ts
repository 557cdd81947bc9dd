// The resident's side of the queue: their number for an appointment (polled by the ticket page,
// so it reads little: the ticket by its unique appointment key, the group's waiting numbers, the
// group's recent pace), the hall's waiting counts, and the number issued at check-in.
import type { DataSource, EntityManager } from 'typeorm';
import type { AppointmentQueue, HallQueue } from '@bianmin/shared';
import { NotFoundError } from '../../errors';
import type { DistrictClock } from '../../platform/clock';
import type { CatalogueReader } from '../catalogue/index';
import type { Principal } from '../identity/index';
import { QueueTicketEntity } from './entities';
import { groupForItem, groupsOfHall } from './groups';
import { hallGroups } from './hall-groups';
import { issueTicket } from './issue';
import { toQueueTicket } from './mapper';
import { estimateFor, groupPace, waitingInOrder } from './queue-reads';

export interface ResidentQueueDeps {
  dataSource: DataSource;
  clock: DistrictClock;
  catalogue: CatalogueReader;
}

/** What the appointments check-in tells the queue about the appointment checked in. */
export interface CheckedInAppointment {
  id: string;
  userId: string;
  hallCode: string;
  itemCode: string;
  date: string;
  startTime: string;
}

export function createResidentQueue(d: ResidentQueueDeps) {
  return {
    async forAppointment(p: Principal, appointmentId: string, now = d.clock.now()): Promise<AppointmentQueue> {
      const t = await d.dataSource.getRepository(QueueTicketEntity).findOne({ where: { appointmentId } });
      // Someone else's appointment answers exactly like one not checked in yet.
      if (t?.userId !== p.userId) return { ticket: null };
      const snapshot = await d.catalogue.current();
      if (t.status !== 'waiting') return { ticket: toQueueTicket(t, snapshot, 0, null) };
      const em = d.dataSource.manager;
      const order = await waitingInOrder(em, d.clock, t.hallCode, t.groupCode, t.day, now);
      const ahead = Math.max(
        0,
        order.findIndex((x) => x.id === t.id),
      );
      return { ticket: toQueueTicket(t, snapshot, ahead, estimateFor(ahead, await groupPace(em, t.hallCode, t.groupCode, t.day))) };
    },

    async hall(hallCode: string, now = d.clock.now()): Promise<HallQueue> {
      const snapshot = await d.catalogue.current();
      const hall = snapshot.hallByCode.get(hallCode);
      if (!hall) throw new NotFoundError('没有找到这个服务大厅，请返回列表重新选择');
      const day = d.clock.today(now);
      return {
        hall: { code: hall.code, name: hall.name },
        date: day,
        groups: await hallGroups(d.dataSource.manager, snapshot, hallCode, day),
      };
    },

    /**
     * For the appointments check-in: reads the catalogue now (outside the transaction) and returns
     * the step that issues the number inside it, with the check-in itself.
     */
    async prepareCheckIn(a: CheckedInAppointment) {
      const snapshot = await d.catalogue.current();
      const item = snapshot.itemByCode.get(a.itemCode);
      const group = (item && groupForItem(snapshot, a.hallCode, item)) ?? groupsOfHall(snapshot, a.hallCode)[0]?.code ?? 'A';
      return (em: EntityManager, now = d.clock.now()) =>
        issueTicket(
          em,
          {
            hallCode: a.hallCode,
            groupCode: group,
            day: a.date,
            kind: 'appointment',
            itemCode: a.itemCode,
            appointmentId: a.id,
            userId: a.userId,
            slotStart: a.startTime,
            holderKey: null,
          },
          now,
        ).then(() => undefined);
    },
  };
}
export type ResidentQueue = ReturnType<typeof createResidentQueue>;
