// The WeChat subscription ledger and the SMS preference. A one-time template allows one send per
// "accept": the mini-app reports each accept (a credit), the sender takes one per message with a
// conditional update (credits > 0) — two workers never spend the same credit, on any engine. A
// long-term template (configuration, templates/providers.ts) needs none. A resident who turns a
// template off (WeChat's change/popup events) loses its credits until they accept again.
import type { EntityManager } from 'typeorm';
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
