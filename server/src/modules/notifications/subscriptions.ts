// The WeChat subscription ledger and the SMS preference. A one-time template allows one send per
// "accept": the mini-app reports each accept (a credit), the sender takes one per message with a
// conditional update (credits > 0) — two workers never spend the same credit, on any engine. A
// long-term template (configuration, templates/providers.ts) needs none. A resident who turns a
// template off (WeChat's change/popup events) loses its credits until they accept again.
import { In, type EntityManager } from 'typeorm';
import { isDuplicateKey } from '../../platform/db-errors';
import { PreferenceEntity, SubscriptionEntity } from './subscriptions-entities';
import { WECHAT_TEMPLATE_IDS } from './templates/index';

/** Credits pile up with repeated accepts (as WeChat counts them), to a sane ceiling. */
export const MAX_CREDITS = 50;

/** True when a message may be sent with this template now: a credit was used up, or it is long-term and not turned off. */
export async function takeCredit(em: EntityManager, userId: string, templateId: string): Promise<boolean> {
  const repo = em.getRepository(SubscriptionEntity);
  if (WECHAT_TEMPLATE_IDS.get(templateId)?.longTerm) {
    const row = await repo.findOne({ where: { userId, templateId }, select: { rejected: true } });
    return !row?.rejected;
  }
  const taken = await repo
    .createQueryBuilder()
    .update()
    .set({ credits: () => 'credits - 1', updatedAt: new Date() })
    .where('user_id = :userId AND template_id = :templateId AND credits > 0 AND rejected = :no', { userId, templateId, no: false })
    .execute();
  return Boolean(taken.affected);
}

/** A group's credits moved between reading and taking them: the caller retries the group one event at a time. */
export class CreditsChanged extends Error {
  constructor() {
    super('subscription credits changed while a group of messages took them');
  }
}

/**
 * takeCredit for a worker's group of messages: per template one read and one update, instead of
 * a statement per message. The update takes from each resident what the read found, conditionally
 * (`credits >= taken`); if any row no longer has it — another worker took one, the resident turned
 * the template off — it throws CreditsChanged and the caller's transaction rolls back.
 */
export async function takeCredits(em: EntityManager, wants: { userId: string; templateId: string }[]): Promise<boolean[]> {
  const granted = wants.map(() => false);
  const byTemplate = new Map<string, number[]>();
  wants.forEach((w, i) => byTemplate.set(w.templateId, [...(byTemplate.get(w.templateId) ?? []), i]));
  const repo = em.getRepository(SubscriptionEntity);
  for (const [templateId, indexes] of byTemplate) {
    if (indexes.length === 1) {
      const [i] = indexes as [number];
      granted[i] = await takeCredit(em, wants[i]?.userId ?? '', templateId);
      continue;
    }
    const users = [...new Set(indexes.map((i) => wants[i]?.userId ?? ''))];
    const rows = await repo.find({ where: { templateId, userId: In(users) }, select: { userId: true, credits: true, rejected: true } });
    const found = new Map(rows.map((r) => [r.userId, r]));
    if (WECHAT_TEMPLATE_IDS.get(templateId)?.longTerm) {
      for (const i of indexes) granted[i] = !found.get(wants[i]?.userId ?? '')?.rejected;
      continue;
    }
    const taking = new Map<string, number>();
    for (const i of indexes) {
      const userId = wants[i]?.userId ?? '';
      const row = found.get(userId);
      const n = taking.get(userId) ?? 0;
      if (!row || row.rejected || row.credits <= n) continue;
      taking.set(userId, n + 1);
      granted[i] = true;
    }
    if (!taking.size) continue;
    const params: Record<string, string | number | boolean> = { templateId, no: false };
    const when = [...taking].map(([userId, n], k) => {
      params[`u${k}`] = userId;
      params[`n${k}`] = n;
      return `WHEN :u${k} THEN :n${k}`;
    });
    const taken = `(CASE user_id ${when.join(' ')} ELSE 0 END)`;
    const done = await repo
      .createQueryBuilder()
      .update()
      .set({ credits: () => `credits - ${taken}`, updatedAt: new Date() })
      .where(`template_id = :templateId AND user_id IN (:...users) AND rejected = :no AND credits >= ${taken}`, {
        users: [...taking.keys()],
      })
      .setParameters(params)
      .execute();
    if (done.affected !== taking.size) throw new CreditsChanged();
  }
  return granted;
}

/** SMS may go to this person: they did not switch SMS off, or the message is a legal notice. */
export async function smsAllowed(em: EntityManager, userId: string, essential: boolean): Promise<boolean> {
  if (essential) return true;
  const pref = await em.getRepository(PreferenceEntity).findOne({ where: { userId } });
  return !pref?.smsOptOut;
}

/** One "accept": a credit more (and the template on again). */
export async function addCredit(em: EntityManager, userId: string, templateId: string, now: Date): Promise<void> {
  const repo = em.getRepository(SubscriptionEntity);
  const bump = () =>
    repo
      .createQueryBuilder()
      .update()
      .set({ credits: () => `CASE WHEN credits < ${MAX_CREDITS} THEN credits + 1 ELSE credits END`, rejected: false, updatedAt: now })
      .where('user_id = :userId AND template_id = :templateId', { userId, templateId })
      .execute();
  if ((await bump()).affected) return;
  try {
    await repo.insert({ userId, templateId, credits: 1, rejected: false, updatedAt: now });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    await bump(); // another request inserted it a moment ago
  }
}

/** The resident refused or turned the template off: no credit is left, long-term included. */
export async function rejectTemplate(em: EntityManager, userId: string, templateId: string, now: Date): Promise<void> {
  const repo = em.getRepository(SubscriptionEntity);
  const done = await repo.update({ userId, templateId }, { credits: 0, rejected: true, updatedAt: now });
  if (done.affected) return;
  try {
    await repo.insert({ userId, templateId, credits: 0, rejected: true, updatedAt: now });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    await repo.update({ userId, templateId }, { credits: 0, rejected: true, updatedAt: now });
  }
}

export async function setSmsOptOut(em: EntityManager, userId: string, smsOptOut: boolean, now: Date): Promise<void> {
  const repo = em.getRepository(PreferenceEntity);
  const done = await repo.update({ userId }, { smsOptOut, updatedAt: now });
  if (done.affected) return;
  try {
    await repo.insert({ userId, smsOptOut, updatedAt: now });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    await repo.update({ userId }, { smsOptOut, updatedAt: now });
  }
}

/** Turned back on in WeChat's settings: the template counts again (credits unchanged). */
export async function restoreTemplate(em: EntityManager, userId: string, templateId: string, now: Date): Promise<void> {
  await em.getRepository(SubscriptionEntity).update({ userId, templateId }, { rejected: false, updatedAt: now });
}
