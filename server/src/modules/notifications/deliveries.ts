// The life of a delivery row: written when its event is handled (the inbox row at once, the first
// channel that can reach the recipient as `created`), then each outcome recorded conditionally on
// the lease that sent it. A permanent failure — or a temporary one still failing when the retry
// period is over — hands the message to the next channel of the event's order. Provider receipts
// (D1's endpoints) land here through `markDeliveryReceipt`.
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { isDuplicateKey } from '../../platform/db-errors';
import { UserEntity } from '../identity/index';
import { type DeliveryChannel, DeliveryEntity, type DeliveryMessage, type DeliveryRow, type DeliveryStatus } from './deliveries-entity';
import { smsAllowed, takeCredit } from './subscriptions';

/** The event a delivery chain comes from. */
export interface DeliverySource {
  eventId: number;
  eventType: string;
  eventKey: string;
  eventAt: Date;
  userId: string;
  role: 'resident' | 'staff';
  essential: boolean;
  message: DeliveryMessage;
}

/** Deterministic per event, recipient and channel: the same message always gets the same key. */
export const deliveryKey = (eventKey: string, userId: string, channel: DeliveryChannel) => `${eventKey}:${userId}:${channel}`.slice(0, 200);

interface Contact {
  id: string;
  wechatOpenid: string | null;
  phoneEnc: string | null;
  disabled: boolean;
}
const contactOf = (em: EntityManager, userId: string) =>
  em.getRepository(UserEntity).findOne({ where: { id: userId }, select: { id: true, wechatOpenid: true, phoneEnc: true, disabled: true } });

/** Whether a channel can reach the recipient at all: a template, an openid or phone, SMS not switched off. */
async function reaches(
  em: EntityManager,
  s: Pick<DeliverySource, 'userId' | 'essential' | 'message'>,
  channel: DeliveryChannel,
  user: Contact | null,
) {
  if (channel === 'inbox') return false; // written with the event, whatever the order says
  if (channel === 'wechat' && !s.message.wechat) return false;
  if (channel === 'sms' && !s.message.sms) return false;
  if (!user || user.disabled) return false;
  if (channel === 'wechat') return user.wechatOpenid !== null;
  return user.phoneEnc !== null && (await smsAllowed(em, s.userId, s.essential));
}

function rowOf(s: DeliverySource, channel: DeliveryChannel, now: Date): DeliveryRow {
  const inbox = channel === 'inbox';
  return {
    id: randomUUID(),
    dedupeKey: deliveryKey(s.eventKey, s.userId, channel),
    eventId: s.eventId,
    eventType: s.eventType,
    subjectKind: s.message.inbox.link?.kind ?? null,
    subjectId: s.message.inbox.link?.id ?? null,
    userId: s.userId,
    role: s.role,
    channel,
    essential: s.essential,
    message: s.message,
    status: inbox ? 'delivered' : 'created',
    code: null,
    providerId: null,
    attempts: inbox ? 1 : 0,
    creditTaken: false,
    nextAttemptAt: inbox ? null : now,
    leaseOwner: null,
    leaseUntil: null,
    eventAt: s.eventAt,
    createdAt: now,
    updatedAt: now,
    deliveredAt: inbox ? now : null,
  };
}

/** False when the row exists already (the event or the fallback was handled before). */
async function insertOnce(em: EntityManager, row: DeliveryRow): Promise<boolean> {
  try {
    await em.getRepository(DeliveryEntity).insert(row);
    return true;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return false;
  }
}

/**
 * A one-time WeChat subscription is taken when the row is queued, in the same transaction: a row
 * holds at most one credit, and a resident without one is seen at once — the row is recorded as
 * `permanent-failure` / `no-credit` and the next channel takes over.
 */
async function withCredit(em: EntityManager, row: DeliveryRow, now: Date): Promise<boolean> {
  const template = row.message.wechat?.templateId;
  if (row.channel !== 'wechat' || !template) return true;
  const credit = await takeCredit(em, row.userId, template);
  await em
    .getRepository(DeliveryEntity)
    .update(
      { id: row.id },
      credit ? { creditTaken: true } : { status: 'permanent-failure', code: 'no-credit', nextAttemptAt: null, attempts: 1, updatedAt: now },
    );
  return credit;
}

/** The next channel of the order after `after` (null: from the start) that can reach the recipient, as a `created` row. */
export async function queueNextChannel(em: EntityManager, s: DeliverySource, after: DeliveryChannel | null, now: Date) {
  const order = s.message.order;
  for (const channel of order.slice(after ? order.indexOf(after) + 1 : 0)) {
    if (!(await reaches(em, s, channel, await contactOf(em, s.userId)))) continue;
    const row = rowOf(s, channel, now);
    if (!(await insertOnce(em, row))) return channel;
    if (await withCredit(em, row, now)) return channel;
  }
  return null;
}

/**
 * When events are handled (a worker's group, in its transaction): per recipient the inbox delivery
 * (the message itself is the inbox row) and the first channel of the order that reaches them —
 * a WeChat row takes its subscription credit here, or is recorded as `no-credit` and the next
 * channel follows. One read of the recipients, one multi-row insert: a commit and a round trip per
 * message are what limit a worker. The caller marked the events processed in this transaction,
 * so no row can exist yet; `orIgnore` only guards against a replay all the same.
 */
export async function startChains(em: EntityManager, sources: DeliverySource[], now: Date): Promise<void> {
  if (!sources.length) return;
  const ids = [...new Set(sources.map((x) => x.userId))];
  const found = await em
    .getRepository(UserEntity)
    .find({ where: { id: In(ids) }, select: { id: true, wechatOpenid: true, phoneEnc: true, disabled: true } });
  const users = new Map(found.map((u) => [u.id, u]));
  const rows: DeliveryRow[] = [];
  for (const source of sources) {
    rows.push(rowOf(source, 'inbox', now));
    for (const channel of source.message.order) {
      if (!(await reaches(em, source, channel, users.get(source.userId) ?? null))) continue;
      const row = rowOf(source, channel, now);
      rows.push(row);
      const template = channel === 'wechat' ? source.message.wechat?.templateId : undefined;
      if (!template || (await takeCredit(em, source.userId, template))) {
        row.creditTaken = Boolean(template);
        break;
      }
      Object.assign(row, { status: 'permanent-failure', code: 'no-credit', nextAttemptAt: null, attempts: 1 });
    }
  }
  for (let i = 0; i < rows.length; i += 200)
    await em
      .getRepository(DeliveryEntity)
      .createQueryBuilder()
      .insert()
      .values(rows.slice(i, i + 200))
      .orIgnore()
      .execute();
}

export const sourceOf = (r: DeliveryRow): DeliverySource => ({
  eventId: r.eventId,
  eventType: r.eventType,
  eventKey: r.dedupeKey.slice(0, r.dedupeKey.length - `:${r.userId}:${r.channel}`.length),
  eventAt: r.eventAt,
  userId: r.userId,
  role: r.role,
  essential: r.essential,
  message: r.message,
});

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

/** Rows the provider took (WeChat: accepted is delivered), recorded with one statement. */
export async function recordDelivered(em: EntityManager, ids: string[], lease: string, now: Date): Promise<number> {
  if (!ids.length) return 0;
  const done = await em
    .getRepository(DeliveryEntity)
    .createQueryBuilder()
    .update()
    .set({ status: 'delivered', code: null, nextAttemptAt: null, leaseOwner: null, leaseUntil: null, updatedAt: now, deliveredAt: now })
    .where('id IN (:...ids) AND lease_owner = :lease', { ids, lease })
    .execute();
  return done.affected ?? 0;
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
