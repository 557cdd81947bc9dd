// Steps the staff journeys share: signing in at the staff login, and a photographed document.
import type { Page } from 'playwright-core';
import { visible } from './page-helpers';

/** The demo staff accounts (seeded with `pnpm seed --demo`). */
export const STAFF = {
  window: { username: 'window.district', password: 'Copper-Meadow-85-Lantern' },
  reviewer: { username: 'reviewer.xzsp', password: 'Granite-Willow-62-Comet' },
  agent: { username: 'agent.houtaolin', password: 'Saffron-Bridge-39-Valley' },
};

export async function staffSignIn(page: Page, baseUrl: string, who: { username: string; password: string }) {
  await page.goto(`${baseUrl}/#/features/staff/pages/login/index`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await visible(page, '.staff-username input').fill(who.username);
  await visible(page, '.staff-password input').fill(who.password);
  await visible(page, '.staff-login-submit').click();
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
