// The hall queue on the H5 build: two residents with appointments today check in at the window,
// each gets a number of the item's window group; the first keeps their ticket open on the phone;
// window staff call the next number from the 窗口叫号 page, and the first resident's ticket turns
// to 请到 <window> 号窗口 without a reload.
import { strict as assert } from 'node:assert';
import type { BrowserContext } from 'playwright-core';
import { checkDigitOf } from '@bianmin/shared/identity/national-id';
import { REAL_NAME_CONSENT } from '@bianmin/shared/identity/real-name-consent';
import { settled, visible } from './page-helpers';
import { STAFF, staffSignIn, staffToken } from './staff-helpers';

const HALL = 'cy-district';
type Json = Record<string, unknown>;

async function call<T = Json>(baseUrl: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? (init.body ? 'POST' : 'GET');
  const res = await fetch(baseUrl + path, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      ...(path === '/api/v1/appointments' ? { 'Idempotency-Key': crypto.randomUUID() } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  const body = (await res.json().catch(() => ({}))) as T;
  if (!res.ok) throw Object.assign(new Error(`${method} ${path} → ${res.status} ${JSON.stringify(body)}`), { body });
  return body;
}

async function resident(baseUrl: string, openid: string, seed: number): Promise<string> {
  const { code } = await call<{ code: string }>(baseUrl, '/api/v1/auth/dev/wechat-code', { body: { openid } });
  const { accessToken } = await call<{ accessToken: string }>(baseUrl, '/api/v1/auth/wechat', { body: { code } });
  const first17 = `37021419720${seed}0442${seed}`;
  await call(baseUrl, '/api/v1/me/real-name', {
    token: accessToken,
    body: { name: '赵敏', idNumber: first17 + checkDigitOf(first17), ...REAL_NAME_CONSENT },
  });
  return accessToken;
}

/** Two appointments in one slot of today (same slot: the number order is the check-in order). */
async function twoAppointmentsToday(baseUrl: string) {
  const admin = await staffToken(baseUrl, { username: 'admin', password: 'Lychee-Harbor-2026-Quiet' });
  const today = (await call<{ today: string }>(baseUrl, '/api/v1/admin/calendar', { token: admin })).today;
  await call(baseUrl, '/api/v1/admin/calendar/overrides', {
    method: 'PUT',
    token: admin,
    body: { date: today, kind: 'workday', note: '浏览器测试：排队叫号' },
  });
  const guides = await call<{ items: { code: string; name: string }[] }>(baseUrl, `/api/v1/guides?q=${encodeURIComponent('居住证办理')}`);
  const item = guides.items.find((g) => g.name === '居住证办理');
  assert.ok(item, 'the demo catalogue has 居住证办理');
  await call(baseUrl, '/api/v1/admin/schedules', {
    method: 'PUT',
    token: admin,
    body: {
      hallCode: HALL,
      itemCode: item.code,
      openingPeriods: [{ weekdays: [0, 1, 2, 3, 4, 5, 6], open: '00:00', close: '23:59' }],
      slotMinutes: 5,
      capacityPerSlot: 4,
      horizonWorkingDays: 2,
      releaseTime: '00:00',
      releaseWorkingDaysBefore: 2,
      minNoticeMinutes: 0,
      cancelCutoffMinutes: 0,
      requiresConfirmation: false,
    },
  });
  const { slots } = await call<{ slots: { id: number; start: string; free: number; bookable: boolean }[] }>(
    baseUrl,
    `/api/v1/appointments/slots?item=${item.code}&hall=${HALL}&date=${today}`,
  );
  const slot = slots.find((s) => s.bookable && s.free >= 2);
  assert.ok(slot, 'a slot of today with two free places (the test needs a few minutes before 23:55 Shanghai time)');
  const book = async (openid: string, seed: number) => {
    const token = await resident(baseUrl, openid, seed);
    const a = await call<{ id: string; ticketCode: string }>(baseUrl, '/api/v1/appointments', {
      token,
      body: { slotId: slot.id, itemCode: item.code, contactPhone: '13900001111' },
    });
    return { ...a, openid, token };
  };
  return { first: await book('e2e-queue-first', 1), second: await book('e2e-queue-second', 2) };
}

export async function queueJourney(contexts: { resident: BrowserContext; staff: BrowserContext }, baseUrl: string, screenshotDir: string) {
  const steps: string[] = [];
  const { first, second } = await twoAppointmentsToday(baseUrl);
  const staff = await staffToken(baseUrl, STAFF.window);
  // Numbers left by earlier journeys are served first (every group of the hall), so the next call is this journey's.
  const hall = await call<{ groups: { code: string; windows: { number: string }[] }[] }>(baseUrl, `/api/v1/queue/halls/${HALL}`);
  for (const group of hall.groups) {
    const window = group.windows[0]?.number;
    if (!window) continue;
    for (;;) {
      const board = await call<{ current: { id: string } | null; waiting: unknown[] }>(
        baseUrl,
        `/api/v1/staff/queue?hall=${HALL}&window=${window}`,
        { token: staff },
      );
      if (board.current) await call(baseUrl, `/api/v1/staff/queue/tickets/${board.current.id}/complete`, { token: staff, body: {} });
      else if (board.waiting.length) await call(baseUrl, '/api/v1/staff/queue/call-next', { token: staff, body: { hall: HALL, window } });
      else break;
    }
  }

  for (const a of [first, second])
    await call(baseUrl, '/api/v1/staff/appointments/check-in', { token: staff, body: { hall: HALL, ticket: a.ticketCode } });
  const ticketOf = async (a: typeof first) =>
    (
      await call<{ ticket: { number: string; group: { code: string; windows: { number: string }[] } } | null }>(
        baseUrl,
        `/api/v1/queue/appointments/${a.id}`,
        { token: a.token },
      )
    ).ticket;
  const [firstTicket, secondTicket] = [await ticketOf(first), await ticketOf(second)];
  assert.ok(firstTicket && secondTicket, 'both residents hold a number after check-in');
  const [firstNumber, secondNumber] = [firstTicket.number, secondTicket.number];
  assert.match(firstNumber, new RegExp(`^${firstTicket.group.code}\\d{3}$`));
  // A window of the item's group that handles the item.
  const windowNumber = firstTicket.group.windows[0]?.number;
  assert.ok(windowNumber, 'the group has a window for the item');
  assert.equal(Number(secondNumber.slice(1)), Number(firstNumber.slice(1)) + 1, 'consecutive numbers');
  steps.push(`two residents checked in: ${firstNumber} and ${secondNumber}`);

  // The first resident keeps the ticket open on the phone.
  const phone = await contexts.resident.newPage();
  phone.setDefaultTimeout(20_000);
  await phone.goto(`${baseUrl}/#/pages/mine/index`);
  await phone.evaluate(() => localStorage.clear());
  await phone.reload();
  await phone.locator('.mine-signin').click();
  await phone.locator('.dev-login-openid input').fill(first.openid);
  await phone.locator('.dev-login-submit').click();
  await phone.locator('.profile-name').waitFor();
  await phone.goto(`${baseUrl}/#/features/appointments/pages/ticket/index?id=${first.id}`);
  await visible(phone, '.queue-number').filter({ hasText: firstNumber }).waitFor();
  assert.equal(await visible(phone, '.queue-ahead').innerText(), '前面还有 0 人');
  await visible(phone, '.visit-material').first().waitFor();
  assert.ok(await visible(phone, '.contact-map').count(), 'the ticket links to the hall on a map');
  // Marks this document: a reload would lose it.
  await phone.evaluate(() => Object.assign(globalThis, { __sameDocument: true }));
  steps.push(`resident's ticket shows ${firstNumber}, nobody ahead, the materials checklist and the map link`);

  const desk = await contexts.staff.newPage();
  desk.setDefaultTimeout(20_000);
  await staffSignIn(desk, baseUrl, STAFF.window);
  await visible(desk, '.staff-tool-queue').click();
  await visible(desk, '.queue-window')
    .filter({ hasText: new RegExp(`^${windowNumber}$`) })
    .click();
  await visible(desk, '.queue-call-next').click();
  await visible(desk, '.queue-current-number').filter({ hasText: firstNumber }).waitFor();
  await settled(desk);
  await desk.screenshot({ path: `${screenshotDir}/queue-window.png` });
  steps.push(`window ${windowNumber} called the next number: ${firstNumber}`);

  await visible(phone, '.queue-status').filter({ hasText: '请到窗口' }).waitFor();
  assert.match(await visible(phone, '.queue-called').innerText(), new RegExp(`请到 ${windowNumber} 号窗口`));
  assert.equal(await phone.evaluate(() => (globalThis as { __sameDocument?: boolean }).__sameDocument), true, 'no reload');
  await settled(phone);
  await phone.screenshot({ path: `${screenshotDir}/queue-ticket.png` });
  steps.push(`the first resident's ticket turned to 请到 ${windowNumber} 号窗口 without a reload`);

  await visible(desk, '.queue-complete').click();
  await visible(desk, '.queue-current-number').filter({ hasText: '—' }).waitFor();
  steps.push(`${firstNumber} 办结; ${secondNumber} waits next`);
  await phone.close();
  await desk.close();
  return steps;
}
