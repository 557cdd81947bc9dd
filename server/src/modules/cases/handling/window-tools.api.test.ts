// The window's tools around a case: checking the applicant's identity at the counter (in full, for
// staff who work on the case, every read in the audit log), choosing a handler, printing the written
// notices (受理 / 不予受理 / 补正, 一次性告知), and a posted result that comes back (退件).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage, CaseHandlerList, StaffApplicantIdentity, StaffCase, StaffCaseList } from '@bianmin/shared';
import { closeIfStarted, type TestApp } from '../../../testing/harness';
import { verifiedResident } from '../../../testing/appointments-fixture';
import { PREMISES_MATERIAL } from '../../../testing/cases-fixture';
import {
  decidedCase,
  type ResidentSession,
  type StaffSession,
  staffStep,
  startHandlingApp,
  submittedShopCase,
} from '../../../testing/handling-fixture';
import { pdfText } from './pdf-text';

let app: TestApp;
let resident: ResidentSession;
let windowStaff: StaffSession, reviewer: StaffSession, supervisor: StaffSession, otherDepartment: StaffSession;
// Beyond the fixture's staff: a second reviewer to assign to, and an admin to read the audit log.
let colleague: StaffSession, admin: StaffSession;
beforeAll(async () => {
  ({ app, resident, windowStaff, reviewer, supervisor, otherDepartment } = await startHandlingApp());
  colleague = await app.signInStaff('wt-reviewer-2', [{ role: 'reviewer', scopeType: 'department', scopeCode: 'xzsp' }]);
  admin = await app.signInStaff('wt-admin', [{ role: 'admin', scopeType: 'district', scopeCode: null }]);
});
afterAll(() => closeIfStarted(app));

const newCase = (delivery?: unknown) => submittedShopCase(app, resident.accessToken, delivery);
const act = (token: string, number: string, step: string, body?: unknown) => staffStep(app, token, number, step, body);
const decided = (number: string) => decidedCase({ app, windowStaff, reviewer }, number);
const download = async (path: string, token: string) => {
  const res = await app.raw(path, { headers: { Authorization: `Bearer ${token}` } });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type'), text: res.status === 200 ? pdfText(bytes).replace(/\n/g, '') : '' };
};
const notice = (number: string, kind: string, token = resident.accessToken) => download(`/api/v1/cases/${number}/notices/${kind}`, token);

describe('GET /staff/cases/:number/applicant', () => {
  it('shows the window the full identity to check at the counter, and logs who read it, when and from where', async () => {
    const number = await newCase();
    const res = await app.get<StaffApplicantIdentity>(`/api/v1/staff/cases/${number}/applicant`, windowStaff.accessToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toMatchObject({ kind: 'individual', name: '测试居民', contactPhone: '13912345678' });
    expect(res.body.idNumber).toMatch(/^370214\d{11}[\dX]$/);
    // The case page itself stays masked.
    const page = await app.get<StaffCase>(`/api/v1/staff/cases/${number}`, windowStaff.accessToken);
    expect(page.body.applicant.idNumber).toContain('*');

    await app.get(`/api/v1/staff/cases/${number}/applicant`, reviewer.accessToken);
    const audit = await app.get<AuditPage>('/api/v1/admin/audit?action=personal_data.read&pageSize=100', admin.accessToken);
    const reads = audit.body.items.filter((a) => a.targetId === number);
    expect(reads.map((a) => a.actorId).sort()).toEqual([windowStaff.userId, reviewer.userId].sort());
    expect(reads[0]).toMatchObject({ targetType: 'case', ip: expect.any(String) as unknown, at: expect.any(String) as unknown });
    expect(JSON.stringify(reads)).not.toContain(res.body.idNumber);
  });

  it('is a 404 for supervisors, another department, the resident and staff of no hall serving the item', async () => {
    const number = await newCase();
    const elsewhere = await app.signInStaff('wt-liuting', [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-street-liuting' }]);
    const served = (await app.services.catalogue.current()).hallServes('cy-street-liuting', {
      code: '511A0074300001-370214',
      departmentCode: 'xzsp',
    });
    for (const token of [
      supervisor.accessToken,
      otherDepartment.accessToken,
      resident.accessToken,
      ...(served ? [] : [elsewhere.accessToken]),
    ])
      expect((await app.get(`/api/v1/staff/cases/${number}/applicant`, token)).status).toBe(404);
  });
});

describe('GET /staff/cases/:number/handlers', () => {
  it('lists the department’s reviewers with their open cases, for whoever may assign', async () => {
    const number = await newCase();
    await act(windowStaff.accessToken, number, 'accept');
    await act(reviewer.accessToken, number, 'assign', { handlerId: reviewer.userId });
    const res = await app.get<CaseHandlerList>(`/api/v1/staff/cases/${number}/handlers`, reviewer.accessToken);
    expect(res.status).toBe(200);
    const ids = res.body.items.map((h) => h.userId);
    expect(ids).toEqual(expect.arrayContaining([reviewer.userId, colleague.userId]));
    expect(ids).not.toContain(otherDepartment.userId);
    expect(ids).not.toContain(windowStaff.userId);
    const me = res.body.items.find((h) => h.userId === reviewer.userId);
    expect(me).toMatchObject({ displayName: '测试hw-reviewer', roles: ['reviewer'] });
    expect(me?.openCases).toBeGreaterThanOrEqual(1);
    // Reassigning to the colleague moves the open case to them.
    await act(reviewer.accessToken, number, 'assign', { handlerId: colleague.userId });
    const after = await app.get<CaseHandlerList>(`/api/v1/staff/cases/${number}/handlers`, reviewer.accessToken);
    const open = (id: string, list: CaseHandlerList) => list.items.find((h) => h.userId === id)?.openCases ?? 0;
    expect(open(colleague.userId, after.body)).toBe(open(colleague.userId, res.body) + 1);
    expect((await app.get(`/api/v1/staff/cases/${number}/handlers`, windowStaff.accessToken)).status).toBe(404);
    expect((await app.get(`/api/v1/staff/cases/${number}/handlers`, otherDepartment.accessToken)).status).toBe(404);
  });
});

describe('GET /cases/:number/notices/:kind', () => {
  it('prints the 补正材料通知书 naming every material and field with what is wrong, while the correction is pending', async () => {
    const number = await newCase();
    expect((await notice(number, 'correction')).status).toBe(404);
    await act(windowStaff.accessToken, number, 'request-correction', {
      note: '请一次补齐',
      items: [
        { kind: 'material', ref: String(PREMISES_MATERIAL), problem: '租赁合同缺少出租方签字页' },
        { kind: 'field', ref: 'businessName', problem: '名称与租赁合同上的不一致' },
      ],
    });
    const pdf = await notice(number, 'correction');
    expect([pdf.status, pdf.type]).toEqual([200, 'application/pdf']);
    expect(pdf.text).toContain('补正材料通知书');
    expect(pdf.text).toContain(`编号：${number}`);
    expect(pdf.text).toContain('第三十二条');
    expect(pdf.text).toContain('材料“经营场所使用相关文件”：租赁合同缺少出租方签字页');
    expect(pdf.text).toContain('：名称与租赁合同上的不一致');
    expect(pdf.text).toContain('说明：请一次补齐');
    expect(pdf.text).toContain('区行政审批服务局');
    expect(pdf.text).toContain('城阳区政务服务中心'); // the hall that receives the item
    // The window prints the same notice; a stranger gets nothing.
    expect((await notice(number, 'correction', windowStaff.accessToken)).status).toBe(200);
    const stranger = await verifiedResident(app, 'wt-stranger');
    expect((await notice(number, 'correction', stranger.accessToken)).status).toBe(404);
    expect((await notice(number, 'acceptance')).status).toBe(404);
  });

  it('prints the 受理通知书 once accepted, with the date and the decision limit', async () => {
    const number = await newCase();
    expect((await notice(number, 'acceptance')).status).toBe(404);
    const accepted = await act(windowStaff.accessToken, number, 'accept');
    const pdf = await notice(number, 'acceptance');
    expect(pdf.status).toBe(200);
    expect(pdf.text).toContain('受理通知书');
    expect(pdf.text).toContain('决定予以受理');
    expect(pdf.text).toContain(`受理日期：${accepted.body.dates.acceptedOn ?? ''}`);
    expect(pdf.text).toContain(`${accepted.body.dates.legalLimitDays}个工作日内作出行政许可决定`);
    expect((await notice(number, 'not-accepted')).status).toBe(404);
  });

  it('prints the 不予受理通知书 with the reason, the basis and the remedy', async () => {
    const number = await newCase();
    await act(windowStaff.accessToken, number, 'not-accept', { reason: '不属于本机关职权范围', basis: '《行政许可法》第三十二条' });
    const pdf = await notice(number, 'not-accepted');
    expect(pdf.status).toBe(200);
    expect(pdf.text).toContain('不予受理通知书');
    expect(pdf.text).toContain('理由：不属于本机关职权范围');
    expect(pdf.text).toContain('依据：《行政许可法》第三十二条');
    expect(pdf.text).toContain('行政复议');
  });

  it('answers 400 for a kind of notice that does not exist', async () => {
    const number = await newCase();
    expect((await app.get(`/api/v1/cases/${number}/notices/approval`, resident.accessToken)).status).toBe(400);
  });
});

describe('退件: a posted result comes back', () => {
  const address = { method: 'post', recipient: '王小明', phone: '13912340000', address: '青岛市城阳区正阳路100号1单元101户' };
  async function posted() {
    const number = await newCase(address);
    await decided(number);
    const waybill = (await act(windowStaff.accessToken, number, 'dispatch', { method: 'post' })).body.delivery.trackingNumber ?? '';
    app.courier.advance(waybill, 'RETURNED');
    await app.services.cases.handling.trackPostedResults();
    return { number, waybill };
  }

  it('flags the case for the window, tells the timeline, and shows up under attention=returned', async () => {
    const { number } = await posted();
    const c = await app.get<StaffCase>(`/api/v1/staff/cases/${number}`, windowStaff.accessToken);
    expect(c.body).toMatchObject({ status: 'concluded', parcelReturned: true });
    expect(c.body.actions).toContain('conclude'); // dispatch again
    const delivered = await act(windowStaff.accessToken, number, 'deliver');
    expect([delivered.status, delivered.body.message]).toEqual([409, '邮件已被退回，请联系申请人后重新发件']);
    expect(c.body.timeline.at(-1)).toMatchObject({ action: 'parcel_returned', actor: 'system', note: '邮件被退回，请联系申请人' });
    const inbox = await app.get<StaffCaseList>('/api/v1/staff/cases?view=all&attention=returned', windowStaff.accessToken);
    expect(inbox.body.items.map((i) => i.number)).toContain(number);
    expect(inbox.body.items.every((i) => i.status === 'concluded' && i.parcelReturned)).toBe(true);
    // Polled again: not flagged twice.
    await app.services.cases.handling.trackPostedResults();
    const again = await app.get<StaffCase>(`/api/v1/staff/cases/${number}`, windowStaff.accessToken);
    expect(again.body.timeline.filter((t) => t.action === 'parcel_returned')).toHaveLength(1);
  });

  it('is posted again with a new waybill, and delivered when that one is signed for', async () => {
    const { number, waybill } = await posted();
    const again = await act(windowStaff.accessToken, number, 'dispatch', { method: 'post' });
    expect(again.status).toBe(200);
    const second = again.body.delivery.trackingNumber ?? '';
    expect(second).not.toBe(waybill);
    expect(again.body).toMatchObject({ status: 'concluded', parcelReturned: false });
    expect(again.body.timeline.at(-1)?.note).toContain(`重新发件：结果已交寄，快递单号 ${second}`);
    const inbox = await app.get<StaffCaseList>('/api/v1/staff/cases?view=all&attention=returned', windowStaff.accessToken);
    expect(inbox.body.items.map((i) => i.number)).not.toContain(number);
    app.courier.advance(second, 'DELIVERED');
    expect(await app.services.cases.handling.trackPostedResults()).toBeGreaterThanOrEqual(1);
    expect((await app.get<StaffCase>(`/api/v1/staff/cases/${number}`, windowStaff.accessToken)).body.status).toBe('delivered');
  });

  it('or switches to collection at the window with a pickup code', async () => {
    const { number } = await posted();
    const pickup = await act(windowStaff.accessToken, number, 'dispatch', { method: 'pickup' });
    expect(pickup.body).toMatchObject({ parcelReturned: false, delivery: { method: 'pickup' } });
    const code = (await app.get<StaffCase>(`/api/v1/cases/${number}`, resident.accessToken)).body.delivery.pickupCode ?? '';
    expect(code).toMatch(/^\d{6}$/);
    expect((await act(windowStaff.accessToken, number, 'deliver', { pickupCode: code })).body.status).toBe('delivered');
  });

  it('cannot be dispatched a second time when nothing came back', async () => {
    const number = await newCase();
    await decided(number);
    await act(windowStaff.accessToken, number, 'dispatch', { method: 'pickup' });
    const twice = await act(windowStaff.accessToken, number, 'dispatch', { method: 'pickup' });
    expect([twice.status, twice.body.code]).toEqual([409, 'CASE_STATE']);
  });
});
