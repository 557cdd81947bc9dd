// The API's only way to SMS (Aliyun dysmsapi SendSms, version 2017-05-25, RPC style with signature
// 1.0). The base URL is configuration, so dev and tests point it at the fake in scripts/fakes
// (`@bianmin/fakes/sms`). It logs nothing and its errors carry a code only: the phone number is
// decrypted by the sender just before this call and must not travel further (see errors.ts).
//
// It does not retry: the notification engine decides by the error's kind. `outId` (the delivery's
// dedupe key) comes back in the provider's delivery report, which is how a receipt finds its row.
import { createHmac, randomUUID } from 'node:crypto';
import { SMS_BAD_ANSWER, SMS_UNREACHABLE, SmsError } from './errors';

export interface SmsMessage {
  /** An 11-digit mainland mobile number, decrypted just for this call. */
  phone: string;
  /** The provider's template code, e.g. SMS_123456789. */
  templateCode: string;
  params: Record<string, string>;
  /** The delivery's dedupe key: echoed in the delivery report (at most 256 characters). */
  outId: string;
}
export interface SmsClient {
  send(msg: SmsMessage): Promise<{ bizId: string }>;
}
export interface SmsClientConfig {
  baseUrl: string;
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  timeoutMs?: number;
}

/** RFC 3986: only A–Z a–z 0–9 - _ . ~ stay as they are. */
const percentEncode = (v: string) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Aliyun RPC signature 1.0: canonical query of the sorted parameters, HMAC-SHA1 keyed with `secret&`. */
export function signRpc(method: string, params: Record<string, string>, secret: string): string {
  const canonical = Object.keys(params)
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k] ?? '')}`)
    .join('&');
  return createHmac('sha1', `${secret}&`)
    .update(`${method}&${percentEncode('/')}&${percentEncode(canonical)}`)
    .digest('base64');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function createSmsClient(cfg: SmsClientConfig): SmsClient {
  const endpoint = `${cfg.baseUrl.replace(/\/+$/, '')}/`;
  const timeoutMs = cfg.timeoutMs ?? 5_000;

  return {
    async send(msg) {
      const params: Record<string, string> = {
        AccessKeyId: cfg.accessKeyId,
        Action: 'SendSms',
        Format: 'JSON',
        RegionId: 'cn-hangzhou',
        SignatureMethod: 'HMAC-SHA1',
        SignatureNonce: randomUUID(),
        SignatureVersion: '1.0',
        Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        Version: '2017-05-25',
        PhoneNumbers: msg.phone,
        SignName: cfg.signName,
        TemplateCode: msg.templateCode,
        TemplateParam: JSON.stringify(msg.params),
        OutId: msg.outId,
      };
      const body = new URLSearchParams({ ...params, Signature: signRpc('POST', params, cfg.accessKeySecret) });
      let res: Response;
      let json: unknown;
      try {
        res = await fetch(endpoint, {
          method: 'POST',
          headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        json = await res.json().catch((e: unknown) => {
          if ((e as Error).name === 'TimeoutError') throw e;
          return undefined;
        });
      } catch (e) {
        // Not the error itself: its cause could carry the request, and with it the number.
        throw new SmsError(SMS_UNREACHABLE, (e as Error).name === 'TimeoutError' ? `timed out after ${timeoutMs} ms` : 'network error');
      }
      if (!isObject(json) || typeof json.Code !== 'string') throw new SmsError(SMS_BAD_ANSWER, `non-JSON answer (HTTP ${res.status})`);
      if (json.Code !== 'OK') throw new SmsError(json.Code);
      if (typeof json.BizId !== 'string' || !json.BizId) throw new SmsError(SMS_BAD_ANSWER, 'OK without a BizId');
      return { bizId: json.BizId };
    },
  };
}
