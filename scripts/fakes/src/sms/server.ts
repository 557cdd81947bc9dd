// A stand-in for Aliyun's SMS service (dysmsapi SendSms, API version 2017-05-25): the same RPC
// parameters, signature check, answer shape and codes, so the API's SMS client is tested against
// the wire format, not against mocks; and the delivery reports (SmsReport) it pushes as a JSON
// array to a callback, retried until the receiver answers {"code":0,"msg":"成功"}. Node built-ins
// only: the server's tests and `npm start` both run it (`@bianmin/fakes/sms`).
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { aliyunSignature } from './signature';
import { createReceipts, type FakeSmsReport, type ReceiptPush } from './receipts';
import { seeded } from '../seeded';

export type { FakeSmsReport, ReceiptPush } from './receipts';
export { aliyunSignature, percentEncode } from './signature';

export interface FakeSmsMessage {
  phoneNumber: string;
  signName: string;
  templateCode: string;
  params: Record<string, string>;
  outId: string | null;
  bizId: string;
  receivedAt: Date;
}
export interface FakeSms {
  url: string;
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  /** Every message accepted (one per phone number), oldest first. */
  messages: FakeSmsMessage[];
  /** Every SendSms call that reached the fake, accepted or not. */
  calls: number;
  /** The next `times` sends answer this code (isp.SYSTEM_ERROR, isv.BUSINESS_LIMIT_CONTROL, isv.MOBILE_NUMBER_ILLEGAL …). */
  failNext(code: string, times?: number): void;
  /** For benches: this share of sends (0–1) fails with `codes` in turn, the same ones for the same seed. */
  failRatio(ratio: number, opts?: { seed?: number; codes?: string[] }): void;
  /** Messages to this number are accepted but their report says undelivered with this code (e.g. MN:0001 空号). */
  failDelivery(phoneNumber: string, errCode?: string): void;
  /** Where reports are pushed (the API's receipt endpoint); null stops pushing. */
  setReceiptUrl(url: string | null): void;
  /** Push every report due now (and retry failed pushes at once); resolves when all were answered. */
  flushReceipts(): Promise<void>;
  /** Every push made, with what the receiver answered. */
  receiptPushes: ReceiptPush[];
  /** Reports not yet acknowledged by the receiver. */
  pendingReports(): FakeSmsReport[];
  reset(): void;
  close(): Promise<void>;
}
export interface FakeSmsOptions {
  port?: number;
  host?: string;
  accessKeyId?: string;
  accessKeySecret?: string;
  signName?: string;
  /** Template code → the parameter names it needs; without it any SMS_<digits> code is accepted. */
  templates?: Record<string, string[]>;
  receiptUrl?: string | null;
  /** How long after acceptance a report is pushed (ms); default 20. */
  receiptDelayMs?: number;
  /** Waits before each retry of an unacknowledged push; default 1 s, 5 s, 30 s, 2 min. */
  retryDelaysMs?: number[];
}

/** The key pair the fake accepts unless told otherwise; the API's development defaults are the same. */
export const FAKE_SMS_ACCESS_KEY_ID = 'LTAIfakeSmsKeyId0001';
export const FAKE_SMS_ACCESS_KEY_SECRET = 'dev-only-sms-access-key-secret';
export const FAKE_SMS_SIGN_NAME = '便民服务';

// Worded as Aliyun words them; the message may echo what was sent, so clients decide on Code.
const MESSAGES: Record<string, string> = {
  OK: 'OK',
  'isv.BUSINESS_LIMIT_CONTROL': '触发号码天级流控Permits:10',
  'isv.MOBILE_NUMBER_ILLEGAL': '手机号码格式错误',
  'isp.SYSTEM_ERROR': '系统错误',
  'isv.SMS_TEMPLATE_ILLEGAL': '该账号下找不到对应模板',
  'isv.SMS_SIGNATURE_ILLEGAL': '该账号下找不到对应签名',
  'isv.TEMPLATE_MISSING_PARAMETERS': '模板变量缺少对应参数值',
  'isv.INVALID_JSON_PARAM': 'JSON参数不合法，只接受字符串值',
  'isv.INVALID_PARAMETERS': '参数格式不正确',
  'isv.AMOUNT_NOT_ENOUGH': '账户余额不足',
  'InvalidAccessKeyId.NotFound': 'Specified access key is not found.',
  SignatureDoesNotMatch: 'Specified signature is not matched with our calculation.',
  SignatureNonceUsed: 'Specified signature nonce was used already.',
  'InvalidTimeStamp.Expired': 'Specified time stamp or date value is expired.',
  MissingParameter: 'A required parameter is not supplied.',
  'InvalidAction.NotFound': 'Specified api is not found, please check your url and method.',
};
// Errors of the call itself (not of the message) come with an HTTP error status, like the real one.
const HTTP_STATUS: Record<string, number> = {
  'InvalidAccessKeyId.NotFound': 404,
  SignatureDoesNotMatch: 400,
  SignatureNonceUsed: 400,
  'InvalidTimeStamp.Expired': 400,
  MissingParameter: 400,
  'InvalidAction.NotFound': 404,
};
const MOBILE = /^(?:\+?86)?1\d{10}$/;
const COMMON = [
  'AccessKeyId',
  'Action',
  'Format',
  'SignatureMethod',
  'SignatureNonce',
  'SignatureVersion',
  'Timestamp',
  'Version',
  'Signature',
];

const requestId = () => {
  const h = randomBytes(16).toString('hex').toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
async function readParams(req: IncomingMessage, url: URL): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  // The SDKs send the parameters in the query string or as a form body; both are read.
  const params = Object.fromEntries(url.searchParams);
  for (const [k, v] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) params[k] = v;
  return params;
}

export async function startFakeSms(opts: FakeSmsOptions = {}): Promise<FakeSms> {
  const accessKeyId = opts.accessKeyId ?? FAKE_SMS_ACCESS_KEY_ID;
  const accessKeySecret = opts.accessKeySecret ?? FAKE_SMS_ACCESS_KEY_SECRET;
  const signName = opts.signName ?? FAKE_SMS_SIGN_NAME;
  const messages: FakeSmsMessage[] = [];
  const injected: string[] = [];
  const nonces = new Set<string>();
  const undeliverable = new Map<string, string>();
  let ratio: { share: number; next: () => number; codes: string[]; turn: number } | null = null;
  const receipts = createReceipts({
    url: opts.receiptUrl ?? null,
    delayMs: opts.receiptDelayMs ?? 20,
    retryDelaysMs: opts.retryDelaysMs ?? [1_000, 5_000, 30_000, 120_000],
  });

  function checkCall(method: string, p: Record<string, string>): string | null {
    if (COMMON.some((k) => !p[k])) return 'MissingParameter';
    if (p.Action !== 'SendSms' || p.Version !== '2017-05-25') return 'InvalidAction.NotFound';
    if (p.AccessKeyId !== accessKeyId) return 'InvalidAccessKeyId.NotFound';
    if (p.SignatureMethod !== 'HMAC-SHA1' || p.SignatureVersion !== '1.0') return 'SignatureDoesNotMatch';
    if (aliyunSignature(method, p, accessKeySecret) !== p.Signature) return 'SignatureDoesNotMatch';
    const at = Date.parse(p.Timestamp ?? '');
    if (!(p.Timestamp ?? '').endsWith('Z') || Number.isNaN(at) || Math.abs(Date.now() - at) > 15 * 60_000)
      return 'InvalidTimeStamp.Expired';
    if (nonces.has(p.SignatureNonce ?? '')) return 'SignatureNonceUsed';
    nonces.add(p.SignatureNonce ?? '');
    return null;
  }

  function send(p: Record<string, string>): { code: string; bizId?: string } {
    const forced = injected.shift();
    if (forced) return { code: forced };
    if (ratio && ratio.next() < ratio.share) return { code: ratio.codes[ratio.turn++ % ratio.codes.length] ?? 'isp.SYSTEM_ERROR' };
    const phones = (p.PhoneNumbers ?? '').split(',');
    if (!p.PhoneNumbers || !p.SignName || !p.TemplateCode) return { code: 'isv.INVALID_PARAMETERS' };
    if (phones.length > 1000 || !phones.every((n) => MOBILE.test(n))) return { code: 'isv.MOBILE_NUMBER_ILLEGAL' };
    if (p.SignName !== signName) return { code: 'isv.SMS_SIGNATURE_ILLEGAL' };
    const needs = opts.templates ? opts.templates[p.TemplateCode] : /^SMS_\d+$/.test(p.TemplateCode) ? [] : undefined;
    if (!needs) return { code: 'isv.SMS_TEMPLATE_ILLEGAL' };
    let params: unknown;
    try {
      params = p.TemplateParam ? JSON.parse(p.TemplateParam) : {};
    } catch {
      return { code: 'isv.INVALID_JSON_PARAM' };
    }
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return { code: 'isv.INVALID_JSON_PARAM' };
    const values = params as Record<string, unknown>;
    if (!Object.values(values).every((v) => typeof v === 'string')) return { code: 'isv.INVALID_JSON_PARAM' };
    if (needs.some((k) => !values[k])) return { code: 'isv.TEMPLATE_MISSING_PARAMETERS' };
    const bizId = `${String(randomInt(100_000_000, 999_999_999))}${String(Date.now()).slice(-9)}^0`;
    for (const phoneNumber of phones) {
      const number = phoneNumber.replace(/^\+?86/, '');
      const m = {
        phoneNumber: number,
        signName: p.SignName,
        templateCode: p.TemplateCode,
        params: values as Record<string, string>,
        outId: p.OutId?.length ? p.OutId : null,
        bizId,
        receivedAt: new Date(),
      };
      messages.push(m);
      receipts.accepted(m, undeliverable.get(number) ?? null);
    }
    return { code: 'OK', bizId };
  }

  const fake: FakeSms = {
    url: '',
    accessKeyId,
    accessKeySecret,
    signName,
    messages,
    calls: 0,
    receiptPushes: receipts.pushes,
    failNext(code, times = 1) {
      injected.push(...Array<string>(times).fill(code));
    },
    failRatio(share, o = {}) {
      if (!(share >= 0 && share <= 1)) throw new Error(`fake SMS: failure ratio must be within 0–1, got ${share}`);
      ratio = share ? { share, next: seeded(o.seed ?? 1), codes: o.codes ?? ['isp.SYSTEM_ERROR'], turn: 0 } : null;
    },
    failDelivery(phoneNumber, errCode = 'MN:0001') {
      undeliverable.set(phoneNumber, errCode);
    },
    setReceiptUrl: (url) => receipts.setUrl(url),
    flushReceipts: () => receipts.flush(),
    pendingReports: () => receipts.pending(),
    reset() {
      messages.length = 0; // same arrays, so references held by tests stay live
      injected.length = 0;
      nonces.clear();
      undeliverable.clear();
      ratio = null;
      fake.calls = 0;
      receipts.reset();
    },
    close: async () => {
      receipts.stop();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };

  async function answer(req: IncomingMessage): Promise<[number, Record<string, unknown>]> {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (url.pathname !== '/') return [404, { Code: 'InvalidAction.NotFound', Message: MESSAGES['InvalidAction.NotFound'] }];
    const params = await readParams(req, url);
    fake.calls += 1;
    const method = req.method ?? 'GET';
    const refused = checkCall(method, params);
    if (refused) return [HTTP_STATUS[refused] ?? 400, { Code: refused, Message: MESSAGES[refused] }];
    const { code, bizId } = send(params);
    const message = MESSAGES[code] ?? code;
    return [200, bizId ? { Code: code, Message: message, BizId: bizId } : { Code: code, Message: message }];
  }

  const server = createServer((req, res) => {
    void answer(req)
      .catch((err: unknown): [number, Record<string, unknown>] => [500, { Code: 'isp.SYSTEM_ERROR', Message: String(err) }])
      .then(([status, body]) => {
        res
          .writeHead(status, { 'content-type': 'application/json;charset=utf-8' })
          .end(JSON.stringify({ RequestId: requestId(), ...body }));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject).listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  fake.url = `http://${opts.host ?? '127.0.0.1'}:${port}`;
  return fake;
}
