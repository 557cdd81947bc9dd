// How one delivery goes out on its channel, and how a provider's failure is read. A sender either
// returns (the provider took the message) or throws; `outcomeOf` turns what it threw into the
// delivery's next state. Phone numbers are decrypted here, at the moment of sending, and so are the
// query and pickup codes a message holds sealed (message-codes.ts): neither leaves this file — not
// in a row, not in a log line, not in an error.
import type { EntityManager } from 'typeorm';
import { WechatError } from '../../platform/clients/wechat/errors';
import type { WechatClient } from '../../platform/clients/wechat/client';
import type { SmsClient } from '../../platform/clients/sms/client';
import { SmsError } from '../../platform/clients/sms/errors';
import type { DeliveryRow } from './deliveries-entity';
import { CodeUnavailable, revealCodes, type Unseal } from './message-codes';

export interface ChannelDeps {
  wechat: WechatClient;
  sms: SmsClient;
  /** The recipients' WeChat openids, for those who ever opened the mini-app (one read per batch). */
  openidsOf(userIds: string[]): Promise<Map<string, string>>;
  /** The recipient's bound phone, decrypted (called only by the SMS sender). */
  phoneOf(userId: string): Promise<string | null>;
  /** D1's subscription ledger: uses up a one-time subscription (or finds a long-term one). */
  takeCredit(em: EntityManager, userId: string, templateId: string): Promise<boolean>;
  /** Opens a code the message holds sealed (the platform's protector). */
  unseal: Unseal;
}

/** The provider accepted the message; a receipt may still say how it ended. */
export interface Sent {
  providerId: string | null;
  /** SMS: delivered to the phone only when the receipt says so. WeChat: delivered when accepted. */
  awaitReceipt: boolean;
}

/** Not sent, and why: `temporary` retries with backoff; the others fall back to the next channel. */
export class NotSent extends Error {
  constructor(
    readonly kind: 'temporary' | 'permanent' | 'technical',
    readonly code: string,
  ) {
    super(`not sent: ${kind} ${code}`);
  }
}

// WeChat: the resident refused or has no subscription left (43101), wrong openid (40003),
// template (40037), page (41030) or data (47003) — sending again cannot succeed.
const WECHAT_PERMANENT = new Set([43101, 40003, 40037, 41030, 47003]);
// Busy (-1, also our transport's code for network failures), quota (45009, 45011).
const WECHAT_TEMPORARY = new Set([-1, 45009, 45011]);

export function outcomeOf(err: unknown): NotSent {
  if (err instanceof NotSent) return err;
  if (err instanceof WechatError) {
    const code = String(err.errcode);
    if (WECHAT_PERMANENT.has(err.errcode)) return new NotSent('permanent', code);
    if (WECHAT_TEMPORARY.has(err.errcode)) return new NotSent('temporary', code);
    // Credentials and tokens the client could not mend: ours to fix, not the resident's.
    return new NotSent('technical', code);
  }
  if (err instanceof SmsError) return new NotSent(err.kind, err.code.slice(0, 40));
  return new NotSent('technical', 'internal');
}

/**
 * Exponential backoff with jitter: about `baseMs` after the first failure, doubling to `capMs`,
 * each wait drawn from its upper half so that a burst of failures does not come back in step.
 */
export function backoffMs(attempts: number, baseMs: number, capMs: number, random = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function createSenders(d: ChannelDeps) {
  /** A text of the row with its codes filled in, for this send only. */
  const reveal = (row: DeliveryRow) => (text: string) => {
    try {
      return revealCodes(text, row.message.secrets, d.unseal);
    } catch (err) {
      // Ours to mend (a key taken out of DATA_ENCRYPTION_KEYS too soon): retried, then the next channel.
      if (err instanceof CodeUnavailable) throw new NotSent('technical', 'sealed-code');
      throw err;
    }
  };
  return {
    /** Run inside the transaction that marks the credit taken, so one row uses at most one. */
    takeCredit: (em: EntityManager, userId: string, templateId: string) => d.takeCredit(em, userId, templateId),

    openidsOf: (userIds: string[]) => d.openidsOf(userIds),

    /** `openid`: the recipient's, read with the batch (openidsOf). */
    async wechat(row: DeliveryRow, openid: string | null): Promise<Sent> {
      const msg = row.message.wechat;
      if (!msg) throw new NotSent('technical', 'no-template');
      if (!openid) throw new NotSent('permanent', 'no-openid');
      const fill = reveal(row);
      const data = row.message.secrets
        ? Object.fromEntries(Object.entries(msg.data).map(([key, { value }]) => [key, { value: fill(value) }]))
        : msg.data;
      const { msgid } = await d.wechat.sendSubscribeMessage({ touser: openid, templateId: msg.templateId, page: msg.page, data });
      return { providerId: msgid, awaitReceipt: false };
    },

    async sms(row: DeliveryRow): Promise<Sent> {
      const msg = row.message.sms;
      if (!msg) throw new NotSent('technical', 'no-template');
      const phone = await d.phoneOf(row.userId);
      if (!phone) throw new NotSent('permanent', 'no-phone');
      const fill = reveal(row);
      const params = row.message.secrets
        ? Object.fromEntries(Object.entries(msg.params).map(([name, value]) => [name, fill(value)]))
        : msg.params;
      // outId carries the dedupe key: the provider echoes it in receipts, and a resend is recognisable.
      const { bizId } = await d.sms.send({ phone, templateCode: msg.templateCode, params, outId: row.dedupeKey });
      return { providerId: bizId, awaitReceipt: true };
    },
  };
}
export type Senders = ReturnType<typeof createSenders>;
