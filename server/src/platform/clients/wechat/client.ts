// The API's only way to WeChat. The base URL is configuration, so dev and tests point it at the
// fake in scripts/fake-wechat. It logs nothing: session keys, tokens and the app secret pass
// through here, and errors carry only the errcode and WeChat's errmsg.
import { HttpFailure, httpCall, type HttpAnswer } from '../http';
import { WECHAT_UNREACHABLE, WechatError } from './errors';

export interface WechatSession {
  openid: string;
  unionid: string | null;
  sessionKey: string;
}
export interface WechatPhone {
  phoneNumber: string;
  purePhoneNumber: string;
  countryCode: string;
}
export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  state?: 'developer' | 'trial' | 'formal';
}
export interface WechatClient {
  code2Session(code: string): Promise<WechatSession>;
  getPhoneNumber(code: string): Promise<WechatPhone>;
  /** `msgid`: WeChat's id of the message (quoted by its subscribe_msg_sent_event), when it gives one. */
  sendSubscribeMessage(msg: SubscribeMessage): Promise<{ msgid: string | null }>;
}
export interface WechatClientConfig {
  baseUrl: string;
  appId: string;
  appSecret: string;
  timeoutMs?: number;
}

type Json = Record<string, unknown>;
// Renew ahead of expiry so a token never dies between fetching it and WeChat checking it.
const TOKEN_MARGIN_MS = 5 * 60_000;
const TOKEN_REJECTED = new Set([40001, 42001]);

export function createWechatClient(cfg: WechatClientConfig): WechatClient {
  const base = cfg.baseUrl.replace(/\/+$/, '');
  const timeoutMs = cfg.timeoutMs ?? 5_000;
  let cached: { token: string; expiresAt: number } | null = null;
  let pending: Promise<string> | null = null;

  async function call(api: string, path: string, body?: Json): Promise<Json> {
    let res: HttpAnswer;
    try {
      res = await httpCall(base + path, { method: body ? 'POST' : 'GET', body: body ? JSON.stringify(body) : undefined, timeoutMs });
    } catch (e) {
      // Not the error itself: its message or cause could echo the URL, which carries the secret.
      const what = e instanceof HttpFailure && e.timedOut ? `timed out after ${timeoutMs} ms` : 'network error';
      throw new WechatError(WECHAT_UNREACHABLE, what, api);
    }
    let json: unknown;
    try {
      json = JSON.parse(res.text);
    } catch {
      json = undefined;
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new WechatError(WECHAT_UNREACHABLE, `non-JSON answer (HTTP ${res.status})`, api);
    }
    const answer = json as Json;
    if (typeof answer.errcode === 'number' && answer.errcode !== 0) {
      throw new WechatError(answer.errcode, typeof answer.errmsg === 'string' ? answer.errmsg : '', api);
    }
    if (res.status < 200 || res.status > 299) throw new WechatError(WECHAT_UNREACHABLE, `HTTP ${res.status}`, api);
    return answer;
  }

  function fetchToken(forceRefresh: boolean): Promise<string> {
    // One request at a time: concurrent callers share it instead of stampeding stable_token.
    pending ??= (async () => {
      const body = { grant_type: 'client_credential', appid: cfg.appId, secret: cfg.appSecret, force_refresh: forceRefresh };
      const answer = await call('stable_token', '/cgi-bin/stable_token', body);
      const token = answer.access_token;
      const expiresIn = answer.expires_in;
      if (typeof token !== 'string' || typeof expiresIn !== 'number') {
        throw new WechatError(WECHAT_UNREACHABLE, 'malformed stable_token answer', 'stable_token');
      }
      cached = { token, expiresAt: Date.now() + expiresIn * 1000 - TOKEN_MARGIN_MS };
      return token;
    })().finally(() => {
      pending = null;
    });
    return pending;
  }

  async function accessToken(): Promise<string> {
    if (cached && Date.now() < cached.expiresAt) return cached.token;
    return fetchToken(false);
  }

  async function renewToken(rejected: string): Promise<string> {
    if (pending) await pending.catch(() => undefined);
    // Someone else already replaced the rejected token; forcing again would kill theirs.
    if (cached && cached.token !== rejected && Date.now() < cached.expiresAt) return cached.token;
    cached = null;
    return fetchToken(true);
  }

  /** Calls an access-token API; a rejected token is renewed once and the call retried once. */
  async function withToken(api: string, path: string, body: Json): Promise<Json> {
    const token = await accessToken();
    const send = (t: string) => call(api, `${path}?access_token=${encodeURIComponent(t)}`, body);
    try {
      return await send(token);
    } catch (e) {
      if (!(e instanceof WechatError) || !TOKEN_REJECTED.has(e.errcode)) throw e;
      return send(await renewToken(token));
    }
  }

  return {
    async code2Session(code) {
      const q = new URLSearchParams({ appid: cfg.appId, secret: cfg.appSecret, js_code: code, grant_type: 'authorization_code' });
      const answer = await call('jscode2session', `/sns/jscode2session?${q.toString()}`);
      const { openid, session_key: sessionKey, unionid } = answer;
      if (typeof openid !== 'string' || typeof sessionKey !== 'string') {
        throw new WechatError(WECHAT_UNREACHABLE, 'malformed jscode2session answer', 'jscode2session');
      }
      return { openid, sessionKey, unionid: typeof unionid === 'string' ? unionid : null };
    },

    async getPhoneNumber(code) {
      const answer = await withToken('getuserphonenumber', '/wxa/business/getuserphonenumber', { code });
      const info = answer.phone_info as Partial<WechatPhone> | undefined;
      if (typeof info?.phoneNumber !== 'string' || typeof info.purePhoneNumber !== 'string' || typeof info.countryCode !== 'string') {
        throw new WechatError(WECHAT_UNREACHABLE, 'malformed getuserphonenumber answer', 'getuserphonenumber');
      }
      return { phoneNumber: info.phoneNumber, purePhoneNumber: info.purePhoneNumber, countryCode: info.countryCode };
    },

    async sendSubscribeMessage(msg) {
      const answer = await withToken('subscribe_send', '/cgi-bin/message/subscribe/send', {
        touser: msg.touser,
        template_id: msg.templateId,
        page: msg.page,
        data: msg.data,
        miniprogram_state: msg.state,
        lang: 'zh_CN',
      });
      const id = answer.msgid;
      return { msgid: typeof id === 'number' || typeof id === 'string' ? String(id) : null };
    },
  };
}
