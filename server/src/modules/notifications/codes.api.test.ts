// The query code (case submitted) and the pickup code (result ready for pickup) reach the applicant:
// by SMS — WeChat's templates have no key for them — and in their own inbox. Nowhere else: the
// delivery rows and inbox rows keep them sealed, staff hear of the case without them, and the
// delivery status staff look at never shows them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, DeliveryList, MessageList } from '@bianmin/shared';
import { closeIfStarted, type TestApp } from '../../testing/harness';
import { photoWithGps, shopApplication, submit, uploadFile } from '../../testing/cases-fixture';
import { type NotifyApp, reachableResident, type Reachable, startNotifyApp } from '../../testing/notification-fixture';

let env: NotifyApp;
let app: TestApp;
let admin: string;
let window: string;
let reviewer: { accessToken: string; userId: string };
beforeAll(async () => {
  env = await startNotifyApp();
  app = env.app;
  admin = (await app.signInStaff('codes-admin', [{ role: 'admin', scopeType: 'district', scopeCode: null }])).accessToken;
  window = (await app.signInStaff('codes-window', [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }])).accessToken;
  reviewer = await app.signInStaff('codes-reviewer', [{ role: 'reviewer', scopeType: 'department', scopeCode: 'xzsp' }]);
  await app.signInStaff('codes-supervisor', [{ role: 'supervisor', scopeType: 'department', scopeCode: 'xzsp' }]);
}, 60_000);
afterAll(() => closeIfStarted(env));

async function drain() {
  const w = app.services.notifications.worker();
  while (await w.runOnce()) {
    /* until nothing is left */
  }
}
async function apply(r: Reachable): Promise<{ number: string; queryCode: string }> {
  const photo = (await uploadFile(app, r.accessToken, await photoWithGps(), 'a.jpg')).body.id;
  const res = await submit(app, r.accessToken, shopApplication([photo]), crypto.randomUUID());
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return { number: res.body.case.number, queryCode: res.body.queryCode };
}
const act = async (token: string, number: string, step: string, body: unknown = {}) => {
  const res = await app.send(`/api/v1/staff/cases/${number}/${step}`, body, { token });
  if (res.status !== 200) throw new Error(`${step}: ${JSON.stringify(res.body)}`);
};
const smsTo = (r: Reachable, templateCode: string) =>
  env.sms.messages.filter((m) => m.phoneNumber === r.phone && m.templateCode === templateCode).map((m) => m.params);
/** Everything stored about the case's messages, for everyone, as the database holds it. */
async function storedText(number: string): Promise<string> {
  const deliveries = await app.dataSource.query<{ message: string }[]>('SELECT message FROM notification_delivery WHERE subject_id = ?', [
    number,
  ]);
  const inbox = await app.dataSource.query<{ title: string; body: string }[]>('SELECT title, body FROM notification WHERE link_id = ?', [
    number,
  ]);
  expect(deliveries.length).toBeGreaterThan(0);
  expect(inbox.length).toBeGreaterThan(0);
  // The case number's digits could hold a six-digit code by chance: left out of the search.
  return JSON.stringify([deliveries, inbox]).replaceAll(number, '#');
}
const inboxBody = async (r: Reachable, number: string) =>
  (await app.get<MessageList>('/api/v1/me/messages', r.accessToken)).body.items.filter((m) => m.link?.id === number).map((m) => m.body);

describe('the query code of a submitted case', () => {
  it('reaches a resident WeChat cannot reach by SMS, is stored sealed, and shows in their own inbox only', async () => {
    const r = await reachableResident(app, 'codes-sms', { credits: 0 });
    const { number, queryCode } = await apply(r);
    await drain();

    expect(smsTo(r, 'SMS_500000007')).toEqual([{ number, item: '个体工商户设立登记', code: queryCode }]);
    const stored = await storedText(number);
    expect(stored).not.toContain(queryCode);
    expect(stored).toContain('{queryCode}');

    const [body] = await inboxBody(r, number);
    expect(body).toContain(`查询码 ${queryCode}`);
    const message = (await app.get<MessageList>('/api/v1/me/messages', r.accessToken)).body.items.find((m) => m.link?.id === number);
    const read = await app.send<{ body: string }>(`/api/v1/me/messages/${message?.id ?? ''}/read`, {}, { token: r.accessToken });
    expect(read.body.body).toContain(queryCode);

    const other = await reachableResident(app, 'codes-other', { credits: 0 });
    expect((await app.send(`/api/v1/me/messages/${message?.id ?? ''}/read`, {}, { token: other.accessToken })).status).toBe(404);
    const status = await app.get<DeliveryList>(`/api/v1/staff/notifications/deliveries?caseNumber=${number}`, admin);
    expect(status.body.items.map((d) => d.channel)).toContain('sms');
    expect(JSON.stringify(status.body)).not.toContain(queryCode);
  });

  it('leaves WeChat without it (no key to carry it): WeChat tells of the submission, the inbox holds the code', async () => {
    const r = await reachableResident(app, 'codes-wechat', { credits: 1 });
    const { number, queryCode } = await apply(r);
    await drain();
    const wechat = app.wechat.sentMessages.filter((m) => m.touser === r.openid);
    expect(wechat.map((m) => m.data.character_string1?.value)).toEqual([number]);
    expect(JSON.stringify(wechat)).not.toContain(queryCode);
    expect(JSON.stringify(wechat)).not.toMatch(/\{(queryCode|pickupCode)\}/);
    expect(smsTo(r, 'SMS_500000007')).toEqual([]);
    expect((await inboxBody(r, number))[0]).toContain(`查询码 ${queryCode}`);
  });
});

describe('the pickup code of a result ready for collection', () => {
  it('reaches the applicant by SMS and in the inbox, the same code the case page shows; staff never see it', async () => {
    const r = await reachableResident(app, 'codes-pickup', { credits: 0 });
    const { number } = await apply(r);
    await act(window, number, 'accept');
    await act(reviewer.accessToken, number, 'assign', { handlerId: reviewer.userId });
    await act(reviewer.accessToken, number, 'decide', {
      result: 'deny',
      reason: '经营场所属于禁止经营区域',
      basis: '《促进个体工商户发展条例》',
    });
    await act(window, number, 'dispatch', { method: 'pickup' });
    await drain();

    const pickupCode = (await app.get<Case>(`/api/v1/cases/${number}`, r.accessToken)).body.delivery.pickupCode ?? '';
    expect(pickupCode).toMatch(/^\d{6}$/);
    expect(smsTo(r, 'SMS_500000008')).toEqual([{ number, item: '个体工商户设立登记', code: pickupCode }]);
    const stored = await storedText(number);
    expect(stored).not.toContain(pickupCode);
    expect(stored).toContain('{pickupCode}');
    expect(await inboxBody(r, number)).toContainEqual(expect.stringContaining(`取件码 ${pickupCode}`));

    // The handler and the supervisor heard of this case (new case, assignment) with no code at all.
    const staffInbox = await app.dataSource.query<{ body: string }[]>('SELECT body FROM notification WHERE link_id = ? AND user_id <> ?', [
      number,
      r.id,
    ]);
    expect(staffInbox.length).toBeGreaterThan(0);
    expect(JSON.stringify(staffInbox)).not.toMatch(/\{(queryCode|pickupCode)\}|查询码|取件码 /);
    const status = await app.get<DeliveryList>(`/api/v1/staff/notifications/deliveries?caseNumber=${number}`, admin);
    expect(JSON.stringify(status.body).replaceAll(number, '#')).not.toContain(pickupCode);
  });
});
