// 微信申报 and 办件查询 on the H5 build: a resident signs in, verifies their real name and binds a
// phone, finds 个体工商户设立登记 in their own words, fills in the application (a bad 从业人数
// caught first), uploads two photos of the premises document through the page's file input,
// submits and keeps the case number and query code; then follows the case in 我的办件; then,
// signed out in another browser, looks it up by number and query code (a wrong code first).
import { strict as assert } from 'node:assert';
import type { BrowserContext, Page } from 'playwright-core';
import { checkDigitOf } from '@bianmin/shared/identity/national-id';
import { settled, visible } from './page-helpers';
import { uploadPhotos, waitForImages } from './case-uploads';

const ITEM = '个体工商户设立登记';
const WORDS = '我想开个小卖部';
const MATERIAL = '经营场所使用相关文件';
const NAME = '赵晓梅';
const ID_FIRST17 = '37021419880505204';
const ID = ID_FIRST17 + checkDigitOf(ID_FIRST17);
const PHONE = '13912348765';

/** Neither the full ID number nor the full phone anywhere in the page, shown or hidden. */
async function assertNothingUnmasked(page: Page, where: string) {
  const text = await page.evaluate(() => document.body.textContent);
  assert.ok(!text.includes(ID), `the full ID number appears on ${where}`);
  assert.ok(!text.includes(PHONE), `the full phone number appears on ${where}`);
}

/** The form's entry for the premises document, where the photos go. */
const premisesMaterial = (page: Page) =>
  visible(page, '.apply-material').filter({ has: page.locator('.apply-material-name', { hasText: MATERIAL }) });

async function signInAndVerify(page: Page, baseUrl: string, steps: string[]) {
  await page.goto(`${baseUrl}/#/pages/mine/index`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await visible(page, '.mine-signin').click();
  await visible(page, '.dev-login-openid input').fill('e2e-resident-case');
  await visible(page, '.dev-login-submit').click();
  await visible(page, '.profile-name').waitFor();
  steps.push('signed in through the test WeChat sign-in');

  await visible(page, '.mine-realname').click();
  await visible(page, '.realname-name input').fill(NAME);
  await visible(page, '.realname-id input').fill(ID);
  await visible(page, '.realname-consent').click();
  await visible(page, '.realname-next').click();
  await visible(page, '.realname-submit').click();
  await visible(page, '.profile-id').waitFor();
  await visible(page, '.mine-phone').click();
  await visible(page, '.phone-input input').fill(PHONE);
  await visible(page, '.phone-submit').click();
  await visible(page, '.profile-phone').filter({ hasText: '139****8765' }).waitFor();
  steps.push('real-name verified and phone bound through 我的');
}

async function findItemAndApply(page: Page, baseUrl: string, steps: string[]) {
  await page.goto(`${baseUrl}/#/pages/index/index`);
  await visible(page, '.home-search').click();
  const input = visible(page, '.guide-search-input input');
  const answered = page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === '/api/v1/guides' && url.searchParams.get('q') === WORDS;
  });
  await input.pressSequentially(WORDS, { delay: 30 });
  const body = (await (await answered).json()) as { items: { name: string }[] };
  const top = body.items.slice(0, 3).map((i) => i.name);
  assert.ok(top.includes(ITEM), `"${WORDS}" → ${ITEM} in the top 3, got ${top.join('、')}`);
  await visible(page, '.guide-result').filter({ hasText: ITEM }).first().click();
  await visible(page, '.guide-detail-name').filter({ hasText: ITEM }).waitFor();
  steps.push(`"${WORDS}" finds ${ITEM} (top 3: ${top.join('、')})`);
  await visible(page, '.guide-apply').click();
  await visible(page, '.apply-item-name').filter({ hasText: ITEM }).waitFor();
}

/** The radio / checkbox of a field whose text is exactly `text` (使用名称 is part of 不使用名称). */
function choice(page: Page, field: string, text: string) {
  return visible(page, `.apply-field-${field} .apply-choice`).filter({
    has: page.locator('.apply-choice-text', { hasText: new RegExp(`^${text}$`) }),
  });
}

async function fillApplication(page: Page, shots: string, steps: string[]) {
  const field = (key: string) => visible(page, `.apply-field-${key} input`);
  await choice(page, 'useName', '使用名称').click();
  await field('businessName').fill('青岛市城阳区晓梅便民超市');
  await choice(page, 'organizationForm', '个人经营').click();
  await field('premisesAddress').fill('城阳区流亭街道双埠路18号1单元101室');
  await choice(page, 'businessScope', '食品销售').click();
  await choice(page, 'businessScope', '日用百货销售').click();
  await field('employeeCount').fill('0');
  await field('employeeCount').blur();
  const tooFew = visible(page, '.apply-field-employeeCount .field-error');
  await tooFew.waitFor();
  const message = (await tooFew.innerText()).trim();
  steps.push(`从业人数 0 is refused as typed: "${message}"`);
  await field('employeeCount').fill('2');
  await tooFew.waitFor({ state: 'detached' });
  await field('capitalAmount').fill('5');
  await choice(page, 'licenceDelivery', '仅领取电子营业执照').click();
  await visible(page, '.apply-field-pledge .apply-choice').click();
  await visible(page, '.apply-field-pledge .apply-choice.is-checked').waitFor();
  assert.equal(await visible(page, '.apply .field-error').count(), 0, 'no problem left on the form');
  await visible(page, '.taro_page').evaluate((el) => el.scrollTo(0, 0));
  await settled(page);
  await page.screenshot({ path: `${shots}/apply.png` });
  await assertNothingUnmasked(page, 'the application form');
  await visible(page, '.apply-next').click();
  await visible(page, '.apply-step.is-current').filter({ hasText: '上传材料' }).waitFor();
  steps.push('form filled (名称, 个人经营, 经营场所, 经营范围, 从业人数 2, 资金 5万元, 电子执照, 承诺); screenshot apply.png');
}

/** Reopened (as on another device), the draft comes back with its answers and both files, named, with thumbnails. */
async function resumeDraft(page: Page, steps: string[]) {
  await page.reload();
  await visible(page, '.apply-resumed').waitFor();
  assert.equal(await visible(page, '.apply-field-businessName input').inputValue(), '青岛市城阳区晓梅便民超市');
  assert.equal(await visible(page, '.apply-field-employeeCount input').inputValue(), '2');
  await visible(page, '.apply-next').click();
  const material = premisesMaterial(page);
  await material.locator('.apply-file.is-done').nth(1).waitFor();
  assert.deepEqual(await material.locator('.apply-file-name').allInnerTexts(), ['租赁合同第1页.jpg', '租赁合同第2页.jpg']);
  await waitForImages(page, material.locator('.apply-file .case-thumb img'), 2);
  steps.push(
    'reloaded: the draft resumes with its answers and both files (names from my pending uploads, thumbnails downloaded with the token)',
  );
}

async function reviewAndSubmit(page: Page, shots: string, steps: string[]) {
  await visible(page, '.apply-next').click();
  await visible(page, '.apply-step.is-current').filter({ hasText: '核对提交' }).waitFor();
  await visible(page, '.apply-review-row').filter({ hasText: MATERIAL }).filter({ hasText: '已上传2个文件' }).waitFor();
  await visible(page, '.apply-review-row').filter({ hasText: '从业人数' }).filter({ hasText: '2人' }).waitFor();
  await assertNothingUnmasked(page, 'the review step');
  await visible(page, '.apply-submit').click();
  const number = (await visible(page, '.case-number').innerText()).trim();
  const code = (await visible(page, '.query-code').innerText()).trim();
  assert.match(number, /^370214-\d{8}-\d{5}$/, 'the case number');
  assert.match(code, /^[A-HJKMNP-RT-Y3-9]{6}$/, 'the query code');
  await visible(page, '.case-limit-days').waitFor();
  await settled(page);
  await page.screenshot({ path: `${shots}/submitted.png` });
  await assertNothingUnmasked(page, 'the confirmation');
  steps.push(`reviewed and submitted: case ${number}, query code ${code}; screenshot submitted.png`);
  return { number, code };
}

async function followCase(page: Page, baseUrl: string, number: string, shots: string, steps: string[]) {
  await page.goto(`${baseUrl}/#/pages/mine/index`);
  await visible(page, '.mine-cases').click();
  await visible(page, `.my-case[data-number="${number}"]`).waitFor();
  await settled(page);
  await visible(page, `.my-case[data-number="${number}"]`).click();
  await visible(page, '.case-head-number').filter({ hasText: number }).waitFor();
  await visible(page, '.case-event-status').filter({ hasText: '已提交' }).waitFor();
  await waitForImages(page, visible(page, '.case-material-file .case-thumb img'), 2);
  await settled(page);
  await page.screenshot({ path: `${shots}/case.png` });
  await assertNothingUnmasked(page, 'the case page');
  steps.push('我的办件 lists it; the case page shows 已提交 in its record and both thumbnails (authorised download); screenshot case.png');
}

async function lookUp(page: Page, baseUrl: string, c: { number: string; code: string }, shots: string, steps: string[]) {
  await page.goto(`${baseUrl}/`);
  await visible(page, '.service-shortcut').filter({ hasText: '办件查询' }).click();
  await visible(page, '.lookup-number input').fill(c.number);
  const wrong = c.code.replace(/./g, (ch) => (ch === 'A' ? 'B' : 'A')); // the same form, every character different
  await visible(page, '.lookup-code input').fill(wrong);
  await visible(page, '.lookup-submit').click();
  await visible(page, '.case-lookup .form-error').filter({ hasText: '办件编号或查询码不正确' }).waitFor();
  assert.equal(await visible(page, '.case-lookup-result').count(), 0, 'a wrong code shows nothing of the case');
  steps.push('signed out, 办件查询 from the home page: a wrong query code → 办件编号或查询码不正确');
  await visible(page, '.lookup-code input').fill(c.code.toLowerCase());
  await visible(page, '.lookup-submit').click();
  await visible(page, '.case-lookup-result .case-head-number').filter({ hasText: c.number }).waitFor();
  const status = (await visible(page, '.case-lookup-result .case-status').innerText()).trim();
  await visible(page, '.case-lookup-result .case-event-status').filter({ hasText: '已提交' }).waitFor();
  const text = await page.evaluate(() => document.body.textContent);
  assert.ok(!text.includes(NAME) && !text.includes(NAME.slice(1)), 'the public view names nobody');
  await assertNothingUnmasked(page, '办件查询');
  // The form and the head of the answer in one picture: from the top of the page.
  await visible(page, '.taro_page').evaluate((el) => el.scrollTo(0, 0));
  await settled(page);
  await page.screenshot({ path: `${shots}/lookup.png` });
  steps.push(`the right code (typed in lower case) shows ${ITEM}: ${status}, no personal data; screenshot lookup.png`);
}

export async function caseJourney(
  contexts: { resident: BrowserContext; signedOut: BrowserContext },
  baseUrl: string,
  screenshotDir: string,
): Promise<string[]> {
  const steps: string[] = [];
  const page = await contexts.resident.newPage();
  page.setDefaultTimeout(20_000);
  await signInAndVerify(page, baseUrl, steps);
  await findItemAndApply(page, baseUrl, steps);
  await fillApplication(page, screenshotDir, steps);
  await uploadPhotos(page, premisesMaterial(page), screenshotDir, steps);
  await resumeDraft(page, steps);
  const c = await reviewAndSubmit(page, screenshotDir, steps);
  await followCase(page, baseUrl, c.number, screenshotDir, steps);
  await page.close();

  const anon = await contexts.signedOut.newPage();
  anon.setDefaultTimeout(20_000);
  await lookUp(anon, baseUrl, c, screenshotDir, steps);
  await anon.close();
  return steps;
}
