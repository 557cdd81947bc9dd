// Use cases of subscriptions and preferences: the mini-app reports what the resident accepted in
// Taro.requestSubscribeMessage, and the resident switches SMS on or off (legal notices still go out).
import { In, type DataSource } from 'typeorm';
import type { NotificationPreferences, SubscribeTemplates, SubscriptionList, SubscriptionReport } from '@bianmin/shared';
import { ValidationError } from '../../errors';
import type { UnitOfWork } from '../../platform/unit-of-work';
import type { Principal } from '../identity/index';
import { addCredit, rejectTemplate, setSmsOptOut } from './subscriptions';
import { PreferenceEntity, SubscriptionEntity } from './subscriptions-entities';
import { subscribeTemplates, WECHAT_TEMPLATE_IDS } from './templates/index';

export function createSubscriptions(d: { dataSource: DataSource; tx: UnitOfWork }) {
  const templates: SubscribeTemplates = subscribeTemplates();

  async function listFor(userId: string, templateIds: string[]): Promise<SubscriptionList> {
    const rows = templateIds.length
      ? await d.dataSource.getRepository(SubscriptionEntity).find({ where: { userId, templateId: In(templateIds) } })
      : [];
    return {
      subscriptions: templateIds.map((templateId) => {
        const row = rows.find((r) => r.templateId === templateId);
        return {
          templateId,
          credits: row?.credits ?? 0,
          longTerm: Boolean(WECHAT_TEMPLATE_IDS.get(templateId)?.longTerm) && !row?.rejected,
        };
      }),
    };
  }

  return {
    templates: (): SubscribeTemplates => templates,

    async report(p: Principal, r: SubscriptionReport): Promise<SubscriptionList> {
      const unknown = [...r.accepted, ...r.rejected].filter((id) => !WECHAT_TEMPLATE_IDS.has(id));
      if (unknown.length)
        throw new ValidationError({ accepted: [`没有这个订阅消息模板：${unknown.slice(0, 3).join('、')}，请更新小程序后重试`] });
      const now = new Date();
      await d.tx.run(async (em) => {
        for (const id of new Set(r.accepted)) await addCredit(em, p.userId, id, now);
        for (const id of new Set(r.rejected)) if (!r.accepted.includes(id)) await rejectTemplate(em, p.userId, id, now);
      });
      return listFor(p.userId, [...new Set([...r.accepted, ...r.rejected])]);
    },

    async preferences(p: Principal): Promise<NotificationPreferences> {
      const row = await d.dataSource.getRepository(PreferenceEntity).findOne({ where: { userId: p.userId } });
      return { smsOptOut: row?.smsOptOut ?? false };
    },

    async setPreferences(p: Principal, prefs: NotificationPreferences): Promise<NotificationPreferences> {
      await d.tx.run((em) => setSmsOptOut(em, p.userId, prefs.smsOptOut, new Date()));
      return { smsOptOut: prefs.smsOptOut };
    },
  };
}
export type Subscriptions = ReturnType<typeof createSubscriptions>;
