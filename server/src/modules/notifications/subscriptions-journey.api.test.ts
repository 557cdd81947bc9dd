// The resident's choices, through the whole engine: an accepted template carries one message on
// WeChat; without one the message goes by SMS and the provider's delivery report comes back to us;
// with SMS switched off only legal notices (补正) still come by SMS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubscribeTemplates } from '@bianmin/shared';
import { bookableItemCode, bookSlot, futureSlot, HALL, openSchedule, putSchedule, windowClerk } from '../../testing/appointments-fixture';
import { closeIfStarted, type TestApp } from '../../testing/harness';
import type { NotifyAppWithStaff } from '../../testing/notification-fixture';
import { deliveriesOf, reachableResident, record, startNotifyAppWithStaff, subjectFor } from '../../testing/notification-fixture';

let env: NotifyAppWithStaff;
let app: TestApp;
beforeAll(async () => {
  env = await startNotifyAppWithStaff('journey');
  app = env.app;
}, 60_000);
afterAll(() => closeIfStarted(env));

async function drain() {
  const w = app.services.notifications.worker();
  while (await w.runOnce()) {
    /* until nothing is left */
  }
}
const residentRows = async (eventId: number) => (await deliveriesOf(app, eventId)).filter((d) => d.role === 'resident');

describe('a resident’s subscriptions and SMS switch', () => {
  it('one accept carries one WeChat message; the next goes by SMS, and its delivery report marks it delivered', async () => {
    const r = await reachableResident(app, 'journey-once');
    await app.send('/api/v1/notifications/subscriptions', { accepted: ['BmCaseProgress-0001'] }, { token: r.accessToken });
    const subject = await subjectFor(app, r.id, env.staff);

    const accepted = await record(app, 'case.accepted', subject);
    await drain();
    expect((await residentRows(accepted)).map((d) => `${d.channel}:${d.status}`).sort()).toEqual(['inbox:delivered', 'wechat:delivered']);
    expect(app.wechat.sentMessages.filter((m) => m.touser === r.openid).map((m) => m.data.character_string1?.value)).toEqual([
      subject.number,
    ]);

    const extended = await record(app, 'case.extended', subject); // same template: no credit left
    await drain();
    const sms = (await residentRows(extended)).find((d) => d.channel === 'sms');
    expect(sms?.status).toBe('sending');
    expect(env.sms.messages.filter((m) => m.phoneNumber === r.phone).map((m) => m.outId)).toEqual([sms?.dedupeKey]);
    // The notify app's own fake SMS service pushes its reports to this app (once the send is recorded).
    env.sms.setReceiptUrl(`${app.baseUrl}/api/v1/notifications/receipts/sms`);
    await env.sms.flushReceipts();
    env.sms.setReceiptUrl(null);
    expect((await residentRows(extended)).find((d) => d.channel === 'sms')).toMatchObject({ status: 'delivered', code: 'DELIVERED' });
  });

  it('with SMS switched off, a reminder WeChat cannot carry stays in the inbox, and a 补正 notice still comes by SMS', async () => {
    const r = await reachableResident(app, 'journey-quiet');
    await app.send('/api/v1/me/notification-preferences', { smsOptOut: true }, { token: r.accessToken, method: 'PUT' });
    const subject = await subjectFor(app, r.id, env.staff);
    const reminder = await record(app, 'appointment.reminder', subject);
    const correction = await record(app, 'case.correction_requested', subject);
    await drain();
    // WeChat had no subscription to use; SMS would have been next, but the resident switched it off.
    expect((await residentRows(reminder)).map((d) => `${d.channel}:${d.status}`).sort()).toEqual([
      'inbox:delivered',
      'wechat:permanent-failure',
    ]);
    expect((await residentRows(correction)).map((d) => `${d.channel}:${d.status}`).sort()).toEqual([
      'inbox:delivered',
      'sms:sending', // handed to the provider; its report is not flushed here
      'wechat:permanent-failure',
    ]);
    expect(env.sms.messages.filter((m) => m.phoneNumber === r.phone).map((m) => m.templateCode)).toEqual(['SMS_500000004']);
  });

  // The ticket page offers "预约确认、变动和前一天的提醒，通过微信通知我" right after booking: the
  // accept that follows is for that news, not for the 待确认 / 预约成功 the resident is looking at.
  async function bookThenAccept(label: string, itemName: string) {
    const item = await bookableItemCode(app, itemName);
    const r = await reachableResident(app, label);
    const booked = await bookSlot(app, r.accessToken, { slotId: (await futureSlot(app, item)).id, itemCode: item });
    if (booked.status !== 201) throw new Error(`booking failed: ${JSON.stringify(booked.body)}`);
    const templates = (await app.get<SubscribeTemplates>('/api/v1/notifications/subscribe-templates')).body;
    await app.send('/api/v1/notifications/subscriptions', { accepted: templates.booked }, { token: r.accessToken });
    await drain();
    return { r, appointment: booked.body };
  }
  const wechatPhrases = (openid: string) =>
    app.wechat.sentMessages.filter((m) => m.touser === openid).map((m) => m.data.phrase4?.value ?? '');

  it('an accept given on the ticket page of a booking that needs a clerk carries the confirmation, not the 待确认 just seen', async () => {
    await putSchedule(app, openSchedule(await bookableItemCode(app, '结婚登记'), { requiresConfirmation: true }));
    const { r, appointment } = await bookThenAccept('journey-pending', '结婚登记');
    expect(appointment.status).toBe('pending');
    const clerk = await windowClerk(app, 'journey-clerk');
    expect((await app.send(`/api/v1/staff/appointments/${appointment.id}/confirm`, {}, { token: clerk })).status).toBe(200);
    await drain();
    expect(wechatPhrases(r.openid)).toEqual(['已确认']);
  });

  it('an accept given right after booking carries the office’s later cancellation, not the 预约成功 just seen', async () => {
    await putSchedule(app, openSchedule(await bookableItemCode(app, '居住证办理')));
    const { r, appointment } = await bookThenAccept('journey-booked', '居住证办理');
    expect(appointment.status).toBe('booked');
    // The office closes the hall that day: the appointment is cancelled with the reason.
    const closed = await app.services.appointments.calendar.addClosure(
      'test-admin',
      { hallCode: HALL, date: appointment.date, reason: '大厅设备检修' },
      null,
    );
    expect(closed).toBeGreaterThan(0);
    await drain();
    expect(wechatPhrases(r.openid)).toEqual(['已取消']);
  });
});
