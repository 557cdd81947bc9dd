// 通知投递 for administrators and supervisors: how every notification of a case went out, the
// failures grouped by provider code, and a failed delivery sent again — recorded in the audit log.
// Window staff and residents see none of it (404).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delivery, DeliveryFailures, DeliveryList, ErrorBody } from '@bianmin/shared';
import { AuditEntity } from '../../platform/entities';
import { DeliveryEntity } from './deliveries-entity';
import { closeIfStarted, type TestApp } from '../../testing/harness';
import { type NotifyApp, reachableResident, record, startNotifyApp, subjectFor } from '../../testing/notification-fixture';

let env: NotifyApp;
let app: TestApp;
let admin: string;
let supervisor: string;
let window: string;
let resident: string;
let number = '';
let eventId = 0;

beforeAll(async () => {
  env = await startNotifyApp();
  app = env.app;
  admin = (await app.signInStaff('deliveries-admin', [{ role: 'admin', scopeType: 'district', scopeCode: null }])).accessToken;
  const sup = await app.signInStaff('deliveries-supervisor', [{ role: 'supervisor', scopeType: 'district', scopeCode: null }]);
  supervisor = sup.accessToken;
  window = (await app.signInStaff('deliveries-window', [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }]))
    .accessToken;
  // A resident with one subscription and no phone: WeChat refuses (43101), and no SMS can follow.
  const r = await reachableResident(app, 'admin-view', { credits: 1, phone: false });
  resident = r.accessToken;
  const subject = await subjectFor(app, r.id, { handlerId: sup.userId, supervisorId: sup.userId });
  number = subject.number;
  eventId = await record(app, 'case.accepted', subject);
  app.wechat.failNext('subscribe_send', 43101);
  await app.services.notifications.worker().runOnce();
}, 60_000);
afterAll(() => closeIfStarted(env));

const list = (token: string, query = `caseNumber=${number}`) =>
  app.get<DeliveryList | ErrorBody>(`/api/v1/staff/notifications/deliveries?${query}`, token);

describe('GET /api/v1/staff/notifications/deliveries', () => {
  it('shows an administrator every delivery of a case with its state and provider code', async () => {
    const res = await list(admin);
    expect(res.status).toBe(200);
    const items = (res.body as DeliveryList).items;
    expect(items.map((d) => [d.channel, d.status, d.code])).toEqual([
      ['inbox', 'delivered', null],
      ['wechat', 'permanent-failure', '43101'],
    ]);
    expect(items[1]).toMatchObject({
      eventType: 'case.accepted',
      subject: { kind: 'case', id: number },
      recipientRole: 'resident',
      attempts: 1,
    });
  });

  it('shows a supervisor too, and hides it from window staff and residents', async () => {
    expect((await list(supervisor)).status).toBe(200);
    expect((await list(window)).status).toBe(404);
    expect((await list(resident)).status).toBe(404);
  });

  it('asks for exactly one of a case number and an appointment id', async () => {
    const res = await list(admin, '');
    expect(res.status).toBe(400);
    expect((res.body as ErrorBody).code).toBe('VALIDATION_FAILED');
  });
});

describe('GET /api/v1/staff/notifications/failures', () => {
  it('groups failures by channel, state and provider code', async () => {
    const res = await app.get<DeliveryFailures>('/api/v1/staff/notifications/failures?days=1', admin);
    expect(res.status).toBe(200);
    expect(res.body.groups).toContainEqual(
      expect.objectContaining({ channel: 'wechat', status: 'permanent-failure', code: '43101', count: 1 }),
    );
  });
});

describe('POST /api/v1/staff/notifications/deliveries/:id/resend', () => {
  it('sends a failed delivery again under its dedupe key, and records who asked', async () => {
    const failed = await app.dataSource.getRepository(DeliveryEntity).findOneByOrFail({ eventId, channel: 'wechat' });
    expect((await app.send(`/api/v1/staff/notifications/deliveries/${failed.id}/resend`, {}, { token: window })).status).toBe(404);
    // The resident subscribed again meanwhile.
    await app.send('/api/v1/notifications/subscriptions', { accepted: [failed.message.wechat?.templateId] }, { token: resident });
    const res = await app.send<Delivery>(`/api/v1/staff/notifications/deliveries/${failed.id}/resend`, {}, { token: admin });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: failed.id, status: 'created', code: null });
    const again = await app.send<ErrorBody>(`/api/v1/staff/notifications/deliveries/${failed.id}/resend`, {}, { token: admin });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DELIVERY_NOT_FAILED');
    await app.services.notifications.worker().runOnce();
    expect(await app.dataSource.getRepository(DeliveryEntity).findOneByOrFail({ id: failed.id })).toMatchObject({
      status: 'delivered',
      attempts: 2,
      dedupeKey: failed.dedupeKey,
    });
    expect(await app.dataSource.getRepository(AuditEntity).countBy({ action: 'notification.resend', targetId: failed.id })).toBe(1);
  });
});
