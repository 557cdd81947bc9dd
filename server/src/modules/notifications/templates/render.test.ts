// Templates are data: every event the capabilities emit renders for the right people, in every
// channel, within WeChat's value rules — and a case number is never cut.
import { describe, expect, it } from 'vitest';
import { NotificationTemplates } from '@bianmin/shared';
import { TEMPLATES, subscribeTemplates } from './data';
import { renderNotification, type RenderContext } from './render';
import type { AppointmentEvents } from '../../appointments/index';
import type { CaseEvents } from '../../cases/index';

const NUMBER = '37021420250102000001';
const LONG_ITEM = '城阳区社会投资项目建设工程规划许可证核发（含临时建设工程）';
const supervisors: Record<string, string[]> = { xzsp: ['sup-xzsp', 'sup-district'] };
const ctx: RenderContext = {
  timeZone: 'Asia/Shanghai',
  itemName: (code) => (code === 'item-long' ? LONG_ITEM : '居住证办理'),
  hallName: () => '城阳区政务服务大厅',
  staff: {
    handlerOf: (n) => Promise.resolve(n === NUMBER ? 'handler-1' : null),
    supervisorsOf: (d) => Promise.resolve(supervisors[d] ?? []),
  },
};
const at = new Date('2025-01-02T01:30:00Z'); // 09:30 in the district

const appointment = {
  appointmentId: 'a-1',
  itemCode: 'item-1',
  hallCode: 'cy-district',
  date: '2025-01-03',
  start: '09:00',
  ticketCode: 'K7Q2',
};
const caseBase = { number: NUMBER, itemCode: 'item-1', itemName: '个体工商户设立登记', status: 'x' };
const alert = {
  ...caseBase,
  departmentCode: 'xzsp',
  dueOn: '2025-01-08',
  dueKind: 'decision',
  handlerId: 'handler-1',
  supervisorIds: ['sup-xzsp', 'handler-1'],
};
/** One payload per event the capabilities record (their event types name every key). */
const PAYLOADS: Record<keyof AppointmentEvents | keyof CaseEvents, Record<string, unknown>> = {
  'appointment.booked': appointment,
  'appointment.pending': appointment,
  'appointment.confirmed': appointment,
  'appointment.declined': { ...appointment, reason: '该时段窗口临时关闭' },
  'appointment.cancelled': { ...appointment, reason: '' },
  'appointment.rescheduled': { ...appointment, from: { date: '2025-01-02', start: '14:00' } },
  'appointment.reminder': appointment,
  'case.submitted': { ...caseBase, queryCodeSealed: 'v1.k1.sealed-query-code', channel: 'online', departmentCode: 'xzsp' },
  'case.withdrawn': { ...caseBase, reason: null },
  'case.resubmitted': { ...caseBase, departmentCode: 'xzsp', corrected: ['idCard'] },
  'case.accepted': { ...caseBase, acceptedOn: '2025-01-02', deemed: false },
  'case.not_accepted': { ...caseBase, reason: '不属于本机关职权范围', basis: '第三十二条' },
  'case.correction_requested': {
    ...caseBase,
    items: [
      { label: '身份证', problem: '不清晰' },
      { label: '租赁合同', problem: '缺页' },
    ],
  },
  'case.assigned': { ...caseBase, handlerId: 'handler-1', departmentCode: 'xzsp' },
  'case.extended': { ...caseBase, days: 10, reason: '需现场核查' },
  'case.procedure_started': { ...caseBase, procedure: '专家评审', note: '' },
  'case.procedure_ended': { ...caseBase, procedure: '专家评审', result: '通过' },
  'case.decided': { ...caseBase, result: 'approve', reason: null, certificateNumber: 'C-1' },
  'case.dispatched': { ...caseBase, method: 'post', trackingNumber: 'EMS1234567890CN', pickupCodeSealed: null },
  'case.delivered': { ...caseBase, method: 'post' },
  'case.deadline_warning': alert,
  'case.overdue': alert,
};
const render = (type: string, payload: Record<string, unknown>, userId: string | null = 'resident-1') =>
  renderNotification({ type, payload, userId, createdAt: at }, ctx);

describe('the template data', () => {
  it('passes its schema, covers every event the capabilities record, and nothing else', () => {
    expect(NotificationTemplates.safeParse(TEMPLATES).success).toBe(true);
    expect(Object.keys(TEMPLATES.events).sort()).toEqual(Object.keys(PAYLOADS).sort());
  });

  it('refuses a case number in a key WeChat would shorten', () => {
    const broken = structuredClone(TEMPLATES);
    const entry = broken.events['case.accepted']?.[0];
    if (!entry?.wechat) throw new Error('case.accepted has a WeChat template');
    entry.wechat.data.thing4 = '办件{number}已受理';
    const result = NotificationTemplates.safeParse(broken);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('character_string');
  });

  it('asks for at most three templates at each moment, by their WeChat ids', () => {
    const ids = subscribeTemplates();
    expect(ids.submitted).toEqual(['BmCaseProgress-0001', 'BmCaseCorrection-0001', 'BmCaseResult-0001']);
    for (const list of Object.values(ids)) expect(list.length).toBeLessThanOrEqual(3);
  });
});

describe('renderNotification', () => {
  it.each(Object.entries(PAYLOADS))('%s: every variable filled, every WeChat value within its rules', async (type, payload) => {
    const messages = await render(type, payload);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      // Only a code stays a `{variable}`: filled in when sent, its sealed value beside it.
      expect(JSON.stringify({ ...m, secrets: {} })).not.toMatch(/\{(?!queryCode\}|pickupCode\})[a-zA-Z]+\}/);
      for (const [name, sealed] of Object.entries(m.secrets)) {
        expect(JSON.stringify(m)).toContain(`{${name}}`);
        expect(sealed).toBe(payload[`${name}Sealed`]);
      }
      expect(m.inbox.title).not.toBe('');
      // Every event WeChat carries has its template, and these values fit it.
      expect(m.wechat === null).toBe(!m.order.includes('wechat'));
      for (const [key, { value }] of Object.entries(m.wechat?.data ?? {})) {
        if (key.startsWith('thing')) expect(Array.from(value).length).toBeLessThanOrEqual(20);
        if (key.startsWith('phrase')) expect(value).toMatch(/^\p{Script=Han}{1,5}$/u);
      }
    }
  });

  it('keeps what the resident sees as it happens (预约成功, 待确认) to the inbox, and only that', async () => {
    const inboxOnly: string[] = [];
    for (const [type, payload] of Object.entries(PAYLOADS))
      for (const m of await render(type, payload)) if (!m.order.includes('wechat')) inboxOnly.push(type);
    expect(inboxOnly.sort()).toEqual(['appointment.booked', 'appointment.pending']);
  });

  it('tells the resident a case was accepted: number whole, long item name shortened, time in the district', async () => {
    const [m] = await render('case.accepted', { ...caseBase, itemName: LONG_ITEM, deemed: false });
    expect(m).toMatchObject({
      recipient: { userId: 'resident-1', role: 'resident' },
      essential: true,
      order: ['wechat', 'sms', 'inbox'],
      inbox: { title: '申请已受理', link: { kind: 'case', id: NUMBER } },
      wechat: { templateId: 'BmCaseProgress-0001', page: `features/cases/pages/detail/index?number=${NUMBER}` },
      sms: { templateCode: 'SMS_500000003', params: { number: NUMBER } },
    });
    expect(m?.inbox.body).toContain(`${LONG_ITEM}（${NUMBER}）`);
    expect(m?.wechat?.data).toEqual({
      character_string1: { value: NUMBER },
      thing2: { value: `${LONG_ITEM.slice(0, 19)}…` },
      phrase3: { value: '已受理' },
      thing4: { value: '办理期限从受理次日起计算' },
      time5: { value: '2025年1月2日 09:30' },
    });
  });

  it('picks the variant the payload calls for: deemed acceptance, denial, posting', async () => {
    expect((await render('case.accepted', { ...caseBase, deemed: true }))[0]?.inbox.body).toContain('依法视为已受理');
    const [denied] = await render('case.decided', { ...caseBase, result: 'deny', reason: '不符合条件' });
    expect(denied?.wechat?.data.phrase3).toEqual({ value: '不予许可' });
    expect(denied?.sms?.params.note).toBe('决定不予许可：不符合条件');
  });

  it('keeps the query code and pickup code sealed: the applicant’s SMS and inbox name them, WeChat and staff do not', async () => {
    const submitted = await render('case.submitted', PAYLOADS['case.submitted']);
    const [resident, ...staff] = submitted;
    expect(resident).toMatchObject({
      inbox: { body: expect.stringContaining('查询码 {queryCode}') },
      sms: { templateCode: 'SMS_500000007', params: { number: NUMBER, item: '个体工商户设立登记', code: '{queryCode}' } },
      secrets: { queryCode: 'v1.k1.sealed-query-code' },
    });
    expect(JSON.stringify(resident?.wechat)).not.toContain('queryCode');
    expect(staff.length).toBeGreaterThan(0);
    for (const m of staff) {
      expect(m.secrets).toEqual({});
      expect(JSON.stringify(m)).not.toMatch(/queryCode|sealed-query-code/);
    }

    const [pickup] = await render('case.dispatched', {
      ...caseBase,
      method: 'pickup',
      trackingNumber: null,
      pickupCodeSealed: 'v1.k1.pickup',
    });
    expect(pickup).toMatchObject({
      order: ['wechat', 'sms', 'inbox'],
      inbox: { body: expect.stringContaining('取件码 {pickupCode}') },
      sms: { templateCode: 'SMS_500000008', params: { code: '{pickupCode}' } },
      secrets: { pickupCode: 'v1.k1.pickup' },
    });
    expect(pickup?.wechat?.data.thing4).toEqual({ value: '凭办件页面的取件码到窗口领取' });
    // Posting has no code to keep.
    expect((await render('case.dispatched', PAYLOADS['case.dispatched']))[0]?.secrets).toEqual({});
  });

  it('refuses a code sent to staff, or put in a title', () => {
    const toStaff = structuredClone(TEMPLATES);
    const staffEntry = toStaff.events['case.submitted']?.[1];
    if (!staffEntry) throw new Error('case.submitted tells the supervisors');
    staffEntry.inbox.body = '查询码 {queryCode}';
    expect(JSON.stringify(NotificationTemplates.safeParse(toStaff).error?.issues)).toContain('只能发给申请人');
    const inTitle = structuredClone(TEMPLATES);
    const entry = inTitle.events['case.submitted']?.[0];
    if (!entry) throw new Error('case.submitted tells the applicant');
    entry.inbox.title = '查询码{queryCode}';
    expect(JSON.stringify(NotificationTemplates.safeParse(inTitle).error?.issues)).toContain('不能放在标题');
  });

  it('sends 超时警告 and 红牌 to the handler and the supervisors once each, by SMS too', async () => {
    const messages = await render('case.overdue', alert, 'handler-1');
    expect(messages.map((m) => m.recipient)).toEqual([
      { userId: 'handler-1', role: 'staff' },
      { userId: 'sup-xzsp', role: 'staff' },
    ]);
    expect(messages[0]).toMatchObject({
      inbox: { title: '红牌：已超期', body: `个体工商户设立登记（${NUMBER}）已超过2025-01-08的审批决定期限，请立即处理。` },
      wechat: { templateId: 'BmStaffCaseAlert-0001', page: `features/staff/pages/case/index?number=${NUMBER}` },
      sms: { templateCode: 'SMS_500000006', params: { number: NUMBER, kind: '红牌', dueOn: '2025-01-08' } },
    });
  });

  it('tells the department’s supervisors of a new case, and the handler and supervisors of a resubmission', async () => {
    const submitted = await render('case.submitted', PAYLOADS['case.submitted']);
    expect(submitted.map((m) => m.recipient.userId)).toEqual(['resident-1', 'sup-xzsp', 'sup-district']);
    const resubmitted = await render('case.resubmitted', PAYLOADS['case.resubmitted']);
    expect(resubmitted.map((m) => `${m.recipient.role}:${m.recipient.userId}`)).toEqual([
      'resident:resident-1',
      'staff:handler-1',
      'staff:sup-xzsp',
      'staff:sup-district',
    ]);
  });

  it('leaves WeChat out (the next channel carries it) when a value cannot fit, and never cuts an SMS number', async () => {
    const [m] = await render('case.accepted', { ...caseBase, number: `${NUMBER}${NUMBER}`, deemed: false });
    expect(m?.wechat).toBeNull();
    expect(m?.sms?.params.number).toBe(`${NUMBER}${NUMBER}`);
  });

  it('renders nothing for an event without templates, or a resident event without a resident', async () => {
    expect(await render('case.unknown', caseBase)).toEqual([]);
    expect(await render('appointment.booked', appointment, null)).toEqual([]);
  });
});
