// What happens to a delivery row once it is out: the sender's outcome recorded conditionally on
// the lease that sent it (a final failure hands the message to the next channel of its order),
// provider receipts, and staff re-sends. How chains start: deliveries.ts.
import { In, type EntityManager } from 'typeorm';
import { DeliveryEntity, type DeliveryRow, type DeliveryStatus } from './deliveries-entity';
import { queueNextChannel, sourceOf } from './deliveries';

export interface Outcome {
  status: DeliveryStatus;
  code: string | null;
  providerId?: string | null;
  /** Try again at this time (a temporary failure within the retry period). */
  retryAt?: Date | null;
}

const FAILED: DeliveryStatus[] = ['permanent-failure', 'temporary-failure', 'technical-failure'];

/**
 * Records what happened to a row this lease holder sent; false when the lease was lost (another
 * worker has the row now). A final failure queues the next channel in the same transaction.
 */
/** Statuses only a receipt gives a row that is out for sending. */
const SETTLED_BY_RECEIPT: DeliveryStatus[] = ['delivered', 'permanent-failure'];

export async function recordOutcome(em: EntityManager, row: DeliveryRow, lease: string, o: Outcome, now: Date): Promise<boolean> {
  const done = await em
    .getRepository(DeliveryEntity)
    .createQueryBuilder()
    .update()
    .set({
      status: o.status,
      code: o.code,
      ...(o.providerId !== undefined ? { providerId: o.providerId } : {}),
      nextAttemptAt: o.retryAt ?? null,
      leaseOwner: null,
      leaseUntil: null,
      updatedAt: now,
      deliveredAt: o.status === 'delivered' ? now : null,
    })
    // A provider's receipt may have settled the row while it was being sent (an SMS report can
    // outrun the send's own answer): its verdict stands; the lease is let go below.
    .where('id = :id AND lease_owner = :lease AND status NOT IN (:...settled)', { id: row.id, lease, settled: SETTLED_BY_RECEIPT })
    .execute();
  if (!done.affected) {
    await em
      .getRepository(DeliveryEntity)
      .createQueryBuilder()
      .update()
      .set({ leaseOwner: null, leaseUntil: null, updatedAt: now })
      .where('id = :id AND lease_owner = :lease', { id: row.id, lease })
      .execute();
    return false;
  }
  if (FAILED.includes(o.status) && !o.retryAt) await queueNextChannel(em, sourceOf(row), row.channel, now);
  return true;
}

/**
 * Outcomes that hand nothing on — taken by the provider (delivered, or sent and awaiting its
 * receipt), or to be retried later — recorded for a group of rows with ONE statement: a round trip
 * per message is what limits a worker. Same conditions as recordOutcome (still this lease's, not
 * settled by a receipt meanwhile); the rows that were not ours any more are let go and answer false.
 */
export async function recordOutcomes(em: EntityManager, group: { row: DeliveryRow; outcome: Outcome }[], lease: string, now: Date) {
  if (!group.length) return [];
  const params: Record<string, unknown> = { lease, now, settled: SETTLED_BY_RECEIPT, ids: group.map((g) => g.row.id) };
  group.forEach((g, k) => (params[`id${k}`] = g.row.id));
  const perRow = (name: string, value: (o: Outcome) => unknown) => {
    group.forEach((g, k) => (params[`${name}${k}`] = value(g.outcome)));
    return `CASE id ${group.map((_, k) => `WHEN :id${k} THEN :${name}${k}`).join(' ')} END`;
  };
  // Built before the query: setParameters copies the parameters as they are when it is called.
  const status = perRow('status', (o) => o.status);
  const code = perRow('code', (o) => o.code);
  const provider = perRow('provider', (o) => o.providerId ?? null);
  const retry = perRow('retry', (o) => o.retryAt ?? null);
  const delivered = perRow('delivered', (o) => (o.status === 'delivered' ? now : null));
  const repo = em.getRepository(DeliveryEntity);
  const done = await repo
    .createQueryBuilder()
    .update()
    .set({
      status: () => status,
      code: () => code,
      providerId: () => `COALESCE(${provider}, provider_id)`,
      nextAttemptAt: () => retry,
      deliveredAt: () => delivered,
      leaseOwner: null,
      leaseUntil: null,
      updatedAt: now,
    })
    .where('id IN (:...ids) AND lease_owner = :lease AND status NOT IN (:...settled)')
    .setParameters(params)
    .execute();
  if (done.affected === group.length) return group.map(() => true);
  // Some were not ours any more. Ours: let go by this statement, with the attempt count of our claim
  // (a worker that took a row over after our lease counted another attempt).
  const current = new Map(
    (
      await repo.find({
        where: { id: In(group.map((g) => g.row.id)) },
        select: { id: true, leaseOwner: true, attempts: true, status: true },
      })
    ).map((r) => [r.id, r]),
  );
  const kept = group.map((g) => {
    const r = current.get(g.row.id);
    return r?.leaseOwner === null && r.attempts === g.row.attempts && r.status === g.outcome.status;
  });
  // Settled by a receipt while we sent: still leased to us, let go.
  const held = group.filter((g) => current.get(g.row.id)?.leaseOwner === lease).map((g) => g.row.id);
  if (held.length)
    await repo
      .createQueryBuilder()
      .update()
      .set({ leaseOwner: null, leaseUntil: null, updatedAt: now })
      .where('id IN (:...held) AND lease_owner = :lease', { held, lease })
      .execute();
  return kept;
}

export interface DeliveryReceipt {
  channel: 'wechat' | 'sms';
  /** The provider's message id (SMS BizId), or … */
  providerId?: string;
  /** … the delivery's dedupe key echoed back (SMS OutId). */
  dedupeKey?: string;
  delivered: boolean;
  /** The provider's code (DELIVRD, MN:0001 …). */
  code: string;
}

/**
 * A provider's receipt: the row (found by dedupe key or provider id) becomes delivered, or a
 * permanent failure that hands the message to the next channel. Idempotent — a receipt pushed
 * twice changes nothing the second time. Returns false when no row in flight matches.
 */
export async function markDeliveryReceipt(em: EntityManager, r: DeliveryReceipt, now = new Date()): Promise<boolean> {
  const repo = em.getRepository(DeliveryEntity);
  const where = r.dedupeKey
    ? { dedupeKey: r.dedupeKey, channel: r.channel }
    : r.providerId
      ? { providerId: r.providerId, channel: r.channel }
      : null;
  if (!where) return false;
  const row = await repo.findOne({ where });
  if (!row || row.status === 'delivered' || FAILED.includes(row.status)) return false;
  const status: DeliveryStatus = r.delivered ? 'delivered' : 'permanent-failure';
  const done = await repo
    .createQueryBuilder()
    .update()
    .set({ status, code: r.code.slice(0, 40), updatedAt: now, deliveredAt: r.delivered ? now : null })
    .where('id = :id AND status = :was', { id: row.id, was: row.status })
    .execute();
  if (!done.affected) return false;
  if (!r.delivered) await queueNextChannel(em, sourceOf(row), row.channel, now);
  return true;
}

/**
 * Staff ask for a failed delivery to be sent again: the same row (same dedupe key) becomes due.
 * False when the row is not a final failure (still in flight, or delivered).
 */
export async function resendDelivery(em: EntityManager, id: string, now: Date): Promise<boolean> {
  const done = await em
    .getRepository(DeliveryEntity)
    .createQueryBuilder()
    .update()
    .set({ status: 'created', code: null, nextAttemptAt: now, creditTaken: false, updatedAt: now, eventAt: now })
    .where('id = :id AND channel <> :inbox AND status IN (:...failed) AND next_attempt_at IS NULL', { id, inbox: 'inbox', failed: FAILED })
    .execute();
  return Boolean(done.affected);
}
