// The life of a delivery row: written when its event is handled (the inbox row at once, the first
// channel that can reach the recipient as `created`), then each outcome recorded conditionally on
// the lease that sent it (deliveries-outcomes.ts). A permanent failure — or a temporary one still
// failing when the retry period is over — hands the message to the next channel of the event's
// order (queueNextChannel).
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { isDuplicateKey } from '../../platform/db-errors';
import { UserEntity } from '../identity/index';
import { type DeliveryChannel, DeliveryEntity, type DeliveryMessage, type DeliveryRow } from './deliveries-entity';
import { smsAllowed, takeCredit, takeCredits } from './subscriptions';

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
  const firstReachable = async (source: DeliverySource, from: number) => {
    const order = source.message.order;
    for (const [i, channel] of order.entries()) {
      if (i < from) continue;
      if (await reaches(em, source, channel, users.get(source.userId) ?? null)) return i;
    }
    return -1;
  };
  // The first channel of each message; WeChat ones take their credits together (takeCredits).
  const firsts: number[] = [];
  for (const s of sources) firsts.push(await firstReachable(s, 0));
  const templateAt = (s: DeliverySource, i: number) => (s.message.order[i] === 'wechat' ? s.message.wechat?.templateId : undefined);
  const wanting = sources.flatMap((s, k) => {
    const templateId = templateAt(s, firsts[k] ?? -1);
    return templateId ? [{ k, userId: s.userId, templateId }] : [];
  });
  const granted = await takeCredits(em, wanting);
  const credited = new Map(wanting.map((w, j) => [w.k, granted[j] ?? false]));
  const rows: DeliveryRow[] = [];
  for (const [k, source] of sources.entries()) {
    rows.push(rowOf(source, 'inbox', now));
    for (let i = firsts[k] ?? -1; i >= 0; i = await firstReachable(source, i + 1)) {
      const row = rowOf(source, source.message.order[i] ?? 'inbox', now);
      rows.push(row);
      const template = templateAt(source, i);
      const credit = !template || (credited.get(k) ?? (await takeCredit(em, source.userId, template)));
      credited.delete(k); // the batch answered for the first channel only
      if (credit) {
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
