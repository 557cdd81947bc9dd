// A resident's journey on the H5 build in a real browser: search in their own words → open the guide
// → see the materials and download a form → find the hall and its windows; then the halls nearest them.
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { settled } from './page-helpers';

export interface JourneyContext {
  page: Page;
  baseUrl: string;
  screenshotPath: string;
}

async function searchFor(page: Page, words: string) {
  const input = page.locator('.guide-search-input input');
  await input.fill('');
  // The page searches after the resident pauses typing; wait for that answer, then for it on screen.
  const answered = page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === '/api/v1/guides' && url.searchParams.get('q') === words;
  });
  await input.pressSequentially(words, { delay: 30 });
  const body = (await (await answered).json()) as { items: { name: string }[] };
  const first = body.items[0]?.name;
  assert.ok(first, `"${words}" found nothing`);
  await page.locator('.guide-result-name').first().filter({ hasText: first }).waitFor();
  return page.locator('.guide-result-name').allInnerTexts();
}

/** A sentence nothing matches: the page says so, and lists items sharing its characters only when asked. */
async function guessesOnRequest(page: Page): Promise<string> {
  const words = '村里要在河上修一座小桥';
  const input = page.locator('.guide-search-input input');
  await input.fill('');
  const answered = page.waitForResponse((r) => new URL(r.url()).searchParams.get('q') === words);
  await input.pressSequentially(words, { delay: 30 });
  await answered;
  await page.getByText('没有找到相关事项').waitFor();
  const guessed = page.waitForResponse((r) => new URL(r.url()).searchParams.get('guess') === '1');
  // From the keyboard: the button is announced as one and pressed with Enter (h5-shell.ts).
  await page.getByRole('button', { name: '看看字面相近的事项' }).focus();
  await page.keyboard.press('Enter');
  await guessed;
  await page.getByText(`没有找到与“${words}”相符的事项`, { exact: false }).waitFor();
  const names = await page.locator('.guide-result-name').allInnerTexts();
  assert.ok(names.slice(0, 3).includes('洪水影响评价类审批'), `guesses for ${words}: ${names.slice(0, 3).join('、')}`);
  return `"${words}" finds nothing; asked, guesses ${names.slice(0, 3).join('、')}`;
}

export async function guideJourney({ page, baseUrl, screenshotPath }: JourneyContext): Promise<string[]> {
  const steps: string[] = [];
  await page.goto(`${baseUrl}/`);
  await page.getByText('办事指南').first().waitFor();
  const soon = await page.locator('.service-shortcut.is-soon').allInnerTexts();
  assert.ok(soon.length === 1 && soon[0]?.includes('微信申报'), `only 微信申报 is marked as coming, got ${soon.join(' | ')}`);
  steps.push('home shows the five services; only 微信申报 marked 即将上线');

  await page.locator('.home-search').click();
  const restaurant = await searchFor(page, '开饭店');
  assert.ok(restaurant.slice(0, 3).includes('食品经营许可'), `开饭店 → 食品经营许可 in top 3, got ${restaurant.slice(0, 3).join('、')}`);
  steps.push(`"开饭店" finds: ${restaurant.slice(0, 3).join('、')}`);

  const pinyin = await searchFor(page, 'jiehun');
  assert.ok(
    pinyin.slice(0, 3).some((n) => n.includes('结婚')),
    `jiehun → 结婚登记, got ${pinyin.slice(0, 3).join('、')}`,
  );
  assert.ok((await page.locator('.guide-result .hl').count()) > 0, 'matches are highlighted');
  steps.push(`"jiehun" finds: ${pinyin[0]}, highlighted`);
  steps.push(await guessesOnRequest(page));

  await searchFor(page, '开饭店');
  await page.locator('.guide-result', { hasText: '食品经营许可' }).first().click();
  await page.locator('.guide-detail-name', { hasText: '食品经营许可' }).waitFor();
  const materials = await page.locator('.material-item').count();
  assert.ok(materials >= 3, `materials listed (${materials})`);
  await settled(page);
  await page.screenshot({ path: screenshotPath });
  await page.locator('.material-item').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath.replace(/\.png$/, '-materials.png') });
  steps.push(`guide shows ${materials} materials; screenshots saved`);

  const href = await page.locator('a.form-blank').first().getAttribute('href');
  assert.ok(href, 'a blank form can be downloaded');
  const form = await page.request.get(new URL(href, baseUrl).toString());
  assert.equal(form.status(), 200);
  assert.equal(form.headers()['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  steps.push('blank form downloads as a Word file');

  const point = page.locator('.service-point').first();
  await point.scrollIntoViewIfNeeded();
  const hallName = (await point.locator('.service-point-name').innerText()).trim();
  await point.locator('.service-point-head').click();
  await page.locator('.hall-detail-name', { hasText: hallName }).waitFor();
  assert.ok((await page.locator('.hall-window').count()) > 0, 'the hall lists its windows');
  steps.push(`"${hallName}" opens with ${await page.locator('.hall-window').count()} windows`);
  return steps;
}

/** With location shared from 流亭 (south-west), the 流亭 street hall or one of its stations comes first. */
export async function nearestHallJourney({ page, baseUrl }: JourneyContext): Promise<string[]> {
  await page.goto(`${baseUrl}/#/features/halls/pages/list/index`);
  await page.locator('.hall-distance').first().waitFor();
  const first = await page.locator('.hall-card').first().innerText();
  assert.match(first, /流亭|赵红埠|南流亭|双埠/, `nearest hall to 流亭 should be in 流亭, got ${first}`);
  return [`nearest hall from 流亭: ${first.split('\n')[0]}`];
}
