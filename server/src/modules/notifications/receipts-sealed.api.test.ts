// WeChat's message push in 安全模式 and 兼容模式: with an EncodingAESKey configured, a push counts
// only when it comes sealed with that key for this mini-program and signed over its ciphertext;
// a plain push, a forged signature, another AppID or another key is refused, and nothing changes.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealedPush, sealMessage } from '@bianmin/fakes/wechat/push';
import type { Me, SubscriptionList } from '@bianmin/shared';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';
import { wechatPushSignature } from './receipts';
import { takeCredit } from './subscriptions';
import { SubscriptionEntity } from './subscriptions-entities';
import { openWechatPush, SealedPushError } from './wechat-push-crypto';

const TOKEN = 'districtPushToken02';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** An EncodingAESKey as the WeChat console makes one: 43 letters and digits. */
const newAesKey = () => Array.from(randomBytes(43), (b) => ALNUM.charAt(b % ALNUM.length)).join('');
const AES_KEY = newAesKey();
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { WECHAT_PUSH_TOKEN: TOKEN, WECHAT_PUSH_AES_KEY: AES_KEY } });
});
afterAll(() => closeIfStarted(app));

const secrets = () => ({ token: TOKEN, encodingAesKey: AES_KEY, appId: app.wechat.appId });
const turnOff = (openid: string, TemplateId: string) => ({
  ToUserName: 'gh_bianmin',
  FromUserName: openid,
  CreateTime: Math.floor(Date.now() / 1000),
  MsgType: 'event',
  Event: 'subscribe_msg_change_event',
  List: [{ TemplateId, SubscribeStatusString: 'reject' }],
});
const send = (query: string, body: Record<string, unknown>) => app.send<string>(`/api/v1/notifications/receipts/wechat?${query}`, body);

/** A resident with one credit of BmCaseProgress-0001; `hasCredit` asks without spending it. */
async function residentWithCredit(openid: string) {
  const { accessToken } = await app.signInResident(openid);
  await app.send<SubscriptionList>('/api/v1/notifications/subscriptions', { accepted: ['BmCaseProgress-0001'] }, { token: accessToken });
  const userId = (await app.get<Me>('/api/v1/me', accessToken)).body.id;
  const hasCredit = async () =>
    ((await app.dataSource.getRepository(SubscriptionEntity).findOneBy({ userId, templateId: 'BmCaseProgress-0001' }))?.credits ?? 0) > 0;
  return { userId, hasCredit };
}

describe('WeChat message push with an EncodingAESKey', () => {
  it('opens a sealed push (安全模式) and acts on it: the template the resident turned off loses its credit', async () => {
    const r = await residentWithCredit('o-sealed-1');
    const { query, body } = sealedPush(secrets(), turnOff('o-sealed-1', 'BmCaseProgress-0001'));
    expect(Object.keys(body).sort()).toEqual(['Encrypt', 'ToUserName']);
    expect(await send(query, body)).toMatchObject({ status: 200, body: 'success' });
    expect(await r.hasCredit()).toBe(false);
    expect(await app.services.platform.tx.run((em) => takeCredit(em, r.userId, 'BmCaseProgress-0001'))).toBe(false);
  });

  it('in 兼容模式 believes the sealed message, not the plain fields beside it', async () => {
    const r = await residentWithCredit('o-sealed-2');
    const bystander = await residentWithCredit('o-sealed-3');
    const { query, body } = sealedPush(secrets(), turnOff('o-sealed-2', 'BmCaseProgress-0001'), { compatible: true });
    expect(await send(query, { ...body, FromUserName: 'o-sealed-3' })).toMatchObject({ status: 200, body: 'success' });
    expect(await r.hasCredit()).toBe(false);
    expect(await bystander.hasCredit()).toBe(true);
  });

  it('refuses a plain push, a forged signature, another mini-program, another key and a sealed non-message; nothing changes', async () => {
    const r = await residentWithCredit('o-sealed-4');
    const message = turnOff('o-sealed-4', 'BmCaseProgress-0001');
    const timestamp = String(Math.floor(Date.now() / 1000));
    const plainQuery = new URLSearchParams({ signature: wechatPushSignature(TOKEN, timestamp, 'n1'), timestamp, nonce: 'n1' }).toString();
    const plain = await send(plainQuery, message);
    expect(plain.status).toBe(403);
    expect(plain.body).toMatchObject({ message: '消息推送已设为安全模式，只接受加密推送' });

    const genuine = sealedPush(secrets(), message);
    const forged = new URLSearchParams(genuine.query);
    forged.set('msg_signature', wechatPushSignature(TOKEN, timestamp, 'other-nonce'));
    expect((await send(forged.toString(), genuine.body)).status).toBe(403);

    const otherApp = sealedPush({ ...secrets(), appId: 'wx0ther0000000000' }, message);
    expect((await send(otherApp.query, otherApp.body)).status).toBe(403);
    const otherKey = sealedPush({ ...secrets(), encodingAesKey: newAesKey() }, message);
    expect((await send(otherKey.query, otherKey.body)).status).toBe(403);

    const notAMessage = sealedPush(secrets(), { ToUserName: 'gh_bianmin', FromUserName: 'o-sealed-4' });
    const half = await send(notAMessage.query, notAMessage.body);
    expect([half.status, (half.body as unknown as { code: string }).code]).toEqual([400, 'VALIDATION_FAILED']);

    expect(await r.hasCredit()).toBe(true);
  });
});

describe('openWechatPush', () => {
  const appId = 'wxfake0000000000';
  it('reads back what WeChat sealed, whatever its length and characters', () => {
    for (const text of ['', '{}', '预约已确认'.repeat(7), 'x'.repeat(31), 'y'.repeat(32), 'z'.repeat(1000)])
      expect(openWechatPush(AES_KEY, appId, sealMessage({ token: TOKEN, encodingAesKey: AES_KEY, appId }, text))).toBe(text);
  });

  it('refuses what is not whole, not padded, or longer than it says, with its own error and nothing read', () => {
    const sealed = Buffer.from(sealMessage({ token: TOKEN, encodingAesKey: AES_KEY, appId }, '{"a":1}'), 'base64');
    const broken = [
      '',
      sealed.subarray(0, 31).toString('base64'), // not whole blocks
      Buffer.concat([sealed, Buffer.alloc(32, 7)]).toString('base64'), // a block of garbage at the end: bad padding
      randomBytes(64).toString('base64'),
      'not base64 at all ###',
    ];
    for (const encrypt of broken) expect(() => openWechatPush(AES_KEY, appId, encrypt)).toThrow(SealedPushError);
    expect(() => openWechatPush('short', appId, sealed.toString('base64'))).toThrow(SealedPushError);
  });
});
