// The notification worker: claims due events with a lease (a conditional update — SQLite, MySQL,
// MariaDB and Galera all arbitrate it; no row locks another node would not see), turns each into
// its inbox message in one transaction with marking the event done, and lets go. A crashed
// worker's lease runs out and another takes the events again; the message's dedupe key makes a
// second pass write nothing twice. Several workers and API instances may run at once.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { In, IsNull, LessThan, type DataSource } from 'typeorm';
import { DomainEventEntity, type DomainEventRow } from '../../platform/entities';
import { isDuplicateKey } from '../../platform/db-errors';
import type { UnitOfWork } from '../../platform/unit-of-work';
import type { CatalogueReader } from '../catalogue/index';
import { NotificationEntity } from './entities';
import { inboxText } from './inbox-texts';

export interface WorkerOptions {
  leaseMs?: number;
  batch?: number;
  /** Tells workers apart in claims (host, process, a random part). */
  id?: string;
}

export function createNotificationWorker(
  d: { dataSource: DataSource; tx: UnitOfWork; catalogue: CatalogueReader },
  opts: WorkerOptions = {},
) {
  const id = opts.id ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = opts.leaseMs ?? 60_000;
  const batch = opts.batch ?? 100;
  const events = () => d.dataSource.getRepository(DomainEventEntity);

  async function claim(now: Date): Promise<DomainEventRow[]> {
    const due = [
      { processedAt: IsNull(), claimedUntil: IsNull() },
      { processedAt: IsNull(), claimedUntil: LessThan(now) },
    ];
    const candidates = await events().find({ where: due, order: { id: 'ASC' }, take: batch, select: { id: true } });
    if (!candidates.length) return [];
    const until = new Date(now.getTime() + leaseMs);
    const ids = candidates.map((c) => c.id);
    await d.tx.run((em) =>
      em
        .getRepository(DomainEventEntity)
        .createQueryBuilder()
        .update()
        .set({ claimedBy: id, claimedUntil: until })
        .where('id IN (:...ids) AND processed_at IS NULL AND (claimed_until IS NULL OR claimed_until < :now)', { ids, now })
        .execute(),
    );
    return events().find({ where: { id: In(ids), claimedBy: id, processedAt: IsNull() }, order: { id: 'ASC' } });
  }

  async function deliver(e: DomainEventRow, now: Date): Promise<boolean> {
    const snapshot = await d.catalogue.current();
    const text = inboxText(e.type, e.payload, e.userId, snapshot);
    return d.tx.run(async (em) => {
      // Still ours? (A lease that ran out may have passed the event to another worker.)
      const done = await em
        .getRepository(DomainEventEntity)
        .createQueryBuilder()
        .update()
        .set({ processedAt: now })
        .where('id = :id AND claimed_by = :me AND processed_at IS NULL', { id: e.id, me: id })
        .execute();
      if (!done.affected) return false;
      if (!text?.to) return true;
      try {
        await em.getRepository(NotificationEntity).insert({
          id: randomUUID(),
          dedupeKey: `inbox:${e.dedupeKey}:${text.to}`.slice(0, 160),
          eventId: e.id,
          userId: text.to,
          channel: 'inbox',
          template: e.type,
          title: text.title.slice(0, 40),
          body: text.body.slice(0, 500),
          linkKind: text.link?.kind ?? null,
          linkId: text.link?.id ?? null,
          status: 'sent',
          attempts: 1,
          // When it happened, not when a worker got to it.
          createdAt: e.createdAt,
          sentAt: now,
          readAt: null,
        });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err; // delivered by an earlier pass: once is enough
      }
      return true;
    });
  }

  return {
    id,
    /** One pass: claim what is due, deliver it; returns how many events were handled. */
    async runOnce(now = new Date()): Promise<number> {
      let handled = 0;
      for (const e of await claim(now)) if (await deliver(e, now)) handled++;
      return handled;
    },
  };
}
export type NotificationWorker = ReturnType<typeof createNotificationWorker>;
