// The window's side of a case on the H5 build, with the resident on their phone alongside (two
// browser profiles): a resident's online application for 个体工商户设立登记, to be posted home, is
// received by window staff in 统一收件, who ask for one material again (一次性告知补正); the resident
// sees the notice on the case page, uploads a new photo and submits the correction; the window
// accepts, the reviewer takes the case on and approves it with a certificate (营业执照), the window
// posts the result (no tracking number: the fake courier books the waybill); the resident sees 已办结
// with the tracking number, the decision and its 决定书, the certificate in 我的证照, the messages in
// 消息中心. (A community agent filing for a resident is agent-journey.ts.)
import { strict as assert } from 'node:assert';
import type { BrowserContext, Page } from 'playwright-core';
import { checkDigitOf } from '@bianmin/shared/identity/national-id';
import { REAL_NAME_CONSENT } from '@bianmin/shared/identity/real-name-consent';
import { settled, visible } from './page-helpers';
import { photo, STAFF, staffSignIn } from './staff-helpers';

const ITEM = '个体工商户设立登记';
const MATERIAL = '经营场所使用相关文件';
const NAME = '孙立军';
const ID_FIRST17 = '37021419791103301';
const ID = ID_FIRST17 + checkDigitOf(ID_FIRST17);
const PHONE = '13687654321';
type Json = Record<string, unknown>;

async function call<T = Json>(
  baseUrl: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown; form?: FormData; headers?: Record<string, string> } = {},
): Promise<T> {
  const method = init.method ?? (init.body || init.form ? 'POST' : 'GET');
  const res = await fetch(baseUrl + path, {
    method,
    headers: {
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    body: init.form ?? (init.body ? JSON.stringify(init.body) : undefined),
  });
  const body = (await res.json().catch(() => ({}))) as T;
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(body)}`);
  return body;
}

async function uploadPhoto(baseUrl: string, token: string, jpeg: Buffer, name: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), name);
  return (await call<{ id: string }>(baseUrl, '/api/v1/uploads', { token, form })).id;
}

const answers = {
  useName: '使用名称',
  businessName: '青岛市城阳区立军五金店',
  organizationForm: '个人经营',
  premisesAddress: '城阳区城阳街道正阳路201号1层',
  businessScope: ['五金产品零售'],
  employeeCount: 1,
  capitalAmount: 3,
  licenceDelivery: '仅领取电子营业执照',
  pledge: true,
};

/** Opens 统一收件 from the 工作台 and the case from its row (on the 全部 tab when not on the first). */
async function openFromInbox(page: Page, number: string) {
  await visible(page, '.staff-tool-cases').click();
  const row = visible(page, `.staff-inbox-row[data-number="${number}"]`);
  await visible(page, '.staff-inbox-tab').first().waitFor();
  if (!(await row.count())) await visible(page, '.staff-inbox-tab[data-view="all"]').click();
  await row.click();
  await visible(page, '.staff-case-status').waitFor();
}

async function confirmModal(page: Page) {
  await page.locator('.taro-modal__content .taro-model__confirm').filter({ visible: true }).click();
}

async function staffStatus(page: Page, label: string) {
  await visible(page, '.staff-case-status').filter({ hasText: label }).waitFor();
}

export async function windowJourney(
  contexts: { resident: BrowserContext; staff: BrowserContext },
  baseUrl: string,
  shots: string,
): Promise<string[]> {
  const steps: string[] = [];
  const r = await contexts.resident.newPage();
  r.setDefaultTimeout(20_000);
  const s = await contexts.staff.newPage();
  s.setDefaultTimeout(20_000);

  // ---- the resident, signed in on their phone; the application is made through the API ----
  await r.goto(`${baseUrl}/#/pages/mine/index`);
  await r.evaluate(() => localStorage.clear());
  await r.reload();
  await visible(r, '.mine-signin').click();
  await visible(r, '.dev-login-openid input').fill('e2e-resident-window');
  await visible(r, '.dev-login-submit').click();
  await visible(r, '.profile-name').waitFor();
  const token = await r.evaluate(
    () => JSON.parse(localStorage.getItem('bm.session') ?? '{}') as { data?: { accessToken?: string }; accessToken?: string },
  );
  const access = token.accessToken ?? token.data?.accessToken;
  assert.ok(access, 'the resident session holds an access token');
  await call(baseUrl, '/api/v1/me/real-name', { token: access, body: { name: NAME, idNumber: ID, ...REAL_NAME_CONSENT } });
  const guides = await call<{ items: { code: string; name: string }[] }>(baseUrl, `/api/v1/guides?q=${encodeURIComponent(ITEM)}`);
  const item = guides.items.find((g) => g.name === ITEM);
  assert.ok(item, `the demo catalogue has ${ITEM}`);
  const guide = await call<{ materials: { id: number; name: string }[] }>(baseUrl, `/api/v1/guides/${encodeURIComponent(item.code)}`);
  const material = guide.materials.find((m) => m.name === MATERIAL);
  assert.ok(material, `${ITEM} asks for ${MATERIAL}`);
  const first = await uploadPhoto(baseUrl, access, await photo(r, '房屋租赁合同'), '租赁合同.jpg');
  const submitted = await call<{ case: { number: string } }>(baseUrl, '/api/v1/cases', {
    token: access,
    headers: { 'idempotency-key': crypto.randomUUID() },
    body: {
      itemCode: item.code,
      applicant: { kind: 'individual' },
      contactPhone: PHONE,
      answers,
      materials: [{ materialId: material.id, uploadIds: [first] }],
      delivery: { method: 'post', recipient: NAME, phone: PHONE, address: '青岛市城阳区城阳街道正阳路201号3单元502室' },
    },
  });
  const number = submitted.case.number;
  steps.push(`resident applied online (API): ${number}, result to be posted home`);

  // ---- the window: 统一收件 → the case → 一次性告知补正 of the one material ----
  await staffSignIn(s, baseUrl, STAFF.window);
  await visible(s, '.staff-tool-cases').click();
  await visible(s, `.staff-inbox-row[data-number="${number}"]`).waitFor();
  await settled(s);
  await s.screenshot({ path: `${shots}/staff-inbox.png` });
  await visible(s, `.staff-inbox-row[data-number="${number}"]`).click();
  await staffStatus(s, '已提交');
  await visible(s, '.staff-case-action-request_correction').click();
  const entry = visible(s, `.staff-correction-entry[data-entry="material:${material.id}"]`);
  await entry.locator('.staff-correction-check').click();
  await entry.locator('.staff-correction-problem input').fill('租赁合同缺少出租方签字页，请补拍完整的签字页');
  await visible(s, '.staff-form-submit').click();
  await staffStatus(s, '待补正');
  await visible(s, '.taro_page').evaluate((el) => el.scrollTo(0, 0));
  await settled(s);
  await s.screenshot({ path: `${shots}/staff-case.png` });
  steps.push(
    'window staff found it in 统一收件 and asked for the rental contract again (补正); screenshots staff-inbox.png, staff-case.png',
  );

  // ---- the resident corrects on the case page ----
  await r.goto(`${baseUrl}/#/features/cases/pages/detail/index?number=${number}`);
  await visible(r, '.case-correction').filter({ hasText: '缺少出租方签字页' }).waitFor();
  const uploader = visible(r, `.case-resubmit .apply-material[data-material="${material.id}"]`);
  const chooser = r.waitForEvent('filechooser');
  await uploader.locator('.apply-file-pick').click();
  await (await chooser).setFiles({ name: '租赁合同签字页.jpg', mimeType: 'image/jpeg', buffer: await photo(r, '租赁合同签字页') });
  await uploader.locator('.apply-file.is-done').waitFor({ timeout: 60_000 });
  await uploader.scrollIntoViewIfNeeded();
  await settled(r);
  await r.screenshot({ path: `${shots}/correction.png` });
  await visible(r, '.case-resubmit-submit').click();
  await visible(r, '.case-status')
    .filter({ hasText: /已补正|已提交/ })
    .waitFor();
  assert.equal(await visible(r, '.case-resubmit').count(), 0, 'the correction form is gone');
  steps.push('resident saw the notice on the case page, uploaded a new photo and submitted the correction; screenshot correction.png');

  // ---- the window accepts ----
  await s.reload();
  await visible(s, '.staff-case-status')
    .filter({ hasText: /已补正|已提交/ })
    .waitFor();
  await visible(s, '.staff-case-action-accept').click();
  await confirmModal(s);
  await staffStatus(s, '已受理');
  steps.push('window staff accepted');

  // ---- the reviewer takes it on and approves with a certificate ----
  await staffSignIn(s, baseUrl, STAFF.reviewer);
  await openFromInbox(s, number);
  await visible(s, '.staff-case-action-assign').click();
  await visible(s, '.staff-assign-self').click();
  await staffStatus(s, '审查中');
  await visible(s, '.staff-case-action-approve').click();
  await visible(s, '.staff-certificate-toggle').click();
  await visible(s, '.staff-field-certificate-type input').fill('营业执照');
  await visible(s, '.staff-form-submit').click();
  await confirmModal(s);
  await staffStatus(s, '准予许可');
  steps.push('reviewer assigned themselves and approved, issuing a 营业执照');

  // ---- the window posts the result: the courier books the waybill ----
  await staffSignIn(s, baseUrl, STAFF.window);
  await openFromInbox(s, number);
  await visible(s, '.staff-case-action-conclude').click();
  await visible(s, '.staff-dispatch-post.is-active').waitFor();
  await visible(s, '.staff-form-submit').click();
  await staffStatus(s, '已办结');
  const waybill = /快递单号\s*([A-Z0-9]+)/.exec(await visible(s, '.staff-delivery-dispatched').innerText())?.[1];
  assert.ok(waybill, 'the courier booked a waybill');
  steps.push(`window staff posted the result without typing a number: waybill ${waybill}`);

  // ---- the resident: 已办结, tracking number, decision, 决定书, certificate, messages ----
  await r.reload();
  await visible(r, '.case-status').filter({ hasText: '已办结' }).waitFor();
  await visible(r, '.case-tracking-number').filter({ hasText: waybill }).waitFor();
  await visible(r, '.case-decision-result').filter({ hasText: '准予许可' }).waitFor();
  await visible(r, '.case-decision-document').waitFor();
  const pdf = await r.evaluate(async (url) => {
    const session = JSON.parse(localStorage.getItem('bm.session') ?? '{}') as { accessToken?: string; data?: { accessToken?: string } };
    const token = session.accessToken ?? session.data?.accessToken ?? '';
    const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    return { status: res.status, type: res.headers.get('content-type'), head: (await res.text()).slice(0, 5) };
  }, `${baseUrl}/api/v1/cases/${number}/decision.pdf`);
  assert.equal(pdf.status, 200, 'the 决定书 downloads with the token');
  assert.equal(pdf.head, '%PDF-');
  const popup = r.waitForEvent('popup');
  await visible(r, '.case-decision-document').click();
  const tab = await popup;
  await tab.waitForURL(/^blob:/);
  await tab.close();
  await visible(r, '.case-decision').scrollIntoViewIfNeeded();
  await settled(r);
  await r.screenshot({ path: `${shots}/decided.png` });
  steps.push(`resident sees 已办结, tracking number ${waybill}, 准予许可 and opens the 决定书 (PDF in a new tab); screenshot decided.png`);

  await r.goto(`${baseUrl}/#/pages/mine/index`);
  await visible(r, '.mine-certificates').click();
  await visible(r, '.certificate').filter({ hasText: '营业执照' }).filter({ hasText: number }).waitFor();
  const code = (await visible(r, '.certificate-code .case-row-value').first().innerText()).trim();
  assert.match(code, /^[A-Z0-9]{8}$/, 'a verification code');
  steps.push(`我的证照 shows the 营业执照 with verification code ${code}`);

  await r.goto(`${baseUrl}/#/pages/mine/index`);
  // The notifications worker delivers within a few seconds.
  await visible(r, '.mine-unread').waitFor({ timeout: 30_000 });
  const unread = (await visible(r, '.mine-unread').innerText()).trim();
  await visible(r, '.mine-messages').click();
  await visible(r, '.message').first().waitFor();
  const titles = await visible(r, '.message-title').allInnerTexts();
  assert.ok(titles.length >= 3, `several messages about the case (got ${titles.join(' | ')})`);
  assert.ok(await visible(r, '.message.is-unread .message-unread').count(), 'unread ones say 未读');
  await settled(r);
  await r.screenshot({ path: `${shots}/messages.png` });
  await visible(r, '.message.is-unread').first().click();
  await visible(r, '.case-head-number').filter({ hasText: number }).waitFor();
  steps.push(
    `我的 showed ${unread}; 消息中心 lists ${titles.length} messages (${titles.slice(0, 3).join('、')}…), tapping one opens the case; screenshot messages.png`,
  );

  await r.close();
  await s.close();
  return steps;
}
