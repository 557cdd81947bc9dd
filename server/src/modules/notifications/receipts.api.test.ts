// Providers tell us how messages ended. The SMS service pushes its delivery reports until we answer
// as it expects; WeChat signs its pushes, and tells us when a resident turns a template off.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Me, SubscriptionList } from '@bianmin/shared';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';
import { DeliveryEntity, type DeliveryRow } from './deliveries-entity';
import { recordOutcome } from './deliveries-outcomes';
import { wechatPushSignature } from './receipts';
import { takeCredit } from './subscriptions';

const PUSH_TOKEN = 'districtPushToken01';
const RECEIPT_TOKEN = 'sms-receipt-token-0123456789';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { WECHAT_PUSH_TOKEN: PUSH_TOKEN, SMS_RECEIPT_TOKEN: RECEIPT_TOKEN } });
});
afterAll(() => closeIfStarted(app));
beforeEach(() => {
  app.sms.reset();
});

/** A delivery the engine has handed to the provider and whose receipt it awaits. */
async function inFlight(channel: 'sms' | 'wechat', over: Partial<DeliveryRow> = {}): Promise<DeliveryRow> {
  const now = new Date();
  const row: DeliveryRow = {
    id: randomUUID(),
    dedupeKey: `case.accepted:c-${randomUUID().slice(0, 8)}:v2:u-1:${channel}`,
    eventId: 1,
    eventType: 'case.accepted',
    subjectKind: 'case',
    subjectId: '37021420250102000001',
    userId: 'u-1',
    role: 'resident',
    channel,
    essential: true,
    message: { order: [channel], inbox: { title: '申请已受理', body: '已受理', link: null }, wechat: null, sms: null },
    status: 'sending',
    code: null,
    providerId: null,
    attempts: 1,
    creditTaken: false,
    nextAttemptAt: null,
    leaseOwner: null,
    leaseUntil: null,
    eventAt: now,
    createdAt: now,
    updatedAt: now,
    deliveredAt: null,
    ...over,
  };
  await app.dataSource.getRepository(DeliveryEntity).insert(row);
  return row;
}
const statusOf = async (id: string) => app.dataSource.getRepository(DeliveryEntity).findOneByOrFail({ id });
const sendSms = (phone: string, outId: string) =>
  app.services.platform.sms.send({
    phone,
    templateCode: 'SMS_500000003',
    params: { number: '37021420250102000001', item: '居住证', note: '已受理' },
    outId,
  });

describe('POST /notifications/receipts/sms', () => {
  it('marks the delivery delivered when the phone got it, and answers so the provider stops pushing', async () => {
    const row = await inFlight('sms');
    await sendSms('13912345678', row.dedupeKey);
    await app.sms.flushReceipts();
    expect(app.sms.receiptPushes).toEqual([
      expect.objectContaining({ status: 200, answer: '{"code":0,"msg":"成功"}', acknowledged: true }),
    ]);
    expect(await statusOf(row.id)).toMatchObject({ status: 'delivered', code: 'DELIVERED', deliveredAt: expect.any(Date) });
  });

  it('records an undelivered message as a permanent failure with the provider’s code', async () => {
    const row = await inFlight('sms');
    app.sms.failDelivery('13700000000', 'MN:0001');
    await sendSms('13700000000', row.dedupeKey);
    await app.sms.flushReceipts();
    expect(await statusOf(row.id)).toMatchObject({ status: 'permanent-failure', code: 'MN:0001' });
  });

  it('acknowledges a report pushed twice, changing nothing the second time', async () => {
    const row = await inFlight('sms');
    const report = { phone_number: '13912345678', success: true, err_code: 'DELIVERED', biz_id: '1^0', out_id: row.dedupeKey };
    const path = `/api/v1/notifications/receipts/sms?token=${RECEIPT_TOKEN}`;
    expect((await app.send(path, [report])).body).toEqual({ code: 0, msg: '成功' });
    expect((await app.send(path, [{ ...report, success: false, err_code: 'MN:0001' }])).body).toEqual({ code: 0, msg: '成功' });
    expect(await statusOf(row.id)).toMatchObject({ status: 'delivered' });
  });

  it('keeps a report that outran the send’s own answer: the engine lets go of the row without undoing it', async () => {
    const lease = 'worker-1:lease';
    const row = await inFlight('sms', { leaseOwner: lease, leaseUntil: new Date(Date.now() + 60_000) });
    const report = { phone_number: '13912345678', success: true, err_code: 'DELIVERED', biz_id: '7^0', out_id: row.dedupeKey };
    await app.send(`/api/v1/notifications/receipts/sms?token=${RECEIPT_TOKEN}`, [report]);
    const kept = await app.services.platform.tx.run((em) =>
      recordOutcome(em, row, lease, { status: 'sending', code: null, providerId: '7^0' }, new Date()),
    );
    expect(kept).toBe(false);
    expect(await statusOf(row.id)).toMatchObject({ status: 'delivered', code: 'DELIVERED', leaseOwner: null });
  });

  it('hides itself from pushes without the configured token, and refuses what is not a report list', async () => {
    expect((await app.send('/api/v1/notifications/receipts/sms?token=guess', [])).status).toBe(404);
    expect((await app.send('/api/v1/notifications/receipts/sms', [])).status).toBe(404);
    expect((await app.send(`/api/v1/notifications/receipts/sms?token=${RECEIPT_TOKEN}`, { code: 0 })).status).toBe(400);
  });
});

describe('WeChat message push', () => {
  const signed = (over: Record<string, string> = {}) => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomUUID().slice(0, 10);
    return new URLSearchParams({ signature: wechatPushSignature(PUSH_TOKEN, timestamp, nonce), timestamp, nonce, ...over }).toString();
  };
  const push = (openid: string, Event: string, List: unknown, query = signed()) =>
    app.send<string>(`/api/v1/notifications/receipts/wechat?${query}`, {
      ToUserName: 'gh_bianmin',
      FromUserName: openid,
      CreateTime: Math.floor(Date.now() / 1000),
      MsgType: 'event',
      Event,
      List,
    });

  it('answers the server-address check with echostr only when signed with our token', async () => {
    const ok = await app.raw(`/api/v1/notifications/receipts/wechat?${signed({ echostr: 'echo-123' })}`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('echo-123');
    const wrong = new URLSearchParams({ signature: wechatPushSignature('other', '1', 'n'), timestamp: '1', nonce: 'n', echostr: 'x' });
    expect((await app.raw(`/api/v1/notifications/receipts/wechat?${wrong.toString()}`)).status).toBe(403);
  });

  it('takes the credits of a template the resident turns off, and lets a long-term one work again when turned on', async () => {
    const { accessToken } = await app.signInResident('o-push-resident');
    const userId = (await app.get<Me>('/api/v1/me', accessToken)).body.id;
    await app.send<SubscriptionList>('/api/v1/notifications/subscriptions', { accepted: ['BmCaseProgress-0001'] }, { token: accessToken });
    const take = (template: string) => app.services.platform.tx.run((em) => takeCredit(em, userId, template));

    const off = await push('o-push-resident', 'subscribe_msg_change_event', {
      TemplateId: 'BmCaseProgress-0001',
      SubscribeStatusString: 'reject',
    });
    expect(off).toMatchObject({ status: 200, body: 'success' });
    expect(await take('BmCaseProgress-0001')).toBe(false);

    await push('o-push-resident', 'subscribe_msg_popup_event', [
      { TemplateId: 'BmStaffCaseAlert-0001', SubscribeStatusString: 'reject', PopupScene: '0' },
    ]);
    expect(await take('BmStaffCaseAlert-0001')).toBe(false);
    await push('o-push-resident', 'subscribe_msg_change_event', [{ TemplateId: 'BmStaffCaseAlert-0001', SubscribeStatusString: 'accept' }]);
    expect(await take('BmStaffCaseAlert-0001')).toBe(true);
  });

  it('records how a sent message ended, by WeChat’s message id', async () => {
    const delivered = await inFlight('wechat', { providerId: '1700000000001' });
    const refused = await inFlight('wechat', { providerId: '1700000000002' });
    await push('o-someone', 'subscribe_msg_sent_event', [
      { TemplateId: 'BmCaseProgress-0001', MsgID: '1700000000001', ErrorCode: '0', ErrorStatus: 'success' },
      { TemplateId: 'BmCaseProgress-0001', MsgID: '1700000000002', ErrorCode: '10001', ErrorStatus: 'fail:user refuse to accept the msg' },
    ]);
    expect(await statusOf(delivered.id)).toMatchObject({ status: 'delivered' });
    expect(await statusOf(refused.id)).toMatchObject({ status: 'permanent-failure', code: '10001' });
  });

  it('refuses a push signed with another token', async () => {
    const forged = new URLSearchParams({ signature: wechatPushSignature('guess', '1', 'n'), timestamp: '1', nonce: 'n' }).toString();
    const res = await push('o-push-resident', 'subscribe_msg_change_event', { TemplateId: 'x', SubscribeStatusString: 'reject' }, forged);
    expect(res.status).toBe(403);
  });
});
