// Accessibility and 长辈版 on the H5 build: axe-core finds nothing serious on the main pages in
// either mode; text, tap targets and contrast meet the normal-mode floor (12 px, 44 px, 4.5:1) and
// the MIIT 适老化 one in 长辈版 (18 px text, 60 px controls); every sub-page has a title bar with a
// way back, unknown addresses land on a not-found page, and the toast after 绑定手机号 shows.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { box, fontSize, measure, seriousViolations, textContrast } from './accessibility-checks';
import { settled, visible } from './page-helpers';

type Mode = 'normal' | 'elder';
const FLOOR = { normal: { body: 14, text: 12, target: 44 }, elder: { body: 18, text: 15, target: 60 } } as const;
const CONTROLS = ['.nut-button', '.chip', '.weui-tabbar__item', '#taro-navigation-bar [role="button"]'];

interface MainPage {
  name: string;
  url: string;
  ready: string;
  /** The page's main controls, held to the mode's tap-target floor. */
  controls: string[];
}

async function open(page: Page, baseUrl: string, p: MainPage) {
  await page.goto(`${baseUrl}/#${p.url}`);
  await page.reload();
  await visible(page, p.ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  await settled(page);
}

async function setMode(page: Page, baseUrl: string, mode: Mode) {
  await page.goto(`${baseUrl}/#/pages/index/index`);
  const toggle = visible(page, '.home .elder-switch');
  if ((await toggle.getAttribute('aria-pressed')) !== String(mode === 'elder')) await toggle.click();
  await page.waitForFunction((on) => document.documentElement.classList.contains('elder') === on, mode === 'elder');
}

async function signInAndBindPhone(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/#/pages/mine/index`);
  await page.locator('.mine-signin').click();
  await page.locator('.dev-login-openid input').fill('test-resident-a11y');
  await page.locator('.dev-login-submit').click();
  await page.locator('.profile-name').waitFor();
  await page.locator('.mine-phone').click();
  await page.locator('.phone-input input').fill('13912345678');
  await page.locator('.phone-submit').click();
  // Taro's H5 toast is created hidden and faded in; it used to be hidden again at once.
  await page.waitForFunction(() => {
    const t = document.querySelector<HTMLElement>('.taro__toast');
    return !!t && t.style.display !== 'none' && getComputedStyle(t).opacity === '1' && t.innerText.includes('手机号绑定成功');
  });
  await visible(page, '.profile-phone').waitFor();
  return 'after 绑定手机号 the toast 手机号绑定成功 is on screen over 我的';
}

async function titleBarChecks(page: Page, baseUrl: string, detailUrl: string): Promise<string[]> {
  await page.goto(`${baseUrl}/#${detailUrl}`);
  await page.reload();
  await visible(page, '.guide-detail-name').waitFor();
  await settled(page);
  const bar = page.locator('#taro-navigation-bar');
  assert.ok((await bar.innerText()).trim().length > 0, 'the title bar names the page');
  const pageTop = await visible(page, '.page')
    .first()
    .evaluate((el) => el.getBoundingClientRect().top);
  const barBottom = await bar.evaluate((el) => el.getBoundingClientRect().bottom);
  assert.ok(Math.abs(pageTop - barBottom) <= 1, `the page starts right under the title bar (gap ${pageTop - barBottom} px)`);
  await page.getByRole('button', { name: '返回首页' }).click();
  await visible(page, '.home .popular-item').first().waitFor();
  await visible(page, '.home-search').click();
  await visible(page, '.guide-search-input').waitFor();
  await page.getByRole('button', { name: '返回上一页' }).click();
  await visible(page, '.home .popular-item').first().waitFor();
  await page.goto(`${baseUrl}/#/pages/nowhere/index`);
  await visible(page, '.not-found-card').waitFor();
  await visible(page, '.not-found-home').click();
  await visible(page, '.home .popular-item').first().waitFor();
  return [
    'a guide opened directly has a title bar with 返回首页, flush with the page; from home, 返回上一页 goes back',
    'an unknown address shows 没有找到这个页面 and leads home',
  ];
}

/** The before/after figures of issue 12, as the resident's phone renders them. */
async function figures(page: Page, baseUrl: string, detailUrl: string, mode: Mode): Promise<string> {
  await open(page, baseUrl, { name: '办事指南', url: detailUrl, ready: '.guide-book', controls: [] });
  const book = await box(page, '.guide-book');
  const chip = await box(page, '.guide-contents .chip');
  const f = FLOOR[mode];
  assert.ok(book.height >= f.target && chip.height >= f.target, `${mode}: 预约办理 ${book.height} px, chips ${chip.height} px tall`);
  const body = await fontSize(page, '.page');
  const muted = await fontSize(page, '.muted');
  const tab = await page.evaluate(() =>
    parseFloat(getComputedStyle(document.querySelector('.weui-tabbar__label') ?? document.body).fontSize),
  );
  await open(page, baseUrl, { name: '我的', url: '/pages/mine/index', ready: '.signout', controls: [] });
  const signout = await box(page, '.signout');
  const grey = await textContrast(page, '.muted');
  assert.ok(
    body >= f.body && muted >= f.text && signout.height >= f.target,
    `${mode}: body ${body}, secondary ${muted}, 退出登录 ${signout.height}`,
  );
  assert.ok(grey >= 4.5, `${mode}: secondary grey contrast ${grey.toFixed(2)}`);
  return `${mode}: body ${body.toFixed(1)} px, secondary ${muted.toFixed(1)} px, tab label ${tab} px; 预约办理 ${book.height.toFixed(0)} px, chips ${chip.height.toFixed(0)} px, 退出登录 ${signout.height.toFixed(0)} px tall; grey ${grey.toFixed(2)}:1`;
}

export async function accessibilityJourney(context: BrowserContext, baseUrl: string, screenshotDir: string): Promise<string[]> {
  const steps: string[] = [];
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  // The pages' CSP (rightly) refuses inline scripts; lifted for this test page only, to inject axe-core.
  await (await context.newCDPSession(page)).send('Page.setBypassCSP', { enabled: true });
  // tsx (esbuild, keepNames) wraps named functions in `__name(...)`: the measuring code runs in the page.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  const guides = (await (await page.request.get(`${baseUrl}/api/v1/guides?q=结婚&pageSize=20`)).json()) as {
    items: { code: string; appointmentAvailable: boolean }[];
  };
  const bookable = guides.items.find((g) => g.appointmentAvailable);
  assert.ok(bookable, 'a 结婚 guide takes appointments');
  const detailUrl = `/features/guides/pages/detail/index?code=${bookable.code}`;
  const pages: MainPage[] = [
    { name: '首页', url: '/pages/index/index', ready: '.home .popular-item', controls: ['.home [role="button"]', '.elder-journey'] },
    { name: '办事指南', url: '/features/guides/pages/search/index', ready: '.guide-result', controls: [] },
    { name: '指南详情', url: detailUrl, ready: '.guide-detail-name', controls: ['.guide-book'] },
    { name: '大厅', url: '/features/halls/pages/list/index', ready: '.hall-card', controls: [] },
    { name: '预约', url: '/features/appointments/pages/start/index', ready: '.page', controls: [] },
    { name: '我的', url: '/pages/mine/index', ready: '.profile-name', controls: ['.mine-row', '.elder-switch'] },
    { name: '我的办件', url: '/features/cases/pages/mine/index', ready: '.page', controls: [] },
  ];

  steps.push(await signInAndBindPhone(page, baseUrl));
  steps.push(...(await titleBarChecks(page, baseUrl, detailUrl)));
  for (const mode of ['normal', 'elder'] as const) {
    await setMode(page, baseUrl, mode);
    const f = FLOOR[mode];
    for (const p of pages) {
      await open(page, baseUrl, p);
      const found = await seriousViolations(page);
      assert.deepEqual(found, [], `${mode} ${p.name}: axe-core found\n${found.join('\n')}`);
      const m = await measure(page, [...CONTROLS, ...p.controls]);
      assert.ok(m.body >= f.body, `${mode} ${p.name}: body text ${m.body} px`);
      assert.ok(m.smallestText.px >= f.text, `${mode} ${p.name}: text of ${m.smallestText.px} px at ${m.smallestText.where}`);
      assert.ok(m.smallestTarget.px >= f.target, `${mode} ${p.name}: a ${m.smallestTarget.px} px target at ${m.smallestTarget.where}`);
      if (mode === 'elder' && (p.name === '首页' || p.name === '指南详情')) {
        await page.screenshot({ path: join(screenshotDir, p.name === '首页' ? 'elder-home.png' : 'elder-guide.png') });
      }
    }
    steps.push(
      `${mode}: no serious or critical axe findings on ${pages.map((p) => p.name).join('、')}; text ≥ ${f.text} px, targets ≥ ${f.target} px`,
    );
    steps.push(await figures(page, baseUrl, detailUrl, mode));
  }
  await setMode(page, baseUrl, 'normal');
  await page.close();
  return steps;
}
