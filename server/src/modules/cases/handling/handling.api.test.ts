// The window's side of a case: received at the window, sent back once for a correction, accepted,
// reviewed by the department (notes, a special procedure, an extension), approved with a
// certificate, dispatched by post or collected, and delivered — the resident seeing each step, staff
// acting only within their role and scope, two staff at once never both winning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, CertificateVerification, StaffCaseList } from '@bianmin/shared';
import { closeIfStarted, type TestApp } from '../../../testing/harness';
import { verifiedResident } from '../../../testing/appointments-fixture';
import { photoWithGps, PREMISES_MATERIAL, uploadFile } from '../../../testing/cases-fixture';
import {
  decidedCase,
  type ResidentSession,
  type StaffSession,
  staffStep,
  startHandlingApp,
  submittedShopCase,
} from '../../../testing/handling-fixture';
import { CaseEntity } from '../entities';

let app: TestApp;
let resident: ResidentSession;
let windowStaff: StaffSession, reviewer: StaffSession, supervisor: StaffSession, otherDepartment: StaffSession;
beforeAll(async () => {
  ({ app, resident, windowStaff, reviewer, supervisor, otherDepartment } = await startHandlingApp());
});
afterAll(() => closeIfStarted(app));

const newCase = (delivery?: unknown) => submittedShopCase(app, resident.accessToken, delivery);
const act = (token: string, number: string, step: string, body?: unknown) => staffStep(app, token, number, step, body);
const decided = (number: string, decision?: unknown) => decidedCase({ app, windowStaff, reviewer }, number, decision);
const mine = async (number: string) => (await app.get<Case>(`/api/v1/cases/${number}`, resident.accessToken)).body;

describe('from receipt to delivery', () => {
  it('goes through every step with the law’s clock, and the resident sees each one', async () => {
    const number = await newCase({
      method: 'post',
      recipient: '王小明',
      phone: '13912340000',
      address: '青岛市城阳区正阳路100号1单元101户',
    });
    const inbox = await app.get<StaffCaseList>('/api/v1/staff/cases?view=acceptance', windowStaff.accessToken);
    const row = inbox.body.items.find((i) => i.number === number);
    expect(row).toMatchObject({ status: 'submitted', dueKind: 'acceptance', card: expect.stringMatching(/green|orange/) as unknown });
    expect(row?.applicantName).toBe('测**民');
    expect(inbox.body.counts.submitted).toBeGreaterThanOrEqual(1);

    // 一次性告知补正, then the resident fixes that one material.
    const correction = await act(windowStaff.accessToken, number, 'request-correction', {
      items: [{ kind: 'material', ref: String(PREMISES_MATERIAL), problem: '租赁合同缺少出租方签字页' }],
    });
    expect(correction.body.status).toBe('correction_requested');
    expect((await mine(number)).correction?.items).toEqual([
      { kind: 'material', ref: String(PREMISES_MATERIAL), label: '经营场所使用相关文件', problem: '租赁合同缺少出租方签字页' },
    ]);
    const fixed = (await uploadFile(app, resident.accessToken, await photoWithGps('#777777'), '签字页.jpg')).body.id;
    const resubmitted = await app.send<Case>(
      `/api/v1/cases/${number}/resubmit`,
      { answers: {}, materials: [{ materialId: PREMISES_MATERIAL, uploadIds: [fixed] }] },
      { token: resident.accessToken, headers: { 'Idempotency-Key': `fix-${number}` } },
    );
    expect(resubmitted.body.status).toBe('resubmitted');

    const accepted = await act(windowStaff.accessToken, number, 'accept');
    expect(accepted.body).toMatchObject({ status: 'accepted', dates: { acceptedOn: app.services.platform.clock.today() } });
    expect(accepted.body.dates.legalDeadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(accepted.body.actions).toEqual([]); // the window's part is done until the decision

    const assigned = await act(reviewer.accessToken, number, 'assign', { handlerId: reviewer.userId });
    expect(assigned.body).toMatchObject({ status: 'under_review', handler: { id: reviewer.userId } });
    const noted = await act(reviewer.accessToken, number, 'notes', { text: '内部：经营场所已现场核查' });
    expect(noted.body.notes.map((x) => x.text)).toEqual(['内部：经营场所已现场核查']);
    expect(JSON.stringify(await mine(number))).not.toContain('现场核查');

    const procedure = await act(reviewer.accessToken, number, 'special-procedure', { procedure: 'inspection', note: '委托检测机构检测' });
    expect(procedure.body.dates.legalDeadline).toBeNull(); // clock stopped
    const ended = await act(reviewer.accessToken, number, 'special-procedure/end', { result: '检测合格' });
    expect(ended.body.dates.legalDeadline).not.toBeNull();
    const before = ended.body.dates.legalLimitDays;
    const extended = await act(reviewer.accessToken, number, 'extend', { reason: '需补充征求相关部门意见', approvedBy: '局长 李某' });
    expect(extended.body.dates.legalLimitDays).toBe(before + 10);
    expect((await act(reviewer.accessToken, number, 'extend', { reason: '再延', approvedBy: '局长 李某' })).status).toBe(409);
    expect((await mine(number)).timeline.at(-1)?.note).toContain('审查期限延长10个工作日');

    const approved = await act(reviewer.accessToken, number, 'decide', {
      result: 'approve',
      certificate: { type: '营业执照', validFrom: '2026-12-05', validTo: null },
    });
    expect(approved.body).toMatchObject({ status: 'approved', decision: { result: 'approve' } });
    expect(approved.body.delivery.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const pdf = await app.raw(`/api/v1/cases/${number}/decision.pdf`, { headers: { Authorization: `Bearer ${resident.accessToken}` } });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const other = await verifiedResident(app, 'nosy-pdf');
    expect(
      (await app.raw(`/api/v1/cases/${number}/decision.pdf`, { headers: { Authorization: `Bearer ${other.accessToken}` } })).status,
    ).toBe(404);

    const certificates = await app.get<{ items: { number: string; verificationCode: string; holder: string }[] }>(
      '/api/v1/me/certificates',
      resident.accessToken,
    );
    const cert = certificates.body.items[0];
    expect(cert).toMatchObject({ number: `ZZ${number}`, holder: '测**民' });
    const verified = await app.get<CertificateVerification>(
      `/api/v1/certificates/verify?number=${cert?.number}&code=${cert?.verificationCode}`,
    );
    expect(verified.body).toMatchObject({ type: '营业执照', status: 'valid', issuer: '区行政审批服务局' });
    expect(JSON.stringify(verified.body)).not.toContain('测');

    const dispatched = await act(windowStaff.accessToken, number, 'dispatch', { method: 'post', trackingNumber: 'EMS1234567890CN' });
    expect(dispatched.body).toMatchObject({
      status: 'concluded',
      delivery: { method: 'post', trackingNumber: 'EMS1234567890CN', address: '青岛市城阳区****' },
    });
    const delivered = await act(windowStaff.accessToken, number, 'deliver');
    expect(delivered.body.status).toBe('delivered');
    const seen = await mine(number);
    expect(seen.timeline.map((t) => t.action)).toEqual([
      'submit',
      'request_correction',
      'resubmit',
      'accept',
      'start_review',
      'start_procedure',
      'end_procedure',
      'extend',
      'approve',
      'conclude',
      'deliver',
    ]);
  });

  it('collects at the window with the pickup code the resident holds', async () => {
    const number = await newCase();
    await decided(number, { result: 'deny', reason: '经营场所属于禁止经营区域', basis: '《促进个体工商户发展条例》' });
    const dispatched = await act(windowStaff.accessToken, number, 'dispatch', { method: 'pickup' });
    expect(dispatched.body.delivery.pickupCode).toBeNull(); // staff never see it
    const code = (await mine(number)).delivery.pickupCode ?? '';
    expect(code).toMatch(/^\d{6}$/);
    const wrong = await act(windowStaff.accessToken, number, 'deliver', { pickupCode: code === '000000' ? '111111' : '000000' });
    expect([wrong.status, wrong.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await act(windowStaff.accessToken, number, 'deliver', { pickupCode: code })).body.status).toBe('delivered');
  });

  it('refuses with reason and basis (不予受理)', async () => {
    const number = await newCase();
    const refused = await act(windowStaff.accessToken, number, 'not-accept', {
      reason: '不属于本机关职权范围',
      basis: '《行政许可法》第三十二条',
    });
    expect(refused.body).toMatchObject({ status: 'not_accepted', decision: { result: 'not_accept', reason: '不属于本机关职权范围' } });
    expect((await mine(number)).nextStep).toContain('未被受理');
  });
});

describe('邮政快递送证到家', () => {
  it('posts the result through the courier and closes the case when the parcel is signed for', async () => {
    const number = await newCase({
      method: 'post',
      recipient: '王小明',
      phone: '13912340000',
      address: '青岛市城阳区正阳路100号1单元101户',
    });
    await decided(number);
    const dispatched = await act(windowStaff.accessToken, number, 'dispatch', { method: 'post' });
    const waybill = dispatched.body.delivery.trackingNumber ?? '';
    expect(app.courier.waybills.has(waybill)).toBe(true);
    expect(await app.services.cases.handling.trackPostedResults()).toBe(0); // collected, not yet delivered
    app.courier.advance(waybill, 'DELIVERED');
    expect(await app.services.cases.handling.trackPostedResults()).toBe(1);
    const seen = await mine(number);
    expect(seen).toMatchObject({ status: 'delivered', delivery: { method: 'post', trackingNumber: waybill } });
    expect(seen.timeline.at(-1)).toMatchObject({ action: 'deliver', actor: 'system', note: '快递已签收，办理完成' });
  });

  it('cannot post to an applicant who chose to collect, unless the window gives a tracking number', async () => {
    const number = await newCase();
    await decided(number);
    const refused = await act(windowStaff.accessToken, number, 'dispatch', { method: 'post' });
    expect([refused.status, Object.keys(refused.body.fieldErrors ?? {})]).toEqual([400, ['method']]);
  });
});

describe('who may do what', () => {
  it('the window receives, the department decides, the supervisor reads; others see nothing', async () => {
    const number = await newCase();
    expect((await act(reviewer.accessToken, number, 'accept')).status).toBe(404);
    expect((await act(supervisor.accessToken, number, 'accept')).status).toBe(404);
    expect((await app.get(`/api/v1/staff/cases/${number}`, supervisor.accessToken)).status).toBe(200);
    expect((await app.get(`/api/v1/staff/cases/${number}`, otherDepartment.accessToken)).status).toBe(404);
    expect((await act(windowStaff.accessToken, number, 'accept')).status).toBe(200);
    expect((await act(windowStaff.accessToken, number, 'decide', { result: 'approve' })).status).toBe(404);
    expect((await act(reviewer.accessToken, number, 'assign', { handlerId: windowStaff.userId })).body.code).toBe('VALIDATION_FAILED');
  });

  it('two staff accepting at once: one wins, the other gets a clean 409', async () => {
    const number = await newCase();
    const second = await app.signInStaff('hw-window-2', [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }]);
    const answers = await Promise.all([act(windowStaff.accessToken, number, 'accept'), act(second.accessToken, number, 'accept')]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)?.body.code).toBe('CASE_STATE');
  });
});

describe('第三十二条: not acted on within 5 working days', () => {
  it('is accepted as of the day of receipt, by the job, once', async () => {
    const number = await newCase();
    await app.dataSource.getRepository(CaseEntity).update({ number }, { receivedOn: '2026-11-02' });
    expect(await app.services.cases.handling.recordDeemedAcceptances()).toBeGreaterThanOrEqual(1);
    const c = await mine(number);
    expect(c).toMatchObject({ status: 'accepted', dates: { acceptedOn: '2026-11-02' } });
    expect(c.timeline.at(-1)).toMatchObject({ action: 'deem_accepted', actor: 'system' });
    expect(await app.services.cases.handling.recordDeemedAcceptances()).toBe(0);
  });
});
