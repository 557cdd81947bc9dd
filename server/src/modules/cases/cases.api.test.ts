// A resident applies from the phone (微信申报) and follows the case, signed in and signed out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, CaseList, CasePublicView, Draft, GuideDetail } from '@bianmin/shared';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';
import { verifiedResident } from '../../testing/appointments-fixture';
import { photoWithGps, PREMISES_MATERIAL, SHOP_ITEM, shopAnswers, shopApplication, submit, uploadFile } from '../../testing/cases-fixture';
import { DomainEventEntity } from '../../platform/entities';
import { CaseEntity } from './entities';

let app: TestApp;
let resident: Awaited<ReturnType<typeof verifiedResident>>;
let photos: string[];
beforeAll(async () => {
  app = await startTestApp();
  resident = await verifiedResident(app, 'case');
  photos = [];
  for (const colour of ['#aa0000', '#00aa00'])
    photos.push((await uploadFile(app, resident.accessToken, await photoWithGps(colour), '租赁合同.jpg')).body.id);
});
afterAll(() => closeIfStarted(app));

let key = 0;
const nextKey = () => `case-test-${Date.now()}-${++key}`;

describe('applying for 个体工商户设立登记 from the phone', () => {
  let submitted: { case: Case; queryCode: string };

  it('the guide carries the application form and what each material accepts', async () => {
    const guide = await app.get<GuideDetail>(`/api/v1/guides/${SHOP_ITEM}`);
    expect(guide.body.applicationForm?.applicantKinds).toEqual(['individual']);
    expect(guide.body.applicationForm?.fields.map((f) => f.key)).toContain('businessScope');
    const premises = guide.body.materials.find((m) => m.id === PREMISES_MATERIAL);
    expect(premises?.upload).toMatchObject({ kinds: ['image', 'pdf'], maxFiles: 10 });
    expect(guide.body.materials.find((m) => m.id === 1)?.filledOnline).toBe(true);
    expect(guide.body.materials.find((m) => m.id === 2)?.sharedProof).toBe(true);
  });

  it('submits once and gets a unified number and a query code at once', async () => {
    const res = await submit(app, resident.accessToken, shopApplication(photos), nextKey());
    expect(res.status).toBe(201);
    submitted = res.body;
    expect(submitted.case.number).toMatch(/^370214-\d{8}-\d{5}$/);
    expect(submitted.case.number.length).toBeLessThanOrEqual(32);
    expect(submitted.queryCode).toMatch(/^[ABCDEFGHJKMNPQRTUVWXY3-9]{6}$/);
    expect(submitted.case).toMatchObject({ status: 'submitted', statusLabel: '已提交', channel: 'online', canWithdraw: true });
    expect(submitted.case.dates).toMatchObject({ promisedLimitDays: 0, legalLimitDays: 3, acceptedOn: null, promisedDeadline: null });
    expect(submitted.case.dates.acceptanceDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(submitted.case.materials).toEqual([
      expect.objectContaining({ materialId: PREMISES_MATERIAL, files: expect.any(Array) as unknown }),
    ]);
    expect(submitted.case.materials[0]?.files).toHaveLength(2);
  });

  it('shows the applicant masked and personal answers masked', () => {
    expect(submitted.case.applicant).toMatchObject({ kind: 'individual', name: '测**民' });
    expect(submitted.case.applicant.idNumber).toMatch(/^370214\*{8}\d{3}[\dX]$/);
    expect(submitted.case.contactPhone).toBe('139****5678');
    expect(submitted.case.answers.find((a) => a.key === 'businessScope')?.value).toBe('食品销售、日用百货销售');
    expect(submitted.case.answers.find((a) => a.key === 'pledge')?.value).toBe('是');
  });

  it('lists it under 我的办件 and opens it with its timeline', async () => {
    const mine = await app.get<CaseList>('/api/v1/cases/mine?state=open', resident.accessToken);
    expect(mine.body.items.map((c) => c.number)).toContain(submitted.case.number);
    const one = await app.get<Case>(`/api/v1/cases/${submitted.case.number}`, resident.accessToken);
    expect(one.body.timeline).toEqual([expect.objectContaining({ action: 'submit', status: 'submitted', actor: 'applicant' })]);
  });

  it('records the event with the case, the query code sealed', async () => {
    const row = await app.dataSource.getRepository(CaseEntity).findOneByOrFail({ number: submitted.case.number });
    const event = await app.dataSource.getRepository(DomainEventEntity).findOneByOrFail({ aggregateId: row.id, type: 'case.submitted' });
    expect(event.payload).toMatchObject({ number: submitted.case.number, itemName: '个体工商户设立登记' });
    expect(JSON.stringify(event.payload)).not.toContain(submitted.queryCode);
    expect(row.queryCodeHash).not.toContain(submitted.queryCode);
  });

  it('can be looked up signed out by number + query code, without personal data', async () => {
    const res = await app.get<CasePublicView>(
      `/api/v1/cases/lookup?number=${submitted.case.number}&code=${submitted.queryCode.toLowerCase()}`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ number: submitted.case.number, status: 'submitted', item: { name: '个体工商户设立登记' } });
    const text = JSON.stringify(res.body);
    for (const secret of ['测', '139', '5678', '老王', '正阳路']) expect(text).not.toContain(secret);
  });

  it('answers a wrong code exactly like an unknown number', async () => {
    const wrong = await app.get<{ code: string; message: string }>(`/api/v1/cases/lookup?number=${submitted.case.number}&code=AAAAAA`);
    const unknown = await app.get<{ code: string; message: string }>(`/api/v1/cases/lookup?number=370214-20200101-99999&code=AAAAAA`);
    expect([wrong.status, wrong.body.code, wrong.body.message]).toEqual([unknown.status, unknown.body.code, unknown.body.message]);
    expect(wrong.status).toBe(404);
  });

  it('is withdrawn by the applicant before a decision, once', async () => {
    const res = await app.send<Case>(
      `/api/v1/cases/${submitted.case.number}/withdraw`,
      { reason: '资料准备不全' },
      { token: resident.accessToken },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'withdrawn', canWithdraw: false });
    expect(res.body.timeline.at(-1)).toMatchObject({ action: 'withdraw', note: '申请人撤回申请：资料准备不全' });
    const again = await app.send<{ code: string }>(`/api/v1/cases/${submitted.case.number}/withdraw`, {}, { token: resident.accessToken });
    expect([again.status, again.body.code]).toEqual([409, 'CASE_STATE']);
    const closed = await app.get<CaseList>('/api/v1/cases/mine?state=closed', resident.accessToken);
    expect(closed.body.items.map((c) => c.number)).toContain(submitted.case.number);
  });
});

describe('what a submission must satisfy', () => {
  it('names every wrong answer at once, in the form’s own words', async () => {
    const answers = { ...shopAnswers(), organizationForm: '家庭经营', employeeCount: 0, businessScope: [] };
    const res = await submit(app, resident.accessToken, shopApplication(photos, { answers }), nextKey());
    expect(res.status).toBe(400);
    expect(res.body.fieldErrors).toMatchObject({
      'answers.employeeCount': ['从业人数不能小于1人'],
      'answers.businessScope': ['请选择经营范围'],
      'answers.familyMemberName': ['请填写参加经营的家庭成员姓名'],
    });
  });

  it('asks for the required material that is missing, and never for shared or online-filled ones', async () => {
    const res = await submit(app, resident.accessToken, shopApplication([], { materials: [] }), nextKey());
    expect([res.status, res.body.code]).toEqual([422, 'MATERIALS_INCOMPLETE']);
    expect(Object.keys(res.body.fieldErrors ?? {})).toEqual([`materials.${PREMISES_MATERIAL}`]);
  });

  it('refuses someone else’s upload as if it did not exist', async () => {
    const other = await verifiedResident(app, 'thief');
    const res = await submit(app, other.accessToken, shopApplication([photos[0] ?? '']), nextKey());
    expect([res.status, res.body.code]).toEqual([422, 'MATERIALS_INCOMPLETE']);
  });

  it('needs a verified real name', async () => {
    const anonymous = await app.signInResident(`unverified-${Date.now()}`);
    const res = await submit(app, anonymous.accessToken, shopApplication(photos), nextKey());
    expect([res.status, res.body.code]).toEqual([403, 'REAL_NAME_REQUIRED']);
  });

  it('refuses an item that is not submitted online, and a legal person where only individuals apply', async () => {
    const snapshot = await app.services.catalogue.current();
    const offline = snapshot.items.find((i) => !i.onlineSubmission);
    const res = await submit(app, resident.accessToken, shopApplication(photos, { itemCode: offline?.code ?? 'x-1' }), nextKey());
    expect([res.status, res.body.code]).toEqual([422, 'ITEM_NOT_ONLINE']);
    const company = {
      kind: 'legalPerson' as const,
      name: '青岛某某商贸有限公司',
      creditCode: '91370214MA3C2X1Y2K',
      legalRepresentative: '王小明',
    };
    const legal = await submit(app, resident.accessToken, shopApplication(photos, { applicant: company }), nextKey());
    expect(legal.status).toBe(400);
  });
});

describe('no duplicate case from a double tap, and numbers without gaps', () => {
  it('50 identical submits at once make exactly one case', async () => {
    const before = await app.dataSource.getRepository(CaseEntity).count();
    const k = nextKey();
    const answers = await Promise.all(Array.from({ length: 50 }, () => submit(app, resident.accessToken, shopApplication(photos), k)));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([201]));
    expect(new Set(answers.map((a) => a.body.case.number)).size).toBe(1);
    expect(new Set(answers.map((a) => a.body.queryCode)).size).toBe(1);
    expect(await app.dataSource.getRepository(CaseEntity).count()).toBe(before + 1);
  });

  it('200 submissions at once on one day get 200 distinct numbers in an unbroken sequence', async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => submit(app, resident.accessToken, shopApplication(photos), nextKey())),
    );
    expect(answers.filter((a) => a.status !== 201).map((a) => a.body)).toEqual([]);
    const rows = await app.dataSource.getRepository(CaseEntity).find({ select: { number: true } });
    const sequences = rows.map((r) => Number(r.number.slice(-5))).sort((a, b) => a - b);
    expect(new Set(sequences).size).toBe(rows.length);
    expect(sequences).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
  });
});

describe('办件查询 brute force', () => {
  it('answers 429 after 10 failed lookups from one client, even with the right code', async () => {
    const limited = await startTestApp();
    try {
      const r = await verifiedResident(limited, 'brute');
      const up = (await uploadFile(limited, r.accessToken, await photoWithGps(), 'a.jpg')).body.id;
      const made = await submit(limited, r.accessToken, shopApplication([up]), nextKey());
      const { number } = made.body.case;
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++)
        statuses.push((await limited.get(`/api/v1/cases/lookup?number=${number}&code=AAAAA${'3456789'[i % 7] ?? '3'}`)).status);
      expect(statuses).toEqual(Array(10).fill(404));
      const blocked = await limited.get<{ code: string }>(`/api/v1/cases/lookup?number=${number}&code=${made.body.queryCode}`);
      expect([blocked.status, blocked.body.code]).toEqual([429, 'RATE_LIMITED']);
    } finally {
      await limited.close();
    }
  });
});

describe('drafts on the server', () => {
  it('are saved, resumed on another device, and removed by the submission', async () => {
    const r = await verifiedResident(app, 'draft');
    const input = {
      answers: { useName: '使用名称', businessName: '未填完' },
      materials: [{ materialId: PREMISES_MATERIAL, uploadIds: [] }],
    };
    const saved = await app.send<Draft>(`/api/v1/cases/drafts/${SHOP_ITEM}`, input, { token: r.accessToken, method: 'PUT' });
    expect(saved.status).toBe(200);
    const otherDevice = await app.get<Draft>(`/api/v1/cases/drafts/${SHOP_ITEM}`, r.accessToken);
    expect(otherDevice.body).toMatchObject({ itemName: '个体工商户设立登记', answers: input.answers });
    const up = (await uploadFile(app, r.accessToken, await photoWithGps(), 'a.jpg')).body.id;
    expect((await submit(app, r.accessToken, shopApplication([up]), nextKey())).status).toBe(201);
    expect((await app.get(`/api/v1/cases/drafts/${SHOP_ITEM}`, r.accessToken)).status).toBe(404);
  });
});

describe('who sees a case', () => {
  it('its applicant and staff handling the item; everyone else gets 404', async () => {
    const owner = await verifiedResident(app, 'owner');
    const up = (await uploadFile(app, owner.accessToken, await photoWithGps(), 'a.jpg')).body.id;
    const { number } = (await submit(app, owner.accessToken, shopApplication([up]), nextKey())).body.case;
    const other = await verifiedResident(app, 'nosy');
    const department = await app.signInStaff(`xzsp-case-${Date.now()}`, [{ role: 'reviewer', scopeType: 'department', scopeCode: 'xzsp' }]);
    const hall = await app.signInStaff(`hall-case-${Date.now()}`, [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }]);
    const wrongDepartment = await app.signInStaff(`rs-case-${Date.now()}`, [
      { role: 'reviewer', scopeType: 'department', scopeCode: 'rs' },
    ]);
    const agent = await app.signInStaff(`agent-case-${Date.now()}`, [
      { role: 'community_agent', scopeType: 'hall', scopeCode: 'cy-district' },
    ]);
    const status = async (token: string) => (await app.get(`/api/v1/cases/${number}`, token)).status;
    expect(await status(owner.accessToken)).toBe(200);
    expect(await status(department.accessToken)).toBe(200);
    expect(await status(hall.accessToken)).toBe(200);
    expect(await status(other.accessToken)).toBe(404);
    expect(await status(wrongDepartment.accessToken)).toBe(404);
    expect(await status(agent.accessToken)).toBe(404);
    const withdraw = await app.send(`/api/v1/cases/${number}/withdraw`, {}, { token: other.accessToken });
    expect(withdraw.status).toBe(404);
    expect((await app.get(`/api/v1/cases/${number}`)).status).toBe(401);
  });
});
