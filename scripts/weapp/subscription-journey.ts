// Issue 11's journey on the real weapp build, under the stand-in runtime (WeChat's subscription dialog
// exists only inside WeChat, so no browser can run it). A resident signs in with 微信一键登录, books
// 结婚登记 — the demo item a window clerk confirms — by tapping 提交预约, taps 接收微信通知 on the
// ticket and answers 允许. The clerk confirms; the fake WeChat server receives exactly one
// subscribeMessage.send with 预约状态通知's data, and 我的 → 消息中心 shows the message. A second
// resident answers 取消: the confirmation reaches the inbox, and WeChat gets nothing.
import { strict as assert } from 'node:assert';
import type { FakeWechat } from '@bianmin/fakes/wechat';
import { appointmentRoutes } from '@bianmin/shared/appointments/appointment.routes';
import { guideRoutes } from '@bianmin/shared/guides/guide.routes';
import { identityRoutes } from '@bianmin/shared/identity/identity.routes';
import { checkDigitOf } from '@bianmin/shared/identity/national-id';
import { REAL_NAME_CONSENT } from '@bianmin/shared/identity/real-name-consent';
import { deliveryAdminRoutes } from '@bianmin/shared/notifications/delivery-admin.routes';
import { messageRoutes } from '@bianmin/shared/notifications/message.routes';
import { apiClient } from '../lib/api-client';
import { STAFF, staffToken } from '../e2e/staff-helpers';
import { createGestures, shows } from './gestures';
import { catchErrors, close, launchApp, type MountedPage, tick, visit } from './pages';
import { createStandIn, type StandIn } from './stand-in';
import { parseUrl } from './stand-in-user';

/** seed/demo-schedules.ts: at the district hall, and a window clerk confirms each booking. */
const ITEM = '结婚登记';
const HALL = 'cy-district';
/** templates/providers.ts: 预约状态通知, the template 'appointment.confirmed' is sent with. */
const STATUS_TEMPLATE = 'BmAppointmentStatus-0001';
const MINE = 'pages/mine/index';
const CONFIRM = 'features/appointments/pages/confirm/index';

export interface JourneyStep {
  name: string;
  ok: boolean;
  problem: string | null;
}
interface Server {
  baseUrl: string;
  wechat: FakeWechat;
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await tick(200);
  }
}
const see = (p: MountedPage, text: string) => until(`“${text}” on ${p.route}`, () => shows(p, text) || undefined);

/** `2025-03-04 09:00` as WeChat's time value shows it (shared wechat-values.ts). */
const wechatTime = (date: string, start: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日 ${start}`;
};
const idNumber = (seed: number) => {
  const first17 = `3702141990${String(seed).padStart(2, '0')}01234`;
  return first17 + checkDigitOf(first17);
};

/** The first bookable 结婚登记 slot at the district hall, as the booking pages would offer it. */
async function openSlot(baseUrl: string) {
  const call = apiClient(baseUrl);
  const item = (await call(guideRoutes.search, { query: { q: ITEM } })).items.find((g) => g.name === ITEM);
  assert.ok(item, `the demo catalogue has ${ITEM}`);
  const hall = (await call(appointmentRoutes.options, { query: { item: item.code } })).halls.find((h) => h.hall.code === HALL);
  assert.ok(hall?.requiresConfirmation, `${ITEM} at ${HALL} needs the window's confirmation`);
  const days = await call(appointmentRoutes.availability, { query: { item: item.code, hall: HALL } });
  for (const day of days.days.filter((d) => d.open && d.free > 0)) {
    const slot = (await call(appointmentRoutes.slots, { query: { item: item.code, hall: HALL, date: day.date } })).slots.find(
      (x) => x.bookable,
    );
    if (slot) return { item, hallName: hall.hall.name, date: day.date, slot };
  }
  throw new Error(`no bookable ${ITEM} slot at ${HALL}`);
}

export async function subscriptionJourney(dist: string, server: Server): Promise<JourneyStep[]> {
  const steps: JourneyStep[] = [];
  const supervisor = apiClient(server.baseUrl, await staffToken(server.baseUrl, STAFF.supervisor));
  const clerk = apiClient(server.baseUrl, await staffToken(server.baseUrl, STAFF.window));
  const caught = catchErrors();
  /** One step: passes when its checks hold and the app logged no error meanwhile. */
  const step = async (name: string, run: () => Promise<void>) => {
    caught.errors.length = 0;
    try {
      await run();
      const [error] = caught.errors;
      if (error) throw new Error(error.split('\n').slice(0, 3).join(' | '));
      steps.push({ name, ok: true, problem: null });
    } catch (err) {
      steps.push({ name, ok: false, problem: err instanceof Error ? err.message : String(err) });
      throw err;
    }
  };
  const sentTo = (openid: string) => server.wechat.sentMessages.filter((m) => m.touser === openid);
  const wechatDelivery = async (appointmentId: string) =>
    (await supervisor(deliveryAdminRoutes.list, { query: { appointmentId } })).items.find(
      (d) => d.eventType === 'appointment.confirmed' && d.channel === 'wechat',
    );

  /** A resident on their own phone: signs in, books, and answers the subscription dialog. */
  async function bookAndAnswer(openid: string, seed: number, answer: 'accept' | 'reject') {
    const s: StandIn = createStandIn(dist, server.baseUrl);
    const g = createGestures(s, dist);
    s.user.loginCode = () => server.wechat.loginCode(openid);
    s.user.subscribeAnswer = answer;
    launchApp(s);
    let resident = apiClient(server.baseUrl);
    await step(`${openid}: 我的 → 微信一键登录 (wx.login → fake WeChat), real name verified`, async () => {
      const mine = await visit(s, MINE);
      g.tap(mine, '微信一键登录');
      await see(mine, '未实名');
      close(s, mine);
      resident = apiClient(server.baseUrl, (s.storage.get('bm.session') as { accessToken: string }).accessToken);
      await resident(identityRoutes.realName, { body: { name: '王芳', idNumber: idNumber(seed), ...REAL_NAME_CONSENT } });
    });
    const { item, hallName, date, slot } = await openSlot(server.baseUrl);
    const enc = encodeURIComponent;
    let ticket: MountedPage | undefined;
    let appointmentId = '';
    await step(`${openid}: 提交预约 for ${ITEM} ${date} ${slot.start} → the ticket says 预约已提交`, async () => {
      const query = { item: item.code, itemName: enc(ITEM), hall: HALL, hallName: enc(hallName), review: '1', slot: String(slot.id) };
      const confirm = await visit(s, CONFIRM, { ...query, date, start: enc(slot.start), end: enc(slot.end) });
      g.type(confirm, '联系电话', '13812345678');
      g.tap(confirm, '提交预约');
      const to = await until('the redirect to the ticket', () => s.user.navigations.find((n) => n.how === 'redirectTo'));
      close(s, confirm);
      const { route, query: ticketQuery } = parseUrl(to.url);
      assert.equal(ticketQuery.done, 'booked');
      appointmentId = ticketQuery.id ?? '';
      ticket = await visit(s, route, ticketQuery);
      await see(ticket, '预约已提交');
      await see(ticket, '接收微信通知');
      // The booking's own news (预约待确认) reaches the inbox while the resident reads the ticket —
      // the inbox only: the accept that follows is for the confirmation the offer promises.
      await until('预约待确认 in the inbox', async () =>
        (await resident(messageRoutes.list, { query: {} })).items.find((m) => m.title === '预约待确认'),
      );
    });
    await step(`${openid}: 接收微信通知 → WeChat's dialog → ${answer === 'accept' ? '允许' : '取消'}`, async () => {
      if (!ticket) throw new Error('no ticket page');
      g.tap(ticket, '接收微信通知');
      await see(ticket, answer === 'accept' ? '已订阅：有进展时会通过微信通知您。' : '未订阅微信通知：进展仍会发到“消息中心”。');
      assert.deepEqual(s.user.dialogs.at(-1)?.[0], STATUS_TEMPLATE, 'the dialog asks for 预约状态通知 first');
      close(s, ticket);
    });
    await step(`${openid}: the window clerk confirms the appointment (staff API)`, async () => {
      await clerk(appointmentRoutes.confirm, { params: { id: appointmentId } });
    });
    return { s, g, openid, appointmentId, date, start: slot.start, hallName };
  }

  /** As the resident checks: the badge on 我的, then 消息中心 with both messages of the booking. */
  async function inboxShowsConfirmation(r: Awaited<ReturnType<typeof bookAndAnswer>>) {
    const mine = await visit(r.s, MINE);
    await see(mine, '2条未读');
    const before = r.s.user.navigations.length;
    r.g.tap(mine, '消息中心');
    const to = await until('the way to 消息中心', () => r.s.user.navigations[before]);
    close(r.s, mine);
    const { route, query } = parseUrl(to.url);
    const inbox = await visit(r.s, route, query);
    await see(inbox, '2条未读');
    await see(inbox, '预约待确认');
    await see(inbox, '预约已确认');
    await see(inbox, `窗口已确认您${r.date} ${r.start}在${r.hallName}办理${ITEM}的预约。`);
    close(r.s, inbox);
  }

  try {
    const a = await bookAndAnswer('weapp-journey-accepts', 11, 'accept');
    await step('fake WeChat: one subscribeMessage.send to the resident, 预约状态通知 with the confirmation', async () => {
      const [sent] = await until('the WeChat message', () => (sentTo(a.openid).length ? sentTo(a.openid) : undefined));
      assert.equal(sent?.template_id, STATUS_TEMPLATE);
      assert.equal(sent.page, `features/appointments/pages/ticket/index?id=${a.appointmentId}`);
      assert.deepEqual(sent.data, {
        thing1: { value: ITEM },
        time2: { value: wechatTime(a.date, a.start) },
        thing3: { value: a.hallName },
        phrase4: { value: '已确认' },
        thing5: { value: '请按时到大厅取号办理' },
      });
      const delivery = await until('the WeChat delivery recorded', async () => {
        const d = await wechatDelivery(a.appointmentId);
        return d?.status === 'delivered' ? d : undefined;
      });
      assert.equal(delivery.attempts, 1);
      await tick(2_000); // a retry or a second worker would show by now
      assert.equal(sentTo(a.openid).length, 1, 'no second WeChat message');
    });
    await step('我的 shows 2条未读; 消息中心 lists 预约已确认 with its text', () => inboxShowsConfirmation(a));

    const b = await bookAndAnswer('weapp-journey-rejects', 12, 'reject');
    await step('a resident who answered 取消: the confirmation reaches the inbox, WeChat gets nothing', async () => {
      const delivery = await until('the WeChat delivery recorded', () => wechatDelivery(b.appointmentId));
      assert.deepEqual([delivery.status, delivery.code], ['permanent-failure', 'no-credit']);
      await inboxShowsConfirmation(b);
      await tick(2_000);
      assert.equal(sentTo(b.openid).length, 0, 'no WeChat message');
    });
  } catch {
    // The failed step is recorded; the steps after it cannot run.
  } finally {
    caught.restore();
  }
  return steps;
}
