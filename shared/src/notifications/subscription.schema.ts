// WeChat subscription messages and the resident's SMS preference. The mini-app asks for the
// templates of the moment (Taro.requestSubscribeMessage) and reports the answer: each accepted
// one-time template lets the server send one message with it.
import { z } from '../zod';

const templateIds = z
  .array(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, '模板编号格式不正确')))
  .check(z.maxLength(10, '一次最多报告 10 个模板'));

export const SubscriptionReport = z.object({
  /** Template ids the resident accepted ('accept'). */
  accepted: templateIds,
  /** Template ids refused ('reject', 'ban'): any credit left for them is dropped. */
  rejected: z._default(templateIds, []),
});
export type SubscriptionReport = z.infer<typeof SubscriptionReport>;
export const Subscription = z.object({
  templateId: z.string(),
  /** Messages the server may still send with this template (one per accept). */
  credits: z.int(),
  /** 长期订阅: no credit is needed while the resident has not turned it off. */
  longTerm: z.boolean(),
});
export const SubscriptionList = z.object({ subscriptions: z.array(Subscription) });
export type SubscriptionList = z.infer<typeof SubscriptionList>;

/** The templates to ask for at each moment (at most 3, WeChat's limit per request). */
export const SubscribeTemplates = z.object({
  booked: z.array(z.string()),
  submitted: z.array(z.string()),
  case: z.array(z.string()),
});
export type SubscribeTemplates = z.infer<typeof SubscribeTemplates>;

/** 短信通知: off means no SMS except legal notices (补正、不予受理、审批决定), which always go out. */
export const NotificationPreferences = z.object({ smsOptOut: z.boolean() });
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;
