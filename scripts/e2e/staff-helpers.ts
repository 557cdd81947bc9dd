// Steps the staff journeys share: signing in at the staff login, and a photographed document.
import type { Page } from 'playwright-core';
import { visible } from './page-helpers';

/** The demo staff accounts (seeded with `pnpm seed --demo`). */
export const STAFF = {
  window: { username: 'window.district', password: 'Copper-Meadow-85-Lantern' },
  reviewer: { username: 'reviewer.xzsp', password: 'Granite-Willow-62-Comet' },
  agent: { username: 'agent.houtaolin', password: 'Saffron-Bridge-39-Valley' },
  supervisor: { username: 'supervisor', password: 'Marble-Falcon-74-Grove' },
};

export async function staffSignIn(page: Page, baseUrl: string, who: { username: string; password: string }) {
  await page.goto(`${baseUrl}/#/features/staff/pages/login/index`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await visible(page, '.staff-username input').fill(who.username);
  await visible(page, '.staff-password input').fill(who.password);
  for (let attempt = 0; ; attempt++) {
    await visible(page, '.staff-login-submit').click();
    // Throttled (see staffToken): the page says how long to wait; wait that long and sign in again.
    const throttled = visible(page, '.staff-login').getByText(/请 \d+ 秒后再试/);
    // Both waits settle either way (no rejection left unhandled once the other one won).
    const outcome = await Promise.race([
      visible(page, '.staff-home')
        .waitFor()
        .then(
          () => 'home' as const,
          () => 'none' as const,
        ),
      throttled.waitFor().then(
        () => 'throttled' as const,
        () => 'none' as const,
      ),
    ]);
    if (outcome !== 'throttled' || attempt >= 3) break;
    const wait = Number(/请 (\d+) 秒后再试/.exec(await throttled.first().innerText())?.[1] ?? 60);
    await page.waitForTimeout((Math.min(wait, 120) + 1) * 1000);
  }
  await visible(page, '.staff-home').waitFor();
}

/** A JPEG photo of a document, drawn by the browser. */
export async function photo(page: Page, title: string): Promise<Buffer> {
  const base64 = await page.evaluate((title) => {
    const canvas = document.createElement('canvas');
    canvas.width = 900;
    canvas.height = 1200;
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2d canvas');
    g.fillStyle = '#f4efe4';
    g.fillRect(0, 0, 900, 1200);
    g.fillStyle = '#1f2937';
    g.font = 'bold 60px sans-serif';
    g.textAlign = 'center';
    g.fillText(title, 450, 160);
    for (let line = 0; line < 16; line++) g.fillRect(100, 260 + line * 52, 500 + ((line * 97) % 200), 12);
    g.strokeStyle = '#c92a2a';
    g.lineWidth = 8;
    g.beginPath();
    g.arc(680, 1000, 110, 0, Math.PI * 2);
    g.stroke();
    return canvas.toDataURL('image/jpeg', 0.9).split(',')[1] ?? '';
  }, title);
  return Buffer.from(base64, 'base64');
}

/** The radio / checkbox of a form field whose text is exactly `text` (使用名称 is part of 不使用名称). */
export function choice(page: Page, field: string, text: string) {
  return visible(page, `.apply-field-${field} .apply-choice`).filter({
    has: page.locator('.apply-choice-text', { hasText: new RegExp(`^${text}$`) }),
  });
}

/**
 * A staff access token through the API. Staff sign-ins are throttled per account (5 a minute, by
 * design, successful ones included) and the journeys sign the same demo accounts in many times, so
 * a 429 is waited out as its message says — as a patient member of staff would — never bypassed.
 */
export async function staffToken(baseUrl: string, who: { username: string; password: string }): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${baseUrl}/api/v1/auth/staff`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(who),
    });
    const body = (await res.json().catch(() => ({}))) as { accessToken?: string; message?: string };
    if (res.ok && body.accessToken) return body.accessToken;
    const wait = Number(/请 (\d+) 秒后再试/.exec(body.message ?? '')?.[1] ?? NaN);
    if (res.status !== 429 || !Number.isFinite(wait) || wait > 120 || attempt >= 3)
      throw new Error(`POST /api/v1/auth/staff → ${res.status} ${JSON.stringify(body)}`);
    await new Promise((r) => setTimeout(r, (wait + 1) * 1000));
  }
}
