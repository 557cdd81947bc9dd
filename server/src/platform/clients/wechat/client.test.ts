// The WeChat client against the fake WeChat server: the real wire shapes and errcodes, no mocks.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFakeWechat, type FakeApi, type FakeWechat } from '@bianmin/fakes/wechat';
import { closeIfStarted } from '../../../testing/harness';
import { createWechatClient, type WechatClient } from './client';
import { classifyWechatError, isPermanentSendFailure, WechatError } from './errors';

let fake: FakeWechat;
let wechat: WechatClient;
const consoleMethods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
const connect = (over: { baseUrl?: string; appId?: string; appSecret?: string; timeoutMs?: number } = {}) =>
  createWechatClient({ baseUrl: fake.url, appId: fake.appId, appSecret: fake.appSecret, ...over });
const notice = { touser: 'o-resident', templateId: 'TplCaseAccepted', data: { thing1: { value: '居住证办理' } } };

async function failure(promise: Promise<unknown>): Promise<WechatError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WechatError);
  return error as WechatError;
}

beforeAll(async () => {
  fake = await startFakeWechat();
});
afterAll(async () => {
  await closeIfStarted(fake);
});
beforeEach(() => {
  fake.reset();
  fake.loginCode('o-resident'); // the resident has opened the mini-app, so sends to them are valid
  wechat = connect();
  for (const m of consoleMethods) vi.spyOn(console, m);
});
afterEach(() => {
  // Session keys, tokens and the app secret pass through the client: it must never log.
  for (const m of consoleMethods) expect(console[m]).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

describe('logging in', () => {
  it('trades a wx.login code for the openid and the session key', async () => {
    const session = await wechat.code2Session(fake.loginCode('o-resident'));
    expect(session).toEqual({ openid: 'o-resident', unionid: null, sessionKey: expect.stringMatching(/^[A-Za-z0-9+/]{22}==$/) });
    expect((await wechat.code2Session(fake.loginCode('o-b', { unionid: 'u-b' }))).unionid).toBe('u-b');
  });

  it.each<[string, number, string, () => string | Promise<string>]>([
    [
      'a replayed code',
      40163,
      'invalid_code',
      async () => {
        const c = fake.loginCode('o-a');
        await wechat.code2Session(c);
        return c;
      },
    ],
    ['an unknown code', 40029, 'invalid_code', () => 'not-a-code'],
    [
      'a blocked resident',
      40226,
      'blocked',
      () => {
        fake.block('o-risky');
        return fake.loginCode('o-risky');
      },
    ],
    [
      'WeChat over quota',
      45011,
      'rate_limited',
      () => {
        fake.failNext('jscode2session', 45011);
        return fake.loginCode('o-a');
      },
    ],
    [
      'WeChat busy',
      -1,
      'busy',
      () => {
        fake.failNext('jscode2session', -1);
        return fake.loginCode('o-a');
      },
    ],
  ])('refuses %s with %i', async (_, errcode, kind, codeFor) => {
    const error = await failure(wechat.code2Session(await codeFor()));
    expect([error.errcode, error.api, classifyWechatError(error.errcode)]).toEqual([errcode, 'jscode2session', kind]);
  });

  it('reports a wrong app id or secret as configuration, without echoing the secret', async () => {
    const wrongId = await failure(connect({ appId: 'wxother' }).code2Session(fake.loginCode('o-a')));
    const wrongSecret = await failure(connect({ appSecret: 'leaked?' }).code2Session(fake.loginCode('o-a')));
    expect([wrongId.errcode, wrongSecret.errcode]).toEqual([40013, 40125]);
    expect(classifyWechatError(wrongSecret.errcode)).toBe('config');
    expect(JSON.stringify(wrongSecret) + wrongSecret.message).not.toContain('leaked?');
  });
});

describe('phone numbers and subscription messages', () => {
  it('resolves a phone code and delivers a message', async () => {
    expect(await wechat.getPhoneNumber(fake.phoneCode('13912345678'))).toEqual({
      phoneNumber: '13912345678',
      purePhoneNumber: '13912345678',
      countryCode: '86',
    });
    await wechat.sendSubscribeMessage({ ...notice, page: 'pages/index/index', state: 'trial' });
    expect(fake.sentMessages).toEqual([
      {
        touser: 'o-resident',
        template_id: 'TplCaseAccepted',
        page: 'pages/index/index',
        data: notice.data,
        miniprogram_state: 'trial',
        lang: 'zh_CN',
      },
    ]);
  });

  it.each([
    ['a refused message', 43101, 'refused', { failNext: 43101 }],
    ['a stranger', 40003, 'invalid_recipient', { touser: 'o-stranger' }],
    ['an unknown template', 40037, 'invalid_template', { templateId: '42' }],
    ['malformed data', 47003, 'invalid_argument', { data: { thing1: { value: 1 } } }],
  ] as const)('gives up on %s (%i) so the notification falls back to SMS', async (_, errcode, kind, change) => {
    if ('failNext' in change) fake.failNext('subscribe_send', change.failNext);
    const error = await failure(wechat.sendSubscribeMessage({ ...notice, ...(change as object) }));
    expect([error.errcode, classifyWechatError(errcode), isPermanentSendFailure(errcode)]).toEqual([errcode, kind, true]);
    expect(fake.sentMessages).toEqual([]);
  });

  it.each([
    ['getuserphonenumber', 40029],
    ['getuserphonenumber', -1],
    ['subscribe_send', 45011],
    ['subscribe_send', -1],
  ] as const)('passes %s errcode %i to the caller as retryable', async (api: FakeApi, errcode) => {
    fake.failNext(api, errcode);
    const call = api === 'subscribe_send' ? wechat.sendSubscribeMessage(notice) : wechat.getPhoneNumber(fake.phoneCode('13800000000'));
    expect((await failure(call)).errcode).toBe(errcode);
    expect(isPermanentSendFailure(errcode)).toBe(false);
  });
});

describe('the access token', () => {
  it('is fetched once and shared by concurrent and later calls', async () => {
    await Promise.all([1, 2, 3].map(() => wechat.getPhoneNumber(fake.phoneCode('13800000000'))));
    await wechat.sendSubscribeMessage(notice);
    expect(fake.calls.stable_token).toBe(1);
  });

  it('is renewed once when WeChat rejects it (40001), and the call retried', async () => {
    await wechat.sendSubscribeMessage(notice);
    fake.failNext('getuserphonenumber', 40001);
    expect((await wechat.getPhoneNumber(fake.phoneCode('13800000000'))).phoneNumber).toBe('13800000000');
    expect([fake.calls.stable_token, fake.calls.getuserphonenumber]).toEqual([2, 2]);
  });

  it('is renewed once for concurrent callers whose token was rejected', async () => {
    await wechat.sendSubscribeMessage(notice);
    fake.failNext('subscribe_send', 40001, 2);
    await Promise.all([wechat.sendSubscribeMessage(notice), wechat.sendSubscribeMessage(notice)]);
    // A second force_refresh would have killed the first caller's new token.
    expect([fake.calls.stable_token, fake.sentMessages.length]).toEqual([2, 3]);
  });

  it('is renewed when it has run out (42001)', async () => {
    await wechat.sendSubscribeMessage(notice);
    fake.expireAccessToken();
    await wechat.sendSubscribeMessage(notice);
    expect(fake.calls.stable_token).toBe(2);
  });

  it('is retried only once: a second rejection reaches the caller as configuration', async () => {
    fake.failNext('subscribe_send', 40001, 2);
    const error = await failure(wechat.sendSubscribeMessage(notice));
    expect([error.errcode, classifyWechatError(error.errcode)]).toEqual([40001, 'config']);
  });

  it('is fetched again after WeChat failed to issue one', async () => {
    fake.failNext('stable_token', -1);
    expect(await failure(wechat.sendSubscribeMessage(notice))).toMatchObject({ errcode: -1, api: 'stable_token' });
    await wechat.sendSubscribeMessage(notice);
    expect(fake.calls.stable_token).toBe(2);
  });
});

describe('when WeChat cannot be reached', () => {
  let stub: Server;
  let stubUrl: string;
  let behaviour: 'hang' | 'html' = 'hang';
  beforeAll(async () => {
    stub = createServer((_req, res) => {
      if (behaviour === 'html') res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>502 Bad Gateway</h1>');
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    stub.closeAllConnections();
    await new Promise((resolve) => stub.close(resolve));
  });

  it('turns a timeout into a busy WechatError (-1)', async () => {
    behaviour = 'hang';
    const error = await failure(connect({ baseUrl: stubUrl, timeoutMs: 100 }).code2Session('any'));
    expect([error.errcode, classifyWechatError(error.errcode), error.errmsg]).toEqual([-1, 'busy', 'timed out after 100 ms']);
  });

  it('turns a non-JSON answer and a refused connection into -1', async () => {
    behaviour = 'html';
    expect((await failure(connect({ baseUrl: stubUrl }).getPhoneNumber('any'))).errcode).toBe(-1);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(connect({ baseUrl: `http://127.0.0.1:${port}` }).code2Session('any'));
    expect([error.errcode, error.errmsg]).toEqual([-1, 'network error']);
  });
});
