// The queue's domain events, recorded in the outbox with the change they describe. The dedupe key
// is the ticket's id and its version after the change, so a redelivery is the same message.
import type { EntityManager } from 'typeorm';
import { createOutbox } from '../../platform/outbox';
import type { QueueTicketRow } from './entities';

export interface QueueEventPayload {
  ticketId: string;
  number: string;
  hallCode: string;
  itemCode: string;
  appointmentId: string | null;
  window: string | null;
}

export type QueueEventType = 'queue.issued' | 'queue.called' | 'queue.skipped' | 'queue.completed';
export type QueueEvents = Record<QueueEventType, QueueEventPayload>;

const outbox = createOutbox<QueueEvents>('queue');

/** `t` as it is after the change (its new version). */
export function recordQueueEvent(em: EntityManager, type: QueueEventType, t: QueueTicketRow): Promise<void> {
  return outbox.record(em, {
    type,
    aggregateId: t.id,
    userId: t.userId,
    payload: {
      ticketId: t.id,
      number: t.number,
      hallCode: t.hallCode,
      itemCode: t.itemCode,
      appointmentId: t.appointmentId,
      window: t.windowNumber,
    },
    dedupeKey: `${type}:${t.id}:v${t.version}`,
  });
}
