// The domain-event outbox: a capability records its events with `em` in the same transaction as
// the change they describe, so an event exists exactly when its change committed. The
// notification capability delivers them later, at least once; the dedupe key says which
// deliveries are the same message. The platform knows no event: each capability declares its
// own event types and payloads (`createOutbox<AppointmentEvents>('appointment')`).
import type { EntityManager } from 'typeorm';
import { isDuplicateKey } from './db-errors';
import { DomainEventEntity } from './entities';
import { insertRow } from './insert-row';

export interface EventToRecord<T extends string, P> {
  type: T;
  aggregateId: string;
  /** The account the event concerns, if any. */
  userId: string | null;
  payload: P;
  /**
   * Deterministic: the same logical event always gets the same key (e.g. type + aggregate id +
   * the aggregate's version after the change), never a clock or a random value.
   */
  dedupeKey: string;
}

export function createOutbox<Events extends { [T in keyof Events]: object }>(aggregateType: string) {
  async function insert<T extends keyof Events & string>(em: EntityManager, e: EventToRecord<T, Events[T]>): Promise<void> {
    await insertRow(em, DomainEventEntity, {
      type: e.type,
      aggregateType,
      aggregateId: e.aggregateId,
      userId: e.userId,
      payload: e.payload as never,
      dedupeKey: e.dedupeKey,
      createdAt: new Date(),
      processedAt: null,
      claimedBy: null,
      claimedUntil: null,
    });
  }
  return {
    record: insert,
    /** For events a job may record again (reminders): false when this dedupe key exists already. */
    async recordOnce<T extends keyof Events & string>(em: EntityManager, e: EventToRecord<T, Events[T]>): Promise<boolean> {
      const existing = await em.getRepository(DomainEventEntity).findOne({ where: { dedupeKey: e.dedupeKey }, select: { id: true } });
      if (existing) return false;
      try {
        await insert(em, e);
        return true;
      } catch (err) {
        // Another instance's job recorded it a moment ago.
        if (isDuplicateKey(err)) return false;
        throw err;
      }
    },
  };
}
