// What providers push to us: the SMS delivery reports (Aliyun SmsReport, a JSON array) and WeChat's
// mini-program message push in JSON mode (subscription events). Shapes are the providers'; the
// answers are what each provider expects, or it pushes again.
import { z } from '../zod';

export const SmsReport = z.object({
  phone_number: z.string(),
  send_time: z.optional(z.string()),
  report_time: z.optional(z.string()),
  success: z.boolean(),
  err_code: z.string(),
  err_msg: z.optional(z.string()),
  sms_size: z.optional(z.string()),
  biz_id: z.string(),
  out_id: z.optional(z.string()),
});
export const SmsReports = z.array(SmsReport).check(z.maxLength(1000));
export type SmsReports = z.infer<typeof SmsReports>;
/** The provider stops pushing a batch only on exactly {"code":0,"msg":"成功"}. */
export const SmsReportAck = z.object({ code: z.int(), msg: z.string() });
export type SmsReportAck = z.infer<typeof SmsReportAck>;
/** Optional shared secret in the callback URL (the provider does not sign its pushes). */
export const SmsReportQuery = z.object({ token: z.optional(z.string()) });

/** WeChat signs every push: sha1 of the sorted token, timestamp and nonce. */
export const WechatPushQuery = z.object({
  signature: z.string().check(z.regex(/^[0-9a-f]{40}$/, '签名格式不正确')),
  timestamp: z.string().check(z.regex(/^\d{1,12}$/, '时间戳格式不正确')),
  nonce: z.string().check(z.minLength(1), z.maxLength(64)),
  /** 安全模式 and 兼容模式: the sha1 of the sorted token, timestamp, nonce and the body's Encrypt. */
  msg_signature: z.optional(z.string().check(z.regex(/^[0-9a-f]{40}$/, '签名格式不正确'))),
  encrypt_type: z.optional(z.string().check(z.maxLength(16))),
  openid: z.optional(z.string().check(z.maxLength(128))),
});
export type WechatPushQuery = z.infer<typeof WechatPushQuery>;
export const WechatPushCheck = z.object({ ...WechatPushQuery.shape, echostr: z.string().check(z.minLength(1), z.maxLength(128)) });

const SubscribeItem = z.object({
  TemplateId: z.string(),
  /** popup / change events: accept or reject. */
  SubscribeStatusString: z.optional(z.string()),
  PopupScene: z.optional(z.string()),
  /** sent events. */
  MsgID: z.optional(z.union([z.string(), z.number()])),
  ErrorCode: z.optional(z.union([z.string(), z.number()])),
  ErrorStatus: z.optional(z.string()),
});
export type WechatSubscribeItem = z.infer<typeof SubscribeItem>;
/** A push's message: the body itself in 明文模式, what `Encrypt` holds in 安全模式. */
export const WechatPushMessage = z.object({
  ToUserName: z.string(),
  /** The resident's openid. */
  FromUserName: z.string(),
  CreateTime: z.union([z.number(), z.string()]),
  MsgType: z.string(),
  Event: z.optional(z.string()),
  /** One item, or several, depending on how many templates the event is about. */
  List: z.optional(z.union([SubscribeItem, z.array(SubscribeItem)])),
});
export type WechatPushMessage = z.infer<typeof WechatPushMessage>;
/** The body: the message in plain (明文模式), plain with `Encrypt` beside it (兼容模式), or only `Encrypt` (安全模式). */
export const WechatPush = z.union([
  z.extend(WechatPushMessage, { Encrypt: z.optional(z.string().check(z.maxLength(65_536))) }),
  z.object({ ToUserName: z.optional(z.string()), Encrypt: z.string().check(z.minLength(1), z.maxLength(65_536)) }),
]);
export type WechatPush = z.infer<typeof WechatPush>;
/** WeChat accepts "success" (or an empty body); anything else it retries and may warn the developer. */
export const WechatPushAck = z.string();
