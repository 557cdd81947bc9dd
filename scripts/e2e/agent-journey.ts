// 社区代办 on the H5 build: a community agent signs in at the staff login, opens 社区代办 on the
// 工作台, finds 个体工商户设立登记 by the resident's words, types in the resident's identity from
// her ID card, fills the item's own form, is told which materials are missing, photographs them
// and the signed authorisation (代办授权书), and files: the case opens on the staff case page with
// its unified number, 社区代办 as its channel and the consent on the timeline; 本站代办情况 counts it.
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { checkDigitOf } from '@bianmin/shared/identity/national-id';
import { settled, visible } from './page-helpers';
import { choice, photo, STAFF, staffSignIn } from './staff-helpers';

const ITEM = '个体工商户设立登记';
const RESIDENT = { name: '刘桂兰', id: '37021419550218202' + checkDigitOf('37021419550218202'), phone: '13705321234' };

async function photograph(page: Page, scope: ReturnType<typeof visible>, title: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), scope.locator('.apply-file-pick').click()]);
  await chooser.setFiles({ name: `${title}.jpg`, mimeType: 'image/jpeg', buffer: await photo(page, title) });
  await scope.locator('.apply-file.is-done').first().waitFor({ timeout: 60_000 });
}

export async function agentJourney({ page, baseUrl, screenshotPath }: { page: Page; baseUrl: string; screenshotPath: string }) {
  const steps: string[] = [];
  await staffSignIn(page, baseUrl, STAFF.agent);
  await visible(page, '.staff-tool-register').filter({ hasText: '社区代办' }).click();
  await visible(page, '.register-item-search input').fill('个体工商户');
  await visible(page, '.register-item').filter({ hasText: ITEM }).first().click();
  await visible(page, '.apply-item-name').filter({ hasText: ITEM }).waitFor();
  steps.push('工作台 → 社区代办; found 个体工商户设立登记 by 个体工商户');

  // Submitting empty: every problem at once, in the shared rules' words.
  await visible(page, '.register-submit').click();
  assert.equal(await visible(page, '.register-applicant-name .field-error').innerText(), '请输入姓名');
  assert.ok(await visible(page, '.register-consent .field-error').count(), 'the missing consent is named');
  await visible(page, '.register-applicant-name input').fill(RESIDENT.name);
  await visible(page, '.register-applicant-idNumber input').fill(RESIDENT.id);
  await visible(page, '.register-applicant-phone input').fill(RESIDENT.phone);
  const field = (key: string) => visible(page, `.apply-field-${key} input`);
  await choice(page, 'useName', '使用名称').click();
  await field('businessName').fill('青岛市城阳区桂兰便民小卖部');
  await choice(page, 'organizationForm', '个人经营').click();
  await field('premisesAddress').fill('城阳区城阳街道后桃林社区12号');
  await choice(page, 'businessScope', '食品销售').click();
  await field('employeeCount').fill('1');
  await field('capitalAmount').fill('2');
  await choice(page, 'licenceDelivery', '仅领取电子营业执照').click();
  await visible(page, '.apply-field-pledge .apply-choice').click();

  const missing = visible(page, '.apply-materials .apply-material.has-error');
  const names = await missing.locator('.apply-material-name').allInnerTexts();
  assert.ok(names.length > 0, 'the required materials are named before anything is sent');
  for (const name of names) await photograph(page, visible(page, '.apply-materials .apply-material').filter({ hasText: name }), name);
  await photograph(page, visible(page, '.register-consent'), '代办授权书（已签字）');
  steps.push(`applicant typed in, form filled; photographed ${names.join('、')} and the signed 代办授权书`);

  await settled(page);
  await page.screenshot({ path: screenshotPath, fullPage: false });
  await visible(page, '.register-submit').click();
  const number = (await visible(page, '.staff-case').getAttribute('data-number', { timeout: 30_000 })) ?? '';
  assert.match(number, /^\d{6}-\d{8}-\d{5}$/);
  assert.match(await visible(page, '.staff-case-number').innerText(), /社区代办/);
  await visible(page, '.staff-case').filter({ hasText: '代办授权书' }).first().waitFor();
  assert.match(await visible(page, '.staff-case-application').innerText(), /刘\*兰|刘\*\*/);
  steps.push(`filed ${number}: opened on the staff case page as 社区代办 with the consent recorded, the applicant masked`);

  await page.goto(`${baseUrl}/#/features/staff/pages/station/index`);
  const total = await visible(page, '.staff-station-total').innerText();
  assert.match(total, /代办办件共 [1-9]\d* 件/);
  steps.push(`本站代办情况: ${total}`);
  return steps;
}
