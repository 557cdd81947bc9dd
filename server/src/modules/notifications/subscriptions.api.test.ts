// WeChat subscription credits and the SMS switch, as the resident uses them: each "accept" in the
// mini-app lets one message through, a long-term template needs none, a refusal takes what is
// left, and switching SMS off silences all but legal notices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Me, NotificationPreferences, SubscribeTemplates, SubscriptionList } from '@bianmin/shared';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';
import { CreditsChanged, smsAllowed, takeCredit, takeCredits } from './subscriptions';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => closeIfStarted(app));

const PROGRESS = 'BmCaseProgress-0001';
const RESULT = 'BmCaseResult-0001';
const STAFF_ALERT = 'BmStaffCaseAlert-0001'; // long-term
const take = (userId: string, templateId: string) => app.services.platform.tx.run((em) => takeCredit(em, userId, templateId));

async function resident(openid: string) {
  const { accessToken } = await app.signInResident(openid);
  const me = (await app.get<Me>('/api/v1/me', accessToken)).body;
  return { token: accessToken, userId: me.id };
}
const report = (token: string, body: { accepted: string[]; rejected?: string[] }) =>
  app.send<SubscriptionList & ErrorBody>('/api/v1/notifications/subscriptions', body, { token });

describe('POST /notifications/subscriptions', () => {
  it('gives one send per accept: two accepts, two messages, then none', async () => {
    const r = await resident('sub-twice');
    const templates = (await app.get<SubscribeTemplates>('/api/v1/notifications/subscribe-templates')).body;
    expect(templates.submitted).toContain(PROGRESS);
    await report(r.token, { accepted: [PROGRESS, RESULT] });
    const second = await report(r.token, { accepted: [PROGRESS] });
    expect(second.status).toBe(200);
    expect(second.body.subscriptions).toEqual([{ templateId: PROGRESS, credits: 2, longTerm: false }]);
    expect([await take(r.userId, PROGRESS), await take(r.userId, PROGRESS), await take(r.userId, PROGRESS)]).toEqual([true, true, false]);
    expect(await take(r.userId, RESULT)).toBe(true);
    expect(await take(r.userId, 'BmCaseCorrection-0001')).toBe(false); // never accepted
  });

  it('lets two workers racing for the last credit send one message', async () => {
    const r = await resident('sub-race');
    await report(r.token, { accepted: [PROGRESS] });
    const results = await Promise.all([take(r.userId, PROGRESS), take(r.userId, PROGRESS), take(r.userId, PROGRESS)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('drops what is left when the resident refuses a template, until they accept it again', async () => {
    const r = await resident('sub-refuse');
    await report(r.token, { accepted: [PROGRESS, PROGRESS] });
    await report(r.token, { accepted: [PROGRESS] });
    const refused = await report(r.token, { accepted: [], rejected: [PROGRESS] });
    expect(refused.body.subscriptions).toEqual([{ templateId: PROGRESS, credits: 0, longTerm: false }]);
    expect(await take(r.userId, PROGRESS)).toBe(false);
    await report(r.token, { accepted: [PROGRESS] });
    expect(await take(r.userId, PROGRESS)).toBe(true);
  });

  it('takes a group’s credits at once: what each resident has, never more, and long-term ones free', async () => {
    const [a, b, c] = [await resident('sub-group-a'), await resident('sub-group-b'), await resident('sub-group-c')];
    await report(a.token, { accepted: [PROGRESS] });
    await report(b.token, { accepted: [PROGRESS] });
    await report(b.token, { accepted: [PROGRESS] });
    const wants = [a, a, b, b, c, c].map((r, i) => ({ userId: r.userId, templateId: i === 5 ? STAFF_ALERT : PROGRESS }));
    const granted = await app.services.platform.tx.run((em) => takeCredits(em, wants));
    expect(granted).toEqual([true, false, true, true, false, true]);
    expect([await take(a.userId, PROGRESS), await take(b.userId, PROGRESS)]).toEqual([false, false]);
  });

  it('lets two workers taking groups at once spend each credit once (the loser retries event by event)', async () => {
    const rs = [await resident('sub-groups-x'), await resident('sub-groups-y')];
    for (const r of rs) await report(r.token, { accepted: [PROGRESS] });
    const wants = rs.map((r) => ({ userId: r.userId, templateId: PROGRESS }));
    const runs = await Promise.allSettled([0, 1].map(() => app.services.platform.tx.run((em) => takeCredits(em, wants))));
    const spent = runs.flatMap((r) => (r.status === 'fulfilled' ? r.value.filter(Boolean) : []));
    expect(spent).toHaveLength(2);
    for (const r of runs) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(CreditsChanged);
    for (const r of rs) expect(await take(r.userId, PROGRESS)).toBe(false);
  });

  it('needs no credit for a long-term template', async () => {
    const r = await resident('sub-long');
    expect(await take(r.userId, STAFF_ALERT)).toBe(true);
    expect(await take(r.userId, STAFF_ALERT)).toBe(true);
    const res = await report(r.token, { accepted: [STAFF_ALERT] });
    expect(res.body.subscriptions).toEqual([{ templateId: STAFF_ALERT, credits: 1, longTerm: true }]);
  });

  it('refuses template ids this service does not use, in Chinese, and counts nothing', async () => {
    const r = await resident('sub-unknown');
    const res = await report(r.token, { accepted: [PROGRESS, 'SomeoneElsesTemplate'] });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.fieldErrors?.accepted?.[0]).toContain('SomeoneElsesTemplate');
    expect(await take(r.userId, PROGRESS)).toBe(false);
    expect((await report(r.token, { accepted: ['bad id!'] })).status).toBe(400);
  });
});

describe('短信通知 switch', () => {
  it('is on until the resident switches it off; legal notices still go out', async () => {
    const r = await resident('sms-switch');
    const path = '/api/v1/me/notification-preferences';
    expect((await app.get<NotificationPreferences>(path, r.token)).body).toEqual({ smsOptOut: false });
    const allowed = (essential: boolean) => app.services.platform.tx.run((em) => smsAllowed(em, r.userId, essential));
    expect(await allowed(false)).toBe(true);
    const off = await app.send<NotificationPreferences>(path, { smsOptOut: true }, { token: r.token, method: 'PUT' });
    expect(off).toMatchObject({ status: 200, body: { smsOptOut: true } });
    expect((await app.get<NotificationPreferences>(path, r.token)).body).toEqual({ smsOptOut: true });
    expect(await allowed(false)).toBe(false);
    expect(await allowed(true)).toBe(true);
    await app.send(path, { smsOptOut: false }, { token: r.token, method: 'PUT' });
    expect(await allowed(false)).toBe(true);
    expect((await app.send<ErrorBody>(path, { smsOptOut: 'no' }, { token: r.token, method: 'PUT' })).status).toBe(400);
  });
});
