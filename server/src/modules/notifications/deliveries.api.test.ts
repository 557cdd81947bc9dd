// Every event reaches its recipients through the first channel of its order that can reach them —
// WeChat with a subscription credit, else SMS — and always the inbox; a refused WeChat message
// (43101) or a used-up subscription goes out by SMS instead; a busy provider is retried with
// backoff until it takes the message, and past the retry period the next channel takes over.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeIfStarted, type TestApp } from '../../testing/harness';
import { SAMPLE_EVENT_TYPES, type SampleSubject } from '../../testing/notification-events';
import type { NotifyAppWithStaff } from '../../testing/notification-fixture';
import {
  channelRow,
  deliveriesOf,
  reachableResident,
  record,
  startNotifyAppWithStaff,
  subjectFor,
} from '../../testing/notification-fixture';
import { markDeliveryReceipt } from './deliveries-outcomes';

let env: NotifyAppWithStaff;
let app: TestApp;
beforeAll(async () => {
  env = await startNotifyAppWithStaff('notify');
  app = env.app;
}, 60_000);
afterAll(() => closeIfStarted(env));

const worker = (o: Parameters<TestApp['services']['notifications']['worker']>[0] = {}) => app.services.notifications.worker(o);
const sentTo = (openid: string) => app.wechat.sentMessages.filter((m) => m.touser === openid);
const smsTo = (phone: string) => env.sms.messages.filter((m) => m.phoneNumber === phone);

describe('the delivery engine', () => {
  it('delivers every event type: the inbox always, and the first channel of its order that reaches the recipient', async () => {
    const r = await reachableResident(app, 'every-type', { credits: 40 });
    const subject = await subjectFor(app, r.id, env.staff);
    const events = new Map<string, number>();
    for (const type of SAMPLE_EVENT_TYPES(subject)) events.set(type, await record(app, type, subject));
    const w = worker();
    while (await w.runOnce()) {
      /* until nothing is left to do */
    }
    const problems: string[] = [];
    for (const [type, eventId] of events) {
      const rows = await deliveriesOf(app, eventId);
      if (!rows.some((d) => d.channel === 'inbox' && d.status === 'delivered')) problems.push(`${type}: no inbox message`);
      for (const d of rows.filter((x) => x.channel !== 'inbox')) {
        const first = d.message.order.find((c) => c !== 'inbox');
        if (d.channel !== first) problems.push(`${type}: ${d.channel} tried before ${String(first)}`);
        if (d.status !== 'delivered' && d.status !== 'sending') problems.push(`${type}: ${d.channel} ${d.status} ${String(d.code)}`);
        const seen =
          d.channel === 'wechat'
            ? sentTo(r.openid).some(
                (m) => m.template_id === d.message.wechat?.templateId && JSON.stringify(m.data) === JSON.stringify(d.message.wechat.data),
              )
            : smsTo(r.phone).some((m) => m.outId === d.dedupeKey);
        if (!seen) problems.push(`${type}: the provider never saw the ${d.channel} message`);
      }
      const resident = rows.filter((d) => d.userId === r.id);
      const staffRows = rows.filter((d) => d.role === 'staff');
      if (!resident.length && !staffRows.length) problems.push(`${type}: nobody was told`);
    }
    expect(problems).toEqual([]);
    // Staff alerts reach the handler and the supervisor.
    const overdue = await deliveriesOf(app, events.get('case.overdue') ?? 0);
    expect(new Set(overdue.filter((d) => d.channel === 'inbox').map((d) => d.userId))).toEqual(
      new Set([env.staff.handlerId, env.staff.supervisorId]),
    );
  });

  it('falls back to SMS when WeChat refuses the message (43101)', async () => {
    const r = await reachableResident(app, 'refused', { credits: 1 });
    const eventId = await record(app, 'case.accepted', await subjectFor(app, r.id, env.staff));
    app.wechat.failNext('subscribe_send', 43101);
    await worker().runOnce();
    expect(await channelRow(app, eventId, 'wechat')).toMatchObject({ status: 'permanent-failure', code: '43101', attempts: 1 });
    await worker().runOnce();
    const sms = await channelRow(app, eventId, 'sms');
    expect(sms).toMatchObject({ status: 'sending' });
    expect(smsTo(r.phone).map((m) => m.outId)).toEqual([sms?.dedupeKey]);
    expect(sms?.providerId).toBe(smsTo(r.phone)[0]?.bizId);
    expect(sentTo(r.openid)).toEqual([]);
  });

  it('falls back to SMS without calling WeChat when the resident has no subscription left', async () => {
    const r = await reachableResident(app, 'no-credit', { credits: 0 });
    const before = app.wechat.calls.subscribe_send;
    const eventId = await record(app, 'case.accepted', await subjectFor(app, r.id, env.staff));
    await worker().runOnce();
    await worker().runOnce();
    expect(await channelRow(app, eventId, 'wechat')).toMatchObject({ status: 'permanent-failure', code: 'no-credit' });
    expect(await channelRow(app, eventId, 'sms')).toMatchObject({ status: 'sending' });
    expect(app.wechat.calls.subscribe_send).toBe(before);
  });

  it('retries a busy WeChat with growing waits, using one subscription credit, until it takes the message', async () => {
    const r = await reachableResident(app, 'busy', { credits: 1 });
    const eventId = await record(app, 'case.accepted', await subjectFor(app, r.id, env.staff));
    app.wechat.failNext('subscribe_send', -1, 2);
    const w = worker({ retryBaseMs: 10_000 });
    let now = new Date();
    await w.runOnce(now);
    const first = await channelRow(app, eventId, 'wechat');
    expect(first).toMatchObject({ status: 'temporary-failure', code: '-1', attempts: 1, creditTaken: true });
    const firstWait = (first?.nextAttemptAt?.getTime() ?? 0) - now.getTime();
    expect(firstWait).toBeGreaterThanOrEqual(4_000); // half to all of 10 s, stored to the second
    expect(await w.sendDue(now)).toEqual([]); // not due yet
    now = new Date((first?.nextAttemptAt?.getTime() ?? 0) + 1_000);
    await w.sendDue(now);
    const second = await channelRow(app, eventId, 'wechat');
    expect(second).toMatchObject({ status: 'temporary-failure', attempts: 2 });
    expect((second?.nextAttemptAt?.getTime() ?? 0) - now.getTime()).toBeGreaterThanOrEqual(9_000); // 10–20 s
    await w.sendDue(new Date((second?.nextAttemptAt?.getTime() ?? 0) + 1_000));
    expect(await channelRow(app, eventId, 'wechat')).toMatchObject({
      status: 'delivered',
      attempts: 3,
      code: null,
      providerId: expect.stringMatching(/^\d+$/),
    });
    expect(sentTo(r.openid)).toHaveLength(1);
    expect(await channelRow(app, eventId, 'sms')).toBeUndefined();
  });

  it('hands a message still failing at the end of the retry period to SMS', async () => {
    const r = await reachableResident(app, 'busy-long', { credits: 1 });
    const eventId = await record(app, 'case.accepted', await subjectFor(app, r.id, env.staff));
    app.wechat.failNext('subscribe_send', 45009);
    await worker({ retryForMs: 0 }).runOnce();
    expect(await channelRow(app, eventId, 'wechat')).toMatchObject({ status: 'temporary-failure', code: '45009', nextAttemptAt: null });
    await worker().runOnce();
    expect(smsTo(r.phone)).toHaveLength(1);
  });
});

describe('markDeliveryReceipt', () => {
  async function smsSent(label: string): Promise<{ eventId: number; key: string; subject: SampleSubject }> {
    const r = await reachableResident(app, label, { credits: 0 });
    const subject = await subjectFor(app, r.id, env.staff);
    const eventId = await record(app, 'case.accepted', subject);
    await worker().runOnce();
    await worker().runOnce();
    const sms = await channelRow(app, eventId, 'sms');
    return { eventId, key: sms?.dedupeKey ?? '', subject };
  }

  it('marks an SMS delivered when its report arrives, once', async () => {
    const { eventId, key } = await smsSent('receipt-ok');
    const receipt = { channel: 'sms', dedupeKey: key, delivered: true, code: 'DELIVRD' } as const;
    expect(await app.services.platform.tx.run((em) => markDeliveryReceipt(em, receipt))).toBe(true);
    expect(await channelRow(app, eventId, 'sms')).toMatchObject({ status: 'delivered', code: 'DELIVRD' });
    expect(await app.services.platform.tx.run((em) => markDeliveryReceipt(em, receipt))).toBe(false);
  });

  it('records an undelivered SMS as a permanent failure with the provider code, found by its message id', async () => {
    const { eventId } = await smsSent('receipt-bad');
    const providerId = (await channelRow(app, eventId, 'sms'))?.providerId ?? '';
    const receipt = { channel: 'sms', providerId, delivered: false, code: 'MN:0001' } as const;
    expect(await app.services.platform.tx.run((em) => markDeliveryReceipt(em, receipt))).toBe(true);
    expect(await channelRow(app, eventId, 'sms')).toMatchObject({ status: 'permanent-failure', code: 'MN:0001' });
    // The inbox still has it: nothing is lost when every outside channel fails.
    expect(await channelRow(app, eventId, 'inbox')).toMatchObject({ status: 'delivered' });
  });
});
