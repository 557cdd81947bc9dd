// A stand-in for api.weixin.qq.com: the same paths, request and answer shapes and errcodes, so the
// API's WeChat client is tested against the wire format, not against mocks. Node built-ins only:
// the server's tests and `npm start` both run it (`@bianmin/fakes/wechat`).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seeded } from '../seeded';

export type FakeApi = 'jscode2session' | 'stable_token' | 'getuserphonenumber' | 'subscribe_send';
export interface SentMessage {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogram_state?: string;
  lang?: string;
}
export interface FakeWechat {
  url: string;
  appId: string;
  appSecret: string;
  /** Mint a wx.login code for this openid (a test resident); single use, expires in 5 minutes like the real one. */
  loginCode(openid: string, opts?: { unionid?: string }): string;
  /** Mint a getPhoneNumber code that resolves to this phone (11 digits, +86). */
  phoneCode(phoneNumber: string): string;
  /** The next `times` calls to `api` answer with this errcode (e.g. 45011, -1, 40226, 40001, 43101). */
  failNext(api: FakeApi, errcode: number, times?: number): void;
  /** For benches: this share (0–1) of calls to `api` fails with `errcode`, the same calls for the same seed. */
  failRatio(api: FakeApi, share: number, opts?: { errcode?: number; seed?: number }): void;
  /** Called with every message accepted, when it was accepted, and whether the caller had already hung up. */
  onSent(listener: (message: SentMessage, info: { at: number; callerGone: boolean }) => void): void;
  /** Mark an openid as blocked (40226 on login). */
  block(openid: string): void;
  /** Let the current access token run out, as if two hours passed (42001 on its next use). */
  expireAccessToken(): void;
  sentMessages: SentMessage[];
  calls: Record<FakeApi, number>;
  reset(): void;
  close(): Promise<void>;
}
export interface FakeWechatOptions {
  port?: number;
  appId?: string;
  appSecret?: string;
  host?: string;
  templateIds?: string[];
}

const CODE_TTL_MS = 5 * 60_000;
const TOKEN_TTL_MS = 7200_000;
// Worded as the real service words them; it appends ", rid: …", so clients must not match on errmsg.
const ERRMSG: Record<number, string> = {
  [-1]: 'system error',
  40001: 'invalid credential, access_token is invalid or not latest',
  40002: 'invalid grant_type',
  40003: 'invalid openid',
  40013: 'invalid appid',
  40029: 'invalid code',
  40037: 'invalid template_id',
  40066: 'invalid url',
  40125: 'invalid appsecret',
  40163: 'code been used',
  40226: 'high risk user blocked',
  41001: 'access_token missing',
  41002: 'appid missing',
  41004: 'appsecret missing',
  41008: 'missing code',
  42001: 'access_token expired',
  43002: 'require POST method',
  43101: 'user refuse to accept the msg',
  45011: 'api minute-quota reach limit  mustslower  retry next minute',
  47001: 'data format error',
  47003: 'argument invalid!',
};
const STATES = ['developer', 'trial', 'formal'];
const LANGS = ['zh_CN', 'en_US', 'zh_HK', 'zh_TW'];

type Json = Record<string, unknown>;
type Answer = Json | number; // a number is an errcode
interface Code<T> {
  value: T;
  expiresAt: number;
  used: boolean;
}

const mint = (bytes: number) => randomBytes(bytes).toString('base64url');
const rid = () => [4, 4, 4].map((n) => randomBytes(n).toString('hex')).join('-');
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

async function readJson(req: IncomingMessage): Promise<Json | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export async function startFakeWechat(opts: FakeWechatOptions = {}): Promise<FakeWechat> {
  const appId = opts.appId ?? 'wxfake0000000000';
  const appSecret = opts.appSecret ?? 'fake-secret';
  const loginCodes = new Map<string, Code<{ openid: string; unionid?: string }>>();
  const phoneCodes = new Map<string, Code<string>>();
  const known = new Set<string>(); // openids that opened the mini-app; others get 40003 on send
  const blocked = new Set<string>();
  const failures: Record<FakeApi, number[]> = { jscode2session: [], stable_token: [], getuserphonenumber: [], subscribe_send: [] };
  const calls: Record<FakeApi, number> = { jscode2session: 0, stable_token: 0, getuserphonenumber: 0, subscribe_send: 0 };
  const sentMessages: SentMessage[] = [];
  const ratios: Partial<Record<FakeApi, { share: number; next: () => number; errcode: number }>> = {};
  const sentListeners: ((message: SentMessage, info: { at: number; callerGone: boolean }) => void)[] = [];
  let token: { value: string; expiresAt: number } | null = null;
  const templateOk = (id: string) => (opts.templateIds ? opts.templateIds.includes(id) : /^[A-Za-z]/.test(id));

  function redeem<T>(codes: Map<string, Code<T>>, code: unknown, usedErr: number): T | number {
    const entry = typeof code === 'string' ? codes.get(code) : undefined;
    if (!entry || entry.expiresAt < Date.now()) return 40029;
    if (entry.used) return usedErr;
    entry.used = true;
    return entry.value;
  }
  function tokenError(q: URLSearchParams): number {
    const given = q.get('access_token');
    if (!given) return 41001;
    if (given !== token?.value) return 40001; // unknown, or replaced by a force_refresh
    return token.expiresAt <= Date.now() ? 42001 : 0;
  }
  function credentialsError(id: unknown, secret: unknown): number {
    if (!id) return 41002;
    if (id !== appId) return 40013;
    if (!secret) return 41004;
    return secret === appSecret ? 0 : 40125;
  }

  const apis: Record<string, { api: FakeApi; method: string; handle(q: URLSearchParams, body: Json, req: IncomingMessage): Answer }> = {
    '/sns/jscode2session': {
      api: 'jscode2session',
      method: 'GET',
      handle(q) {
        const bad = credentialsError(q.get('appid'), q.get('secret'));
        if (bad) return bad;
        if (q.get('grant_type') !== 'authorization_code') return 40002;
        if (!q.get('js_code')) return 41008;
        const who = redeem(loginCodes, q.get('js_code'), 40163);
        if (typeof who === 'number') return who;
        if (blocked.has(who.openid)) return 40226;
        return { session_key: randomBytes(16).toString('base64'), openid: who.openid, ...(who.unionid ? { unionid: who.unionid } : {}) };
      },
    },
    '/cgi-bin/stable_token': {
      api: 'stable_token',
      method: 'POST',
      handle(_q, body) {
        if (body.grant_type !== 'client_credential') return 40002;
        const bad = credentialsError(body.appid, body.secret);
        if (bad) return bad;
        const now = Date.now();
        // Normal mode hands back the live token; force_refresh replaces it and the old one dies.
        if (body.force_refresh === true || !token || token.expiresAt <= now) token = { value: mint(96), expiresAt: now + TOKEN_TTL_MS };
        return { access_token: token.value, expires_in: Math.ceil((token.expiresAt - now) / 1000) };
      },
    },
    '/wxa/business/getuserphonenumber': {
      api: 'getuserphonenumber',
      method: 'POST',
      handle(q, body) {
        const bad = tokenError(q);
        if (bad) return bad;
        const phone = redeem(phoneCodes, body.code, 40029);
        if (typeof phone === 'number') return phone;
        const watermark = { timestamp: Math.floor(Date.now() / 1000), appid: appId };
        return { errcode: 0, errmsg: 'ok', phone_info: { phoneNumber: phone, purePhoneNumber: phone, countryCode: '86', watermark } };
      },
    },
    '/cgi-bin/message/subscribe/send': {
      api: 'subscribe_send',
      method: 'POST',
      handle(q, body, req) {
        const bad = tokenError(q);
        if (bad) return bad;
        const { touser, template_id, data, miniprogram_state, lang } = body;
        if (typeof touser !== 'string' || !known.has(touser)) return 40003;
        if (typeof template_id !== 'string' || !templateOk(template_id)) return 40037;
        if (!isObject(data) || !Object.values(data).every((v) => isObject(v) && typeof v.value === 'string')) return 47003;
        if (miniprogram_state !== undefined && !STATES.includes(miniprogram_state as string)) return 47003;
        if (lang !== undefined && !LANGS.includes(lang as string)) return 47003;
        sentMessages.push(body as unknown as SentMessage);
        for (const listener of sentListeners)
          listener(body as unknown as SentMessage, { at: Date.now(), callerGone: req.socket.destroyed });
        // WeChat answers a send with the message's id, which its subscribe_msg_sent_event quotes.
        return { errcode: 0, errmsg: 'ok', msgid: 2_000_000_000 + sentMessages.length };
      },
    },
  };

  const fake: FakeWechat = {
    url: '',
    appId,
    appSecret,
    sentMessages,
    calls,
    loginCode(openid, o = {}) {
      const code = mint(24); // 32 characters, like a wx.login code
      known.add(openid);
      loginCodes.set(code, { value: { openid, unionid: o.unionid }, expiresAt: Date.now() + CODE_TTL_MS, used: false });
      return code;
    },
    phoneCode(phoneNumber) {
      if (!/^1\d{10}$/.test(phoneNumber)) throw new Error(`fake WeChat: ${phoneNumber} is not an 11-digit mainland mobile number`);
      const code = mint(48);
      phoneCodes.set(code, { value: phoneNumber, expiresAt: Date.now() + CODE_TTL_MS, used: false });
      return code;
    },
    failNext(api, errcode, times = 1) {
      failures[api].push(...Array<number>(times).fill(errcode));
    },
    failRatio(api, share, o = {}) {
      if (!(share >= 0 && share <= 1)) throw new Error(`fake WeChat: failure ratio must be within 0–1, got ${share}`);
      ratios[api] = share ? { share, next: seeded(o.seed ?? 1), errcode: o.errcode ?? -1 } : undefined;
    },
    onSent(listener) {
      sentListeners.push(listener);
    },
    block(openid) {
      known.add(openid);
      blocked.add(openid);
    },
    expireAccessToken() {
      if (token) token.expiresAt = Date.now() - 1;
    },
    reset() {
      for (const m of [loginCodes, phoneCodes, known, blocked]) m.clear();
      for (const api of Object.keys(calls) as FakeApi[]) {
        calls[api] = 0;
        failures[api].length = 0;
        ratios[api] = undefined;
      }
      sentListeners.length = 0;
      sentMessages.length = 0; // same array, so references held by tests stay live
      token = null;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  /** What to answer: an HTTP status and a JSON body (a number is an errcode). */
  async function answer(req: IncomingMessage): Promise<[number, Answer]> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const body = req.method === 'POST' ? await readJson(req) : {};
    // Control endpoints for the H5 dev login, which has no wx.login or getPhoneNumber button.
    if (req.method === 'POST' && url.pathname === '/__fake/login-codes') {
      if (typeof body?.openid !== 'string' || !body.openid) return [400, { error: 'openid (string) is required' }];
      return [200, { code: fake.loginCode(body.openid, { unionid: typeof body.unionid === 'string' ? body.unionid : undefined }) }];
    }
    if (req.method === 'POST' && url.pathname === '/__fake/phone-codes') {
      const phoneNumber = body?.phoneNumber;
      if (typeof phoneNumber !== 'string') return [400, { error: 'phoneNumber (string) is required' }];
      try {
        return [200, { code: fake.phoneCode(phoneNumber) }];
      } catch (e) {
        return [400, { error: (e as Error).message }];
      }
    }
    const route = apis[url.pathname];
    if (!route) return [404, 40066];
    calls[route.api] += 1;
    // WeChat answers errors with HTTP 200 too.
    if (req.method !== route.method) return [200, 43002];
    const injected = failures[route.api].shift();
    if (injected !== undefined) return [200, injected];
    const ratio = ratios[route.api];
    if (ratio && ratio.next() < ratio.share) return [200, ratio.errcode];
    if (!body) return [200, 47001];
    return [200, route.handle(url.searchParams, body, req)];
  }

  const server = createServer((req, res) => {
    const send = ([status, body]: [number, Answer]) => {
      const json = typeof body === 'number' ? { errcode: body, errmsg: `${ERRMSG[body] ?? 'error'}, rid: ${rid()}` } : body;
      res.writeHead(status, { 'content-type': 'application/json; encoding=utf-8' }).end(JSON.stringify(json));
    };
    void answer(req).then(send, (err: unknown) => {
      send([500, { error: err instanceof Error ? err.message : String(err) }]);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject).listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  fake.url = `http://${opts.host ?? '127.0.0.1'}:${port}`;
  return fake;
}
