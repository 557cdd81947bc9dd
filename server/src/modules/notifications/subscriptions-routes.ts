// Subscription and preference API (消息订阅), and the providers' receipt pushes.
import { receiptEndpoints as r, subscriptionEndpoints as e } from '@bianmin/shared';
import type { ApiRouter } from '../../http/api-router';
import type { Receipts } from './receipts';
import type { Subscriptions } from './subscriptions-service';

export function subscriptionRoutes(api: ApiRouter, subscriptions: Subscriptions, receipts: Receipts): void {
  api.mount(e.templates, () => Promise.resolve(subscriptions.templates()));
  api.mount(e.report, ({ principal, input }) => subscriptions.report(principal, input.body));
  api.mount(e.preferences, ({ principal }) => subscriptions.preferences(principal));
  api.mount(e.setPreferences, ({ principal, input }) => subscriptions.setPreferences(principal, input.body));
  api.mount(r.sms, ({ input }) => receipts.sms(input.query, input.body));
  api.mount(r.wechatCheck, ({ input }) => Promise.resolve(receipts.wechatCheck(input.query)));
  api.mount(r.wechat, ({ input }) => receipts.wechat(input.query, input.body));
}
