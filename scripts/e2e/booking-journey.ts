// Booking on the H5 build: resident A takes the last free place of a slot, resident B then sees it
// full, and window staff check A in with the ticket code. Two residents = two browser profiles.
import { strict as assert } from 'node:assert';
import type { BrowserContext, Page } from 'playwright-core';
import { checkDigitOf } from '@bianmin/shared/identity/national-id';
import { REAL_NAME_CONSENT } from '@bianmin/shared/identity/real-name-consent';
import { settled } from './page-helpers';

const HALL = 'cy-district';
interface Api {
  baseUrl: string;
}
type Json = Record<string, unknown>;

async function call<T = Json>(
  api: Api,
  path: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  const res = await fetch(api.baseUrl + path, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers: { 'content-type': 'application/json', ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}), ...init.headers },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  const body = (await res.json().catch(() => ({}))) as T;
  if (!res.ok) throw new Error(`${init.method ?? (init.body ? 'POST' : 'GET')} ${path} → ${res.status} ${JSON.stringify(body)}`);
  return body;
}

const idNumber = (seed: number) => {
  const f = `37021419850${(seed % 9) + 1}15321`;
  return f + checkDigitOf(f);
};

async function residentToken(api: Api, openid: string, seed: number): Promise<string> {
  const { code } = await call<{ code: string }>(api, '/api/v1/auth/dev/wechat-code', { body: { openid } });
  const { accessToken } = await call<{ accessToken: string }>(api, '/api/v1/auth/wechat', { body: { code } });
  await call(api, '/api/v1/me/real-name', { token: accessToken, body: { name: '王芳', idNumber: idNumber(seed), ...REAL_NAME_CONSENT } });
  return accessToken;
}

/** A slot of today with exactly one free place left (the other taken by resident C through the API). */
export async function prepareLastPlace(api: Api) {
  const admin = (
    await call<{ accessToken: string }>(api, '/api/v1/auth/staff', { body: { username: 'admin', password: 'Lychee-Harbor-2026-Quiet' } })
  ).accessToken;
  const today = (await call<{ today: string }>(api, '/api/v1/admin/calendar', { token: admin })).today;
  // Today counts as a working day whatever the calendar says, and the hall takes bookings round the clock.
  await call(api, '/api/v1/admin/calendar/overrides', {
    method: 'PUT',
    token: admin,
    body: { date: today, kind: 'workday', note: '浏览器测试：当日开放预约' },
  });
  const guides = await call<{ items: { code: string; name: string }[] }>(api, `/api/v1/guides?q=${encodeURIComponent('居住证办理')}`);
  const item = guides.items.find((g) => g.name === '居住证办理');
  assert.ok(item, 'the demo catalogue has 居住证办理');
  const everyDay = [0, 1, 2, 3, 4, 5, 6];
  await call(api, '/api/v1/admin/schedules', {
    method: 'PUT',
    token: admin,
    body: {
      hallCode: HALL,
      itemCode: item.code,
      openingPeriods: [{ weekdays: everyDay, open: '00:00', close: '23:59' }],
      slotMinutes: 5,
      capacityPerSlot: 2,
      horizonWorkingDays: 2,
      releaseTime: '00:00',
      releaseWorkingDaysBefore: 2,
      minNoticeMinutes: 0,
      cancelCutoffMinutes: 0,
      requiresConfirmation: false,
    },
  });
  const slots = await call<{ slots: { id: number; start: string; bookable: boolean }[] }>(
    api,
    `/api/v1/appointments/slots?item=${item.code}&hall=${HALL}&date=${today}`,
  );
  const open = slots.slots.filter((s) => s.bookable);
  const [slot, later] = open;
  assert.ok(slot && later, 'two slots are still open today (the test needs 10 minutes before 23:55 Shanghai time)');
  const c = await residentToken(api, 'e2e-resident-c', 1);
  await call(api, '/api/v1/appointments', {
    token: c,
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: { slotId: slot.id, itemCode: item.code, contactPhone: '13600000000' },
  });
  const days = await call<{ days: { date: string; open: boolean }[] }>(
    api,
    `/api/v1/appointments/availability?item=${item.code}&hall=${HALL}`,
  );
  const nextDay = days.days.find((d) => d.date > today && d.open)?.date;
  assert.ok(nextDay, 'another bookable day');
  return { item, today, slot, later, nextDay };
}

async function devSignIn(page: Page, baseUrl: string, openid: string) {
  await page.goto(`${baseUrl}/#/pages/mine/index`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('.mine-signin').click();
  await page.locator('.dev-login-openid input').fill(openid);
  await page.locator('.dev-login-submit').click();
  await page.locator('.profile-name').waitFor();
}

const visible = (page: Page, selector: string) => page.locator(selector).filter({ visible: true });

export async function bookingJourney(
  contexts: { a: BrowserContext; b: BrowserContext },
  baseUrl: string,
  screenshotPath: string,
): Promise<string[]> {
  const steps: string[] = [];
  const { item, today, slot, later, nextDay } = await prepareLastPlace({ baseUrl });
  steps.push(`slot ${today} ${slot.start} has one place left`);

  const a = await contexts.a.newPage();
  a.setDefaultTimeout(20_000);
  await devSignIn(a, baseUrl, 'e2e-resident-a');
  await visible(a, '.mine-realname').click();
  await a.locator('.realname-name input').fill('李华');
  await a.locator('.realname-id input').fill(idNumber(2));
  await a.locator('.realname-consent').click();
  await a.locator('.realname-next').click();
  await a.locator('.realname-submit').click();
  await visible(a, '.profile-id').waitFor();
  await a.goto(`${baseUrl}/#/features/guides/pages/detail/index?code=${encodeURIComponent(item.code)}`);
  await visible(a, '.guide-book').click();
  await visible(a, '.booking-hall').filter({ hasText: '城阳区政务服务中心' }).first().click();
  await visible(a, `.booking-day[data-date="${today}"]`).click();
  await visible(a, `.booking-slot[data-slot="${slot.id}"]`).click();
  await visible(a, '.booking-phone input').fill('13812345678');
  await visible(a, '.booking-submit').click();
  const ticket = (await visible(a, '.ticket-code').innerText()).replace(/\s/g, '');
  assert.match(ticket, /^[2-9A-HJ-NP-Z]{8}$/);
  assert.ok(await visible(a, '.ticket-qr').count(), 'the ticket shows a QR code');
  await settled(a);
  await a.screenshot({ path: screenshotPath.replace(/guide\.png$/, 'ticket.png') });
  steps.push(`resident A booked the last place: ticket ${ticket}`);

  const b = await contexts.b.newPage();
  b.setDefaultTimeout(20_000);
  await devSignIn(b, baseUrl, 'e2e-resident-b');
  await b.goto(`${baseUrl}/#/features/appointments/pages/slots/index?item=${encodeURIComponent(item.code)}&hall=${HALL}`);
  await visible(b, `.booking-day[data-date="${today}"]`).click();
  await visible(b, `.booking-slot.is-full[data-slot="${slot.id}"]`).waitFor();
  steps.push('resident B sees the slot as 约满');

  // A moves to a later slot today: the same ticket, a new time.
  await visible(a, '.appointment-reschedule').click();
  await visible(a, `.booking-day[data-date="${today}"]`).click();
  await visible(a, `.booking-slot[data-slot="${later.id}"]`).click();
  await visible(a, '.booking-submit').click();
  await visible(a, '.ticket-time').filter({ hasText: later.start }).waitFor();
  assert.equal((await visible(a, '.ticket-code').innerText()).replace(/\s/g, ''), ticket, 'the ticket code survives a reschedule');
  steps.push(`resident A moved to ${later.start}, same ticket`);

  await b.evaluate(() => localStorage.clear());
  await b.goto(`${baseUrl}/#/features/staff/pages/login/index`);
  await visible(b, '.staff-username input').fill('window.district');
  await visible(b, '.staff-password input').fill('Copper-Meadow-85-Lantern');
  await visible(b, '.staff-login-submit').click();
  await visible(b, '.staff-tool-appointments').click();
  await visible(b, `.staff-appointment[data-ticket="${ticket}"]`).waitFor();
  await visible(b, '.checkin-input input').fill(ticket.toLowerCase());
  await visible(b, '.checkin-submit').click();
  await visible(b, '.checkin-result').filter({ hasText: '已签到' }).waitFor();
  steps.push('window staff checked resident A in by the ticket code');

  // A books the next day too, then cancels it.
  await a.goto(`${baseUrl}/#/features/appointments/pages/slots/index?item=${encodeURIComponent(item.code)}&hall=${HALL}`);
  await visible(a, `.booking-day[data-date="${nextDay}"]`).click();
  await visible(a, '.booking-slot.is-open').first().click();
  await visible(a, '.booking-phone input').fill('13812345678');
  await visible(a, '.booking-submit').click();
  await visible(a, '.ticket-code').waitFor();
  await visible(a, '.appointment-cancel').click();
  await a.locator('.taro-modal__content .taro-model__confirm').filter({ visible: true }).click();
  await visible(a, '.ticket-status').filter({ hasText: '已取消' }).waitFor();
  assert.equal(await visible(a, '.ticket-qr').count(), 0, 'a cancelled ticket shows no QR');
  steps.push(`resident A booked ${nextDay} and cancelled it`);
  await a.close();
  await b.close();
  return steps;
}
