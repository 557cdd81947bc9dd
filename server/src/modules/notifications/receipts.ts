// What providers push back. The SMS provider's delivery reports (a JSON array) mark each delivery
// delivered or failed, found by its OutId (our dedupe key) or BizId; it pushes again until we answer
// exactly {"code":0,"msg":"成功"}, so a database failure answers 500 and the batch comes back.
// WeChat's message push (JSON) is signed with the configured token, and with an EncodingAESKey
// configured it must come sealed (安全模式 / 兼容模式: wechat-push-crypto.ts); its subscription
// events say when a resident turned a template off (its credits go) and how a sent message ended.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  type SmsReportAck,
  type SmsReports,
  type WechatPush,
  WechatPushMessage,
  type WechatPushQuery,
  type WechatSubscribeItem,
} from '@bianmin/shared';
import { AppError, NotFoundError } from '../../errors';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { UserEntity } from '../identity/index';
import { markDeliveryReceipt } from './deliveries-outcomes';
import { restoreTemplate, rejectTemplate } from './subscriptions';
import { openWechatPush, SealedPushError, wechatMsgSignature } from './wechat-push-crypto';

export const SMS_ACK: SmsReportAck = { code: 0, msg: '成功' };
/** WeChat's answer to a push it need not resend. */
export const WECHAT_ACK = 'success';
// WeChat's ErrorCode for a resident who refused the message.
const WECHAT_REFUSED = '10001';

/** WeChat's push signature: sha1 of token, timestamp and nonce, sorted and joined. */
export function wechatPushSignature(token: string, timestamp: string, nonce: string): string {
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export interface PushSecrets {
  wechatToken: string;
  /** Set: 安全模式 / 兼容模式, pushes must come sealed. */
  wechatAesKey: string | null;
  wechatAppId: string;
  smsReceiptToken: string | null;
}

const badSignature = () => new AppError('FORBIDDEN', 403, '推送签名不正确');

export function createReceipts(d: { dataSource: DataSource; tx: UnitOfWork; push: PushSecrets }) {
  function checkSignature(q: { signature: string; timestamp: string; nonce: string }) {
    if (!same(wechatPushSignature(d.push.wechatToken, q.timestamp, q.nonce), q.signature)) throw badSignature();
  }

  /** The push's message: the body in 明文模式; with a key, what its signed `Encrypt` holds, and nothing else. */
  function messageOf(q: WechatPushQuery, push: WechatPush): WechatPushMessage {
    const key = d.push.wechatAesKey;
    if (!key) {
      const plain = WechatPushMessage.safeParse(push);
      if (!plain.success) throw new AppError('VALIDATION_FAILED', 400, '推送内容不完整');
      return plain.data;
    }
    if (!push.Encrypt) throw new AppError('FORBIDDEN', 403, '消息推送已设为安全模式，只接受加密推送');
    if (!q.msg_signature || !same(wechatMsgSignature(d.push.wechatToken, q.timestamp, q.nonce, push.Encrypt), q.msg_signature))
      throw badSignature();
    let text: string;
    try {
      text = openWechatPush(key, d.push.wechatAppId, push.Encrypt);
    } catch (err) {
      if (err instanceof SealedPushError) throw new AppError('FORBIDDEN', 403, '加密推送无法解开');
      throw err;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new AppError('VALIDATION_FAILED', 400, '推送内容不完整');
    }
    const message = WechatPushMessage.safeParse(parsed);
    if (!message.success) throw new AppError('VALIDATION_FAILED', 400, '推送内容不完整');
    return message.data;
  }

  async function subscribeEvent(event: string, openid: string, items: WechatSubscribeItem[]) {
    const user = await d.dataSource.getRepository(UserEntity).findOne({ where: { wechatOpenid: openid }, select: { id: true } });
    const now = new Date();
    await d.tx.run(async (em) => {
      for (const item of items) {
        const status = item.SubscribeStatusString;
        if (event === 'subscribe_msg_sent_event') {
          const code = String(item.ErrorCode ?? '');
          if (item.MsgID !== undefined)
            await markDeliveryReceipt(
              em,
              { channel: 'wechat', providerId: String(item.MsgID), delivered: code === '0', code: code || 'unknown' },
              now,
            );
          if (code === WECHAT_REFUSED && user) await rejectTemplate(em, user.id, item.TemplateId, now);
        } else if (user && status === 'reject') {
          await rejectTemplate(em, user.id, item.TemplateId, now);
        } else if (user && status === 'accept' && event === 'subscribe_msg_change_event') {
          // Turned back on in the settings: a long-term template works again. One-time credits
          // come only from the mini-app's report of each accept (counting popups too would double them).
          await restoreTemplate(em, user.id, item.TemplateId, now);
        }
      }
    });
  }

  return {
    async sms(query: { token?: string }, reports: SmsReports): Promise<SmsReportAck> {
      if (d.push.smsReceiptToken && !same(query.token ?? '', d.push.smsReceiptToken)) throw new NotFoundError('请求的内容不存在');
      const now = new Date();
      await d.tx.run(async (em) => {
        for (const r of reports)
          await markDeliveryReceipt(
            em,
            {
              channel: 'sms',
              dedupeKey: r.out_id?.length ? r.out_id : undefined, // an empty OutId is none
              providerId: r.biz_id,
              delivered: r.success,
              code: r.err_code || (r.success ? 'DELIVERED' : 'unknown'),
            },
            now,
          );
      });
      return SMS_ACK;
    },

    /** The server-address check when the push is configured: echo `echostr` if the signature is ours. */
    wechatCheck(q: { signature: string; timestamp: string; nonce: string; echostr: string }): string {
      checkSignature(q);
      return q.echostr;
    },

    async wechat(q: WechatPushQuery, body: WechatPush): Promise<string> {
      checkSignature(q);
      const push = messageOf(q, body);
      const event = push.Event ?? '';
      if (push.MsgType === 'event' && event.startsWith('subscribe_msg_') && push.List) {
        await subscribeEvent(event, push.FromUserName, Array.isArray(push.List) ? push.List : [push.List]);
      }
      return WECHAT_ACK;
    },
  };
}
export type Receipts = ReturnType<typeof createReceipts>;
