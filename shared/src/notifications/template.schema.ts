// Notification templates are data: per event, who hears of it, in which channel order, and what
// each channel says — the inbox text, the WeChat subscription template with its key mapping, the
// SMS template with its parameters. Texts hold `{variables}` the server fills from the event.
// This schema is the contract of that data (server/src/modules/notifications/templates/); its
// checks catch what WeChat or the SMS provider would otherwise refuse at send time.
import { z } from '../zod';
import { wechatKeyType } from './wechat-values';

export const NOTIFICATION_CHANNELS = ['wechat', 'sms', 'inbox'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
/** The event's account (resident), the case's handler, the supervisors of its department. */
export const NOTIFICATION_AUDIENCES = ['applicant', 'handler', 'supervisor'] as const;
export type NotificationAudience = (typeof NOTIFICATION_AUDIENCES)[number];
/** When the mini-app asks the resident to subscribe (Taro.requestSubscribeMessage). */
export const SUBSCRIBE_MOMENTS = ['booked', 'submitted', 'case'] as const;
export type SubscribeMoment = (typeof SUBSCRIBE_MOMENTS)[number];

const text = z.string().check(z.minLength(1));
const VARIABLE = /\{([a-zA-Z]+)\}/g;
/**
 * Codes that open a case to whoever holds them (查询码, 取件码). A stored message keeps them sealed
 * and its texts keep the `{variable}`: the sender fills them in only when sending, the inbox only
 * for its owner. Only the applicant may hear them, never in a title or a WeChat page.
 */
export const SECRET_VARIABLES = ['queryCode', 'pickupCode'] as const;
export type SecretVariable = (typeof SECRET_VARIABLES)[number];
/** Variables that identify something and must reach the resident whole (never in a key that is shortened). */
export const WHOLE_VARIABLES = ['number', 'trackingNumber', 'ticketCode', ...SECRET_VARIABLES];

export const WechatTemplate = z.object({
  /** WeChat's template id (公众平台 → 订阅消息), per mini-app. */
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  title: text,
  /** 长期订阅 (open to government and public-service mini-apps): no credit is used up. */
  longTerm: z.boolean(),
  keys: z.array(z.string()).check(z.minLength(1), z.maxLength(5)),
});
export const SmsTemplate = z.object({
  /** The provider's template code, e.g. SMS_123456789. */
  code: z.string().check(z.regex(/^SMS_\d+$/)),
  params: z.array(z.string()),
});

export const TemplateEntry = z.object({
  to: z.array(z.enum(NOTIFICATION_AUDIENCES)).check(z.minLength(1)),
  /** Only when the payload field equals this (e.g. decided: result = approve). */
  when: z.optional(z.object({ field: z.string(), equals: z.union([z.string(), z.boolean()]) })),
  /** Legal notices (补正, 不予受理, decisions): sent by SMS even to residents who switched SMS off. */
  essential: z.boolean(),
  order: z.array(z.enum(NOTIFICATION_CHANNELS)).check(z.minLength(1)),
  inbox: z.object({ title: z.string().check(z.minLength(1), z.maxLength(40)), body: text, link: z.enum(['case', 'appointment']) }),
  wechat: z.optional(z.object({ template: z.string(), page: text, data: z.record(z.string(), text) })),
  sms: z.optional(z.object({ template: z.string(), params: z.record(z.string(), text) })),
});
export type TemplateEntry = z.infer<typeof TemplateEntry>;

const variablesOf = (s: string) => [...s.matchAll(VARIABLE)].map((m) => m[1] ?? '');

export const NotificationTemplates = z
  .object({
    wechat: z.record(z.string(), WechatTemplate),
    sms: z.record(z.string(), SmsTemplate),
    moments: z.record(z.enum(SUBSCRIBE_MOMENTS), z.array(z.string()).check(z.maxLength(3))),
    events: z.record(z.string(), z.array(TemplateEntry)),
  })
  .check(
    z.superRefine((t, ctx) => {
      const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message, input: t });
      for (const [name, w] of Object.entries(t.wechat))
        for (const key of w.keys) if (!wechatKeyType(key)) problem(['wechat', name], `${key} 不是微信模板的关键词名`);
      for (const [moment, names] of Object.entries(t.moments))
        for (const n of names) if (!t.wechat[n]) problem(['moments', moment], `没有微信模板 ${n}`);
      for (const [event, entries] of Object.entries(t.events))
        entries.forEach((e, i) => {
          const at = ['events', event, i];
          if (e.order.includes('wechat') !== Boolean(e.wechat)) problem(at, '顺序里有微信，就要有微信模板（反之亦然）');
          const secret = (s: string) => variablesOf(s).some((v) => (SECRET_VARIABLES as readonly string[]).includes(v));
          const texts = [e.inbox.body, ...Object.values(e.wechat?.data ?? {}), ...Object.values(e.sms?.params ?? {})];
          if (texts.some(secret) && e.to.some((a) => a !== 'applicant')) problem(at, '查询码、取件码只能发给申请人');
          if (secret(e.inbox.title) || secret(e.wechat?.page ?? '')) problem(at, '查询码、取件码不能放在标题或页面路径里');
          if (e.order.includes('sms') !== Boolean(e.sms)) problem(at, '顺序里有短信，就要有短信模板（反之亦然）');
          if (e.wechat) {
            const w = t.wechat[e.wechat.template];
            if (!w) problem(at, `没有微信模板 ${e.wechat.template}`);
            else if ([...w.keys].sort().join() !== Object.keys(e.wechat.data).sort().join())
              problem(at, `微信模板 ${e.wechat.template} 的关键词是 ${w.keys.join('、')}`);
            // Shortened types would cut a case number: it must sit in a key kept whole.
            for (const [key, value] of Object.entries(e.wechat.data))
              if (variablesOf(value).some((v) => WHOLE_VARIABLES.includes(v)) && wechatKeyType(key) !== 'character_string')
                problem(at, `${key}：编号只能放在 character_string 关键词里`);
          }
          if (e.sms) {
            const s = t.sms[e.sms.template];
            if (!s) problem(at, `没有短信模板 ${e.sms.template}`);
            else if ([...s.params].sort().join() !== Object.keys(e.sms.params).sort().join())
              problem(at, `短信模板 ${e.sms.template} 的参数是 ${s.params.join('、')}`);
          }
        });
    }),
  );
export type NotificationTemplates = z.infer<typeof NotificationTemplates>;
