// The notification worker, two steps per pass. Events: claims unprocessed domain events with a
// lease (a conditional update — SQLite, MySQL, MariaDB and Galera all arbitrate it; no row locks
// another node would not see) and, in ONE transaction with marking the event processed, writes
// every recipient's inbox message and the first delivery row of their channel order. Deliveries:
// the engine (deliveries-engine.ts) sends due rows. A crashed worker's leases run out and another
// takes over; dedupe keys make a second pass write nothing twice. Any number of workers may run.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { In, IsNull, LessThan, Not, type DataSource, type EntityManager } from 'typeorm';
import { DomainEventEntity, type DomainEventRow } from '../../platform/entities';
import type { UnitOfWork } from '../../platform/unit-of-work';
import type { Senders } from './deliveries-channels';
import { createDeliveryEngine, type EngineOptions } from './deliveries-engine';
import { startChains } from './deliveries';
import { NotificationEntity } from './entities';
import type { RenderedNotification } from './templates/index';

/** The messages an event makes, one per recipient (templates/). */
export type Render = (e: DomainEventRow) => Promise<RenderedNotification[]>;

const EVENT_GROUP = 25;

export interface WorkerOptions extends Partial<Omit<EngineOptions, 'id'>> {
  /** Tells workers apart in claims (host, process, a random part). */
  id?: string;
}

export function createNotificationWorker(
  d: { dataSource: DataSource; tx: UnitOfWork; render: Render; senders: Senders; retryForMs: number },
  opts: WorkerOptions = {},
) {
  const id = opts.id ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = opts.leaseMs ?? 60_000;
  const batch = opts.batch ?? 100;
  const events = () => d.dataSource.getRepository(DomainEventEntity);
  const engine = createDeliveryEngine(d, {
    id,
    leaseMs,
    batch,
    concurrency: opts.concurrency ?? 16,
    retryForMs: opts.retryForMs ?? d.retryForMs,
    retryBaseMs: opts.retryBaseMs ?? 30_000,
    retryCapMs: opts.retryCapMs ?? 30 * 60_000,
  });

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

  const inboxRow = (e: DomainEventRow, n: RenderedNotification, now: Date) => ({
    id: randomUUID(),
    dedupeKey: `inbox:${e.dedupeKey}:${n.recipient.userId}`.slice(0, 160),
    eventId: e.id,
    userId: n.recipient.userId,
    channel: 'inbox' as const,
    template: e.type,
    title: n.inbox.title.slice(0, 40),
    body: n.inbox.body.slice(0, 500),
    linkKind: n.inbox.link?.kind ?? null,
    linkId: n.inbox.link?.id ?? null,
    status: 'sent' as const,
    attempts: 1,
    // When it happened, not when a worker got to it.
    createdAt: e.createdAt,
    sentAt: now,
    readAt: null,
  });

  /**
   * In ONE transaction: marks the group's events processed where they are still ours (a lease that
   * ran out may have passed one to another worker), then writes their inbox messages and delivery
   * rows with multi-row inserts. Returns how many events were ours.
   */
  async function handle(em: EntityManager, group: { e: DomainEventRow; rendered: RenderedNotification[] }[], now: Date) {
    const repo = em.getRepository(DomainEventEntity);
    const ids = group.map((g) => g.e.id);
    await repo
      .createQueryBuilder()
      .update()
      .set({ processedAt: now })
      .where('id IN (:...ids) AND claimed_by = :me AND processed_at IS NULL', { ids, me: id })
      .execute();
    // Processed and still claimed by us: by this transaction (claim() returned only unprocessed ones).
    const mine = new Set(
      (await repo.find({ where: { id: In(ids), claimedBy: id, processedAt: Not(IsNull()) }, select: { id: true } })).map((r) => r.id),
    );
    const ours = group.filter((g) => mine.has(g.e.id));
    const inbox = ours.flatMap((g) => g.rendered.map((n) => inboxRow(g.e, n, now)));
    for (let i = 0; i < inbox.length; i += 200)
      await em
        .getRepository(NotificationEntity)
        .createQueryBuilder()
        .insert()
        .values(inbox.slice(i, i + 200))
        .orIgnore()
        .execute();
    const sources = ours.flatMap(({ e, rendered }) =>
      rendered.map((n) => ({
        eventId: e.id,
        eventType: e.type,
        eventKey: e.dedupeKey,
        eventAt: e.createdAt,
        ...n.recipient,
        essential: n.essential,
        message: {
          order: n.order,
          inbox: n.inbox,
          wechat: n.wechat,
          sms: n.sms,
          ...(Object.keys(n.secrets).length ? { secrets: n.secrets } : {}),
        },
      })),
    );
    await startChains(em, sources, now);
    return ours.length;
  }

  /**
   * EVENT_GROUP events per transaction (a commit each is what limits a worker on MySQL). If a group
   * fails, its events go one by one, so one bad event cannot hold back the others.
   */
  async function handleGroup(group: { e: DomainEventRow; rendered: RenderedNotification[] }[], now: Date): Promise<number> {
    try {
      return await d.tx.run((em) => handle(em, group, now));
    } catch {
      let n = 0;
      for (const g of group) n += await d.tx.run((em) => handle(em, [g], now));
      return n;
    }
  }

  return {
    id,
    /** Events only: claim what is due and fan it out into inbox messages and delivery rows. */
    async handleEvents(now = new Date()): Promise<number> {
      const claimed = await claim(now);
      const rendered = await Promise.all(claimed.map(async (e) => ({ e, rendered: await d.render(e) })));
      let handled = 0;
      for (let i = 0; i < rendered.length; i += EVENT_GROUP) handled += await handleGroup(rendered.slice(i, i + EVENT_GROUP), now);
      return handled;
    },
    /** Deliveries only: one engine pass; returns each claimed row's outcome (null: lease lost). */
    sendDue: (now = new Date()) => engine.runOnce(now),
    /** One pass of both steps; returns how many events and deliveries were handled. */
    async runOnce(now = new Date()): Promise<number> {
      const handled = await this.handleEvents(now);
      return handled + (await engine.runOnce(now)).length;
    },
  };
}
export type NotificationWorker = ReturnType<typeof createNotificationWorker>;

export interface WorkerLoopOptions {
  /** How long a step waits when it found nothing to do. */
  idleMs: number;
  signal: AbortSignal;
  onError: (err: unknown) => void;
  onHandled?: (step: 'events' | 'deliveries', n: number) => void;
}

/**
 * Runs a worker until the signal aborts: the two steps side by side, each going again at once while
 * it finds work — a burst of events is fanned out while the previous ones are being sent — and
 * waiting `idleMs` when it finds none. Resolves when both have stopped (the pass in progress ends).
 */
export async function runNotificationWorker(worker: NotificationWorker, o: WorkerLoopOptions): Promise<void> {
  const idle = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, o.idleMs);
      function done() {
        clearTimeout(timer);
        o.signal.removeEventListener('abort', done);
        resolve();
      }
      o.signal.addEventListener('abort', done, { once: true });
    });
  const loop = async (step: 'events' | 'deliveries', pass: () => Promise<number>) => {
    while (!o.signal.aborted) {
      const n = await pass().catch((err: unknown) => {
        o.onError(err);
        return 0;
      });
      if (n) o.onHandled?.(step, n);
      else await idle();
    }
  };
  await Promise.all([loop('events', () => worker.handleEvents()), loop('deliveries', async () => (await worker.sendDue()).length)]);
}
