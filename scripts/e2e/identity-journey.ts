// Identity on the H5 build: a resident signs in (fake WeChat), completes real-name, binds a phone
// and sees only masked data; a staff member signs in with a password and reaches 工作台.
import { strict as assert } from 'node:assert';
import { checkDigitOf } from '@bianmin/shared/identity/national-id';
import type { JourneyContext } from './guide-journey';
import { settled } from './page-helpers';

const ID_FIRST17 = '37021419900101123';
const ID = ID_FIRST17 + checkDigitOf(ID_FIRST17);
const TYPO = ID_FIRST17 + (checkDigitOf(ID_FIRST17) === '1' ? '2' : '1');

export async function residentIdentityJourney({ page, baseUrl, screenshotPath }: JourneyContext): Promise<string[]> {
  const steps: string[] = [];
  await page.goto(`${baseUrl}/#/pages/mine/index`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('.mine-signin').click();
  await page.locator('.dev-login-resident').first().click();
  await page.locator('.dev-login-submit').click();
  await page.locator('.profile-name').waitFor();
  steps.push('signed in through the test WeChat sign-in');

  await page.locator('.mine-realname').click();
  await page.locator('.realname-name input').fill('张明');
  await page.locator('.realname-id input').fill(TYPO);
  await page.locator('.realname-id input').blur();
  await page.locator('.realname-id .field-error', { hasText: '校验位' }).waitFor();
  steps.push('a mistyped ID number is caught as it is typed');
  await page.locator('.realname-id input').fill(ID);
  await page.locator('.realname-consent').click();
  await page.locator('.realname-next').click();
  await page.locator('.realname-review-id', { hasText: `370214********${ID.slice(-4)}` }).waitFor();
  steps.push('the separate consent is ticked and the masked number is shown for review');
  await page.locator('.realname-submit').click();
  const masked = `370214********${ID.slice(-4)}`;
  await page.locator('.profile-id', { hasText: masked }).waitFor();
  steps.push(`real-name done; the ID shows as ${masked}`);

  await page.locator('.mine-phone').click();
  await page.locator('.phone-input input').fill('13812345678');
  await page.locator('.phone-submit').click();
  await page.locator('.profile-phone', { hasText: '138****5678' }).waitFor();
  const text = await page.locator('body').innerText();
  assert.ok(!text.includes(ID) && !text.includes('13812345678'), 'no full ID number or phone anywhere on the page');
  await settled(page);
  await page.screenshot({ path: screenshotPath.replace(/guide\.png$/, 'mine.png') });
  steps.push('phone bound, shown as 138****5678; nothing unmasked on screen');
  return steps;
}

export async function staffSignInJourney({ page, baseUrl }: JourneyContext): Promise<string[]> {
  await page.goto(`${baseUrl}/#/pages/mine/index`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('.staff-login-link').click();
  await page.locator('.staff-username input').fill('window.district');
  await page.locator('.staff-password input').fill('wrong-password-1');
  await page.locator('.staff-login-submit').click();
  await page.locator('.form-error', { hasText: '用户名或密码错误' }).waitFor();
  await page.locator('.staff-password input').fill('Copper-Meadow-85-Lantern');
  await page.locator('.staff-login-submit').click();
  await page.locator('.staff-home').waitFor();
  const role = await page.locator('.staff-role').first().innerText();
  assert.match(role, /窗口人员/);
  assert.match(role, /城阳区政务服务中心/);
  return ['wrong password refused', `staff entry reached: ${role.replace(/\s+/g, ' ')}`];
}
