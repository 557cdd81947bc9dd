// The fake must answer like api.weixin.qq.com does, or tests of the API's client prove nothing.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeWechat, type FakeWechat } from './server';

let fake: FakeWechat;
beforeAll(async () => {
  fake = await startFakeWechat({ appId: 'wxtest', appSecret: 's3cret' });
});
afterAll(async () => {
  await fake.close();
});
afterEach(() => {
  fake.reset();
  vi.useRealTimers();
});

/** Every field any of the faked endpoints answers with; the tests check which ones come back. */
interface Reply {
  errcode?: number;
  errmsg?: string;
  openid?: string;
  unionid?: string;
  session_key?: string;
  access_token?: string;
  expires_in?: number;
  phone_info?: { phoneNumber: string; purePhoneNumber: string; countryCode: string; watermark: { timestamp: number; appid: string } };
  /** Control endpoints: the minted code, or what was wrong with the request. */
  code?: string;
  error?: string;
}
async function get(path: string): Promise<{ status: number; body: Reply }> {
  const res = await fetch(fake.url + path);
  return { status: res.status, body: (await res.json()) as Reply };
}
async function post(path: string, json: unknown): Promise<{ status: number; body: Reply }> {
  const res = await fetch(fake.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) });
  return { status: res.status, body: (await res.json()) as Reply };
}
// Codes and tokens come from earlier answers; a missing one is sent empty, and the fake refuses it.
const query = (params: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, v ?? ''])).toString();
const login = (code: string | undefined, appid = 'wxtest', secret = 's3cret') =>
  get(`/sns/jscode2session?${query({ appid, secret, js_code: code, grant_type: 'authorization_code' })}`);
const stableToken = async (force = false) =>
  (await post('/cgi-bin/stable_token', { grant_type: 'client_credential', appid: 'wxtest', secret: 's3cret', force_refresh: force })).body;
const phone = (token: string | undefined, code: string | undefined) =>
  post(`/wxa/business/getuserphonenumber?${query({ access_token: token })}`, { code });
const send = (token: string | undefined, msg: Record<string, unknown>) =>
  post(`/cgi-bin/message/subscribe/send?${query({ access_token: token })}`, msg);
const message = { touser: 'o-resident', template_id: 'TplCaseAccepted', data: { thing1: { value: '居住证' } } };

describe('GET /sns/jscode2session', () => {
  it('trades a login code for the openid and a 24-character session key, once', async () => {
    const code = fake.loginCode('o-resident');
    const { status, body } = await login(code);
    expect(status).toBe(200);
    expect(body).toEqual({ openid: 'o-resident', session_key: expect.stringMatching(/^[A-Za-z0-9+/]{22}==$/) });
    expect((await login(code)).body).toMatchObject({ errcode: 40163, errmsg: expect.stringMatching(/^code been used, rid: /) });
  });

  it('includes the unionid only when the resident has one', async () => {
    expect((await login(fake.loginCode('o-a', { unionid: 'u-a' }))).body).toMatchObject({ openid: 'o-a', unionid: 'u-a' });
  });

  it('answers 40029 for unknown codes and for codes older than five minutes, with HTTP 200', async () => {
    expect(await login('nonsense')).toMatchObject({ status: 200, body: { errcode: 40029 } });
    vi.useFakeTimers({ toFake: ['Date'] });
    const code = fake.loginCode('o-resident');
    vi.setSystemTime(Date.now() + 5 * 60_000 + 1);
    expect((await login(code)).body.errcode).toBe(40029);
  });

  it('rejects a wrong app id or secret, and blocked residents', async () => {
    expect((await login(fake.loginCode('o-a'), 'wxother')).body.errcode).toBe(40013);
    expect((await login(fake.loginCode('o-a'), 'wxtest', 'wrong')).body.errcode).toBe(40125);
    fake.block('o-risky');
    expect((await login(fake.loginCode('o-risky'))).body.errcode).toBe(40226);
  });

  it('injects failures without spending the code, and counts every call', async () => {
    const code = fake.loginCode('o-resident');
    fake.failNext('jscode2session', 45011, 2);
    fake.failNext('jscode2session', -1);
    expect((await login(code)).body.errcode).toBe(45011);
    expect((await login(code)).body.errcode).toBe(45011);
    expect((await login(code)).body).toMatchObject({ errcode: -1, errmsg: expect.stringContaining('system error') });
    expect((await login(code)).body.openid).toBe('o-resident');
    expect(fake.calls.jscode2session).toBe(4);
  });
});

describe('POST /cgi-bin/stable_token', () => {
  it('hands back the same token until force_refresh, which kills the old one', async () => {
    const first = await stableToken();
    expect(first).toEqual({ access_token: expect.any(String), expires_in: 7200 });
    expect((await stableToken()).access_token).toBe(first.access_token);
    const forced = await stableToken(true);
    expect(forced.access_token).not.toBe(first.access_token);
    expect((await phone(first.access_token, fake.phoneCode('13800000000'))).body.errcode).toBe(40001);
    expect(fake.calls.stable_token).toBe(3);
  });

  it('rejects a wrong secret, and answers 42001 once the token has run out', async () => {
    expect((await post('/cgi-bin/stable_token', { grant_type: 'client_credential', appid: 'wxtest', secret: 'x' })).body.errcode).toBe(
      40125,
    );
    const { access_token } = await stableToken();
    fake.expireAccessToken();
    expect((await phone(access_token, fake.phoneCode('13800000000'))).body.errcode).toBe(42001);
    expect((await stableToken()).access_token).not.toBe(access_token);
  });
});

describe('POST /wxa/business/getuserphonenumber', () => {
  it('resolves a phone code once to the real answer shape', async () => {
    const { access_token } = await stableToken();
    const code = fake.phoneCode('13912345678');
    const { body } = await phone(access_token, code);
    expect(body).toEqual({
      errcode: 0,
      errmsg: 'ok',
      phone_info: {
        phoneNumber: '13912345678',
        purePhoneNumber: '13912345678',
        countryCode: '86',
        watermark: { timestamp: expect.any(Number), appid: 'wxtest' },
      },
    });
    expect((await phone(access_token, code)).body.errcode).toBe(40029);
  });

  it('wants an access token and an 11-digit number', async () => {
    expect((await post('/wxa/business/getuserphonenumber', { code: 'x' })).body.errcode).toBe(41001);
    expect(() => fake.phoneCode('+8613800000000')).toThrow(/11-digit/);
  });
});

describe('POST /cgi-bin/message/subscribe/send', () => {
  it('records what it was sent', async () => {
    fake.loginCode('o-resident');
    const { access_token } = await stableToken();
    const msg = { ...message, page: 'pages/index/index', miniprogram_state: 'formal', lang: 'zh_CN' };
    expect((await send(access_token, msg)).body).toEqual({ errcode: 0, errmsg: 'ok', msgid: expect.any(Number) });
    expect(fake.sentMessages).toEqual([msg]);
  });

  it('answers the permanent failures with their errcodes', async () => {
    fake.loginCode('o-resident');
    const { access_token } = await stableToken();
    expect((await send(access_token, { ...message, touser: 'o-stranger' })).body.errcode).toBe(40003);
    expect((await send(access_token, { ...message, template_id: '123' })).body.errcode).toBe(40037);
    expect((await send(access_token, { ...message, data: undefined })).body.errcode).toBe(47003);
    expect((await send(access_token, { ...message, miniprogram_state: 'beta' })).body.errcode).toBe(47003);
    fake.failNext('subscribe_send', 43101);
    expect((await send(access_token, message)).body.errcode).toBe(43101);
    expect(fake.sentMessages).toEqual([]);
  });

  it('fails a set share of sends, the same ones for the same seed, and tells listeners of each message taken', async () => {
    fake.loginCode('o-resident');
    const { access_token } = await stableToken();
    const heard: number[] = [];
    fake.onSent((m, info) => heard.push(info.at));
    const pattern = async () => {
      fake.failRatio('subscribe_send', 0.3, { seed: 7, errcode: 45009 });
      const codes: number[] = [];
      for (let i = 0; i < 40; i++) codes.push(Number((await send(access_token, message)).body.errcode));
      return codes;
    };
    const first = await pattern();
    expect(await pattern()).toEqual(first);
    const failed = first.filter((c) => c === 45009).length;
    expect(failed).toBeGreaterThan(4);
    expect(failed).toBeLessThan(20);
    expect(first.every((c) => c === 0 || c === 45009)).toBe(true);
    expect(heard).toHaveLength(fake.sentMessages.length);
    expect(fake.sentMessages).toHaveLength(80 - 2 * failed);
    fake.failRatio('subscribe_send', 0);
    expect((await send(access_token, message)).body.errcode).toBe(0);
  });

  it('honours a configured template allow-list', async () => {
    const strict = await startFakeWechat({ templateIds: ['TplOnly'] });
    try {
      strict.loginCode('o-resident');
      const postTo = async (path: string, json: unknown) =>
        (await (await fetch(strict.url + path, { method: 'POST', body: JSON.stringify(json) })).json()) as Reply;
      const { access_token } = await postTo('/cgi-bin/stable_token', {
        grant_type: 'client_credential',
        appid: strict.appId,
        secret: strict.appSecret,
      });
      const sendWith = async (template_id: string) =>
        (await postTo(`/cgi-bin/message/subscribe/send?${query({ access_token })}`, { ...message, template_id })).errcode;
      expect(await sendWith('TplCaseAccepted')).toBe(40037);
      expect(await sendWith('TplOnly')).toBe(0);
    } finally {
      await strict.close();
    }
  });
});

describe('control endpoints for the H5 dev login', () => {
  it('mint codes the real endpoints accept', async () => {
    const { body } = await post('/__fake/login-codes', { openid: 'o-h5' });
    expect((await login(body.code)).body.openid).toBe('o-h5');
    const { body: p } = await post('/__fake/phone-codes', { phoneNumber: '13800000000' });
    expect((await phone((await stableToken()).access_token, p.code)).body.phone_info?.phoneNumber).toBe('13800000000');
  });

  it('refuse bad input with 400', async () => {
    expect((await post('/__fake/login-codes', {})).status).toBe(400);
    expect((await post('/__fake/phone-codes', { phoneNumber: '123' })).status).toBe(400);
  });
});

it('reset forgets codes, tokens, messages and counts', async () => {
  const code = fake.loginCode('o-resident');
  const { access_token } = await stableToken();
  fake.reset();
  expect((await login(code)).body.errcode).toBe(40029);
  expect((await send(access_token, message)).body.errcode).toBe(40001);
  expect(fake.calls).toEqual({ jscode2session: 1, stable_token: 0, getuserphonenumber: 0, subscribe_send: 1 });
});
