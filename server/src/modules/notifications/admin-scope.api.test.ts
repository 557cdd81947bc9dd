// 通知投递 by scope: a department's supervisor looks into the deliveries of their department's cases
// and appointments only — another department's case does not exist for them (404), its failures are
// not counted, its deliveries cannot be sent again; a hall's supervisor, those of the items the hall
// serves and its appointments; an administrator and a district-wide supervisor, all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment, Delivery, DeliveryFailures, DeliveryList, GuideDetail } from '@bianmin/shared';
import { closeIfStarted, type TestApp } from '../../testing/harness';
import { bookableItemCode, futureSlot, HALL, openSchedule, putSchedule } from '../../testing/appointments-fixture';
import { photoWithGps, SHOP_ITEM, shopApplication, submit, uploadFile, validAnswers } from '../../testing/cases-fixture';
import { type NotifyApp, reachableResident, type Reachable, startNotifyApp } from '../../testing/notification-fixture';
import { DeliveryEntity } from './deliveries-entity';

/** 失业登记, 区人力资源和社会保障局 (rs): a department other than the shop's (xzsp). */
const RS_ITEM = '512B0066800002-370214';

let env: NotifyApp;
let app: TestApp;
const token = {} as Record<'admin' | 'district' | 'xzsp' | 'rs' | 'ga' | 'hall' | 'reviewer', string>;
let shopCase = '';
let rsCase = '';
/** 居住证办理 (ga) at the district hall. */
let appointment = '';
beforeAll(async () => {
  env = await startNotifyApp();
  app = env.app;
  const grant = (
    role: 'admin' | 'supervisor' | 'reviewer',
    scopeCode: string | null,
    scopeType = scopeCode ? 'department' : 'district',
  ) => [{ role, scopeType: scopeType as 'department' | 'district' | 'hall', scopeCode }];
  token.admin = (await app.signInStaff('scope-admin', grant('admin', null))).accessToken;
  token.district = (await app.signInStaff('scope-district', grant('supervisor', null))).accessToken;
  token.xzsp = (await app.signInStaff('scope-xzsp', grant('supervisor', 'xzsp'))).accessToken;
  token.rs = (await app.signInStaff('scope-rs', grant('supervisor', 'rs'))).accessToken;
  token.ga = (await app.signInStaff('scope-ga', grant('supervisor', 'ga'))).accessToken;
  token.hall = (await app.signInStaff('scope-hall', grant('supervisor', HALL, 'hall'))).accessToken;
  token.reviewer = (await app.signInStaff('scope-reviewer', grant('reviewer', 'xzsp'))).accessToken;
  // A resident WeChat cannot reach and who has no phone: the notice of each submission and of the
  // booking's cancellation by the office fails on WeChat (no-credit), once each, and no SMS follows.
  const r = await reachableResident(app, 'scope-resident', { credits: 0, phone: false });
  shopCase = await applyShop(r);
  rsCase = await applyRs(r);
  appointment = await book(r);
  const w = app.services.notifications.worker();
  while (await w.runOnce()) {
    /* until nothing is left */
  }
}, 60_000);
afterAll(() => closeIfStarted(env));

async function photo(r: Reachable) {
  return (await uploadFile(app, r.accessToken, await photoWithGps(), 'a.jpg')).body.id;
}
async function applyShop(r: Reachable) {
  const res = await submit(app, r.accessToken, shopApplication([await photo(r)]), crypto.randomUUID());
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body.case.number;
}
async function applyRs(r: Reachable) {
  const guide = (await app.get<GuideDetail>(`/api/v1/guides/${RS_ITEM}`)).body;
  if (!guide.applicationForm || guide.department.code !== 'rs') throw new Error('失业登记 takes online applications at rs');
  const needed = guide.materials.filter((m) => m.requirement === 'required' && !m.sharedProof && !m.filledOnline);
  const upload = await photo(r);
  const body = {
    itemCode: RS_ITEM,
    applicant: { kind: 'individual' },
    contactPhone: '13912345678',
    answers: validAnswers(guide.applicationForm),
    materials: needed.map((m) => ({ materialId: m.id, uploadIds: [upload], certificateNumbers: [] })),
  };
  const res = await submit(app, r.accessToken, body, crypto.randomUUID());
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body.case.number;
}

async function book(r: Reachable) {
  const item = await bookableItemCode(app);
  await putSchedule(app, openSchedule(item));
  const slot = await futureSlot(app, item);
  const res = await app.send<Appointment>(
    '/api/v1/appointments',
    { slotId: slot.id, itemCode: item, contactPhone: '13800001111' },
    { token: r.accessToken, headers: { 'Idempotency-Key': crypto.randomUUID() } },
  );
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  // 预约成功 itself stays in the inbox (the resident is looking at it); the office's cancellation
  // is news WeChat would carry.
  await app.services.appointments.calendar.addClosure('test-admin', { hallCode: HALL, date: res.body.date, reason: '大厅设备检修' }, null);
  return res.body.id;
}

const list = (who: keyof typeof token, number: string) =>
  app.get<DeliveryList>(`/api/v1/staff/notifications/deliveries?caseNumber=${number}`, token[who]);
const listAppointment = (who: keyof typeof token) =>
  app.get<DeliveryList>(`/api/v1/staff/notifications/deliveries?appointmentId=${appointment}`, token[who]);
const noCredit = async (who: keyof typeof token) => {
  const res = await app.get<DeliveryFailures>('/api/v1/staff/notifications/failures?days=1', token[who]);
  expect(res.status).toBe(200);
  return res.body.groups.find((g) => g.channel === 'wechat' && g.code === 'no-credit')?.count ?? 0;
};

describe('GET /api/v1/staff/notifications/deliveries by scope', () => {
  it('shows a department’s supervisor their department’s case, and no other department’s', async () => {
    const own = await list('xzsp', shopCase);
    expect(own.status).toBe(200);
    expect(own.body.items.map((d) => `${d.channel}:${d.status}`)).toContain('wechat:permanent-failure');
    expect((await list('xzsp', rsCase)).status).toBe(404);
    expect((await list('rs', rsCase)).status).toBe(200);
    expect((await list('rs', shopCase)).status).toBe(404);
    // A case that does not exist reads the same as another department's.
    expect((await list('xzsp', '370214-20991231-99999')).status).toBe(404);
  });

  it('shows an appointment to its item’s department and its hall, and to no other department', async () => {
    expect((await listAppointment('ga')).body.items.map((d) => d.eventType)).toContain('appointment.booked');
    expect((await listAppointment('hall')).status).toBe(200);
    expect((await listAppointment('xzsp')).status).toBe(404);
  });

  it('shows a hall’s supervisor the cases of the items the hall serves', async () => {
    const snapshot = await app.services.catalogue.current();
    const rsItem = snapshot.itemByCode.get(RS_ITEM);
    const shopItem = snapshot.itemByCode.get(SHOP_ITEM);
    if (!rsItem || !shopItem) throw new Error('both items are published');
    expect((await list('hall', shopCase)).status).toBe(snapshot.hallServes(HALL, shopItem) ? 200 : 404);
    expect((await list('hall', rsCase)).status).toBe(snapshot.hallServes(HALL, rsItem) ? 200 : 404);
  });

  it('shows an administrator and a district-wide supervisor everything; other staff nothing', async () => {
    for (const who of ['admin', 'district'] as const) {
      for (const number of [shopCase, rsCase]) expect((await list(who, number)).body.items.length).toBeGreaterThan(0);
      expect((await listAppointment(who)).body.items.length).toBeGreaterThan(0);
    }
    expect((await list('reviewer', shopCase)).status).toBe(404);
    expect((await listAppointment('reviewer')).status).toBe(404);
  });
});

describe('GET /api/v1/staff/notifications/failures by scope', () => {
  it('counts a supervisor’s department’s (or hall’s) failures only', async () => {
    expect(await noCredit('admin')).toBe(3);
    expect(await noCredit('district')).toBe(3);
    expect(await noCredit('xzsp')).toBe(1);
    expect(await noCredit('rs')).toBe(1);
    expect(await noCredit('ga')).toBe(1);
    const snapshot = await app.services.catalogue.current();
    const served = [SHOP_ITEM, RS_ITEM].filter((code) => {
      const item = snapshot.itemByCode.get(code);
      return item && snapshot.hallServes(HALL, item);
    });
    expect(await noCredit('hall')).toBe(served.length + 1); // and the booking at the hall
  });
});

describe('POST /api/v1/staff/notifications/deliveries/:id/resend by scope', () => {
  it('lets a supervisor send again what failed in their department, and not in another (audited as always)', async () => {
    const failed = async (number: string) =>
      app.dataSource.getRepository(DeliveryEntity).findOneByOrFail({ subjectKind: 'case', subjectId: number, channel: 'wechat' });
    const resend = (who: keyof typeof token, id: string) =>
      app.send<Delivery>(`/api/v1/staff/notifications/deliveries/${id}/resend`, {}, { token: token[who] });
    const other = await failed(rsCase);
    expect((await resend('xzsp', other.id)).status).toBe(404);
    expect((await app.dataSource.getRepository(DeliveryEntity).findOneByOrFail({ id: other.id })).status).toBe('permanent-failure');
    const own = await failed(shopCase);
    const res = await resend('xzsp', own.id);
    expect([res.status, res.body.status]).toEqual([200, 'created']);
    expect(
      await app.dataSource.query('SELECT 1 FROM audit_log WHERE action = ? AND target_id = ?', ['notification.resend', own.id]),
    ).toHaveLength(1);
  });
});
