// Who may call what: every protected endpoint against every kind of caller. Denied callers get 404
// (the function or record is not confirmed to exist); callers without a valid token get 401.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Appointment, checkDigitOf, type Me, REAL_NAME_CONSENT, type RoleGrant } from '@bianmin/shared';
import { photoWithGps, SHOP_ITEM, shopApplication, submit, uploadFile } from '../testing/cases-fixture';
import { bookableItemCode, futureSlot, openSchedule, putSchedule } from '../testing/appointments-fixture';
import { closeIfStarted, startTestApp, type TestApp } from '../testing/harness';

type Caller =
  | 'anonymous'
  | 'resident'
  | 'otherResident'
  | 'windowStaffHere'
  | 'windowStaffElsewhere'
  | 'reviewer'
  | 'communityAgent'
  | 'supervisor'
  | 'admin';
const GRANTS: Record<Exclude<Caller, 'anonymous' | 'resident' | 'otherResident'>, RoleGrant[]> = {
  windowStaffHere: [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }],
  windowStaffElsewhere: [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-street-liuting' }],
  reviewer: [{ role: 'reviewer', scopeType: 'department', scopeCode: 'xzsp' }],
  communityAgent: [{ role: 'community_agent', scopeType: 'hall', scopeCode: 'cy-street-xiazhuang' }],
  supervisor: [{ role: 'supervisor', scopeType: 'district', scopeCode: null }],
  admin: [{ role: 'admin', scopeType: 'district', scopeCode: null }],
};
const STAFF: Caller[] = ['windowStaffHere', 'windowStaffElsewhere', 'reviewer', 'communityAgent', 'supervisor', 'admin'];
const CALLERS: Caller[] = ['anonymous', 'resident', 'otherResident', ...STAFF];

let app: TestApp;
const tokens = {} as Record<Caller, string | undefined>;
const ids = {} as Record<
  'resident' | 'windowStaffHere' | 'appointment' | 'case' | 'caseToWithdraw' | 'caseToAccept' | 'queryCode' | 'upload',
  string
>;
/** Window staff whose hall serves the item (they receive); the department's reviewer (reviews); readers. */
let caseReceivers: Caller[] = [];
/** Callers whose grants cover the resident's case (个体工商户设立登记, 区行政审批服务局). */
let caseStaff: Caller[] = [];

beforeAll(async () => {
  app = await startTestApp();
  tokens.anonymous = undefined;
  tokens.resident = (await app.signInResident('matrix-resident')).accessToken;
  tokens.otherResident = (await app.signInResident('matrix-other')).accessToken;
  for (const [caller, grants] of Object.entries(GRANTS)) {
    const s = await app.signInStaff(`matrix-${caller.toLowerCase()}`, grants);
    tokens[caller as Caller] = s.accessToken;
    if (caller === 'windowStaffHere') ids.windowStaffHere = s.userId;
  }
  ids.resident = (await app.get<Me>('/api/v1/me', tokens.resident)).body.id;
  // The resident owns an appointment at the district hall.
  const item = await bookableItemCode(app);
  await putSchedule(app, openSchedule(item));
  await app.send(
    '/api/v1/me/real-name',
    { name: '矩阵测试', idNumber: `37021419800808123${checkDigitOf('37021419800808123')}`, ...REAL_NAME_CONSENT },
    { token: tokens.resident },
  );
  const slot = await futureSlot(app, item);
  const booked = await app.send<Appointment>(
    '/api/v1/appointments',
    { slotId: slot.id, itemCode: item, contactPhone: '13800001111' },
    { token: tokens.resident, headers: { 'Idempotency-Key': crypto.randomUUID() } },
  );
  ids.appointment = booked.body.id;
  // …and two cases with an uploaded photo.
  ids.upload = (await uploadFile(app, tokens.resident, await photoWithGps(), 'a.jpg')).body.id;
  const first = await submit(app, tokens.resident, shopApplication([ids.upload]), crypto.randomUUID());
  ids.case = first.body.case.number;
  ids.queryCode = first.body.queryCode;
  ids.caseToWithdraw = (await submit(app, tokens.resident, shopApplication([ids.upload]), crypto.randomUUID())).body.case.number;
  ids.caseToAccept = (await submit(app, tokens.resident, shopApplication([ids.upload]), crypto.randomUUID())).body.case.number;
  const snapshot = await app.services.catalogue.current();
  const shop = snapshot.itemByCode.get(SHOP_ITEM);
  caseStaff = ['reviewer', 'supervisor', 'admin'];
  if (shop && snapshot.hallServes('cy-district', shop)) caseStaff.push('windowStaffHere');
  if (shop && snapshot.hallServes('cy-street-liuting', shop)) caseStaff.push('windowStaffElsewhere');
  caseReceivers = [...caseStaff.filter((c) => c.startsWith('windowStaff')), 'admin'];
});
afterAll(async () => {
  await closeIfStarted(app);
});

/** Expected status per caller; callers not listed get `otherwise`. */
const rule =
  (allowed: Caller[], otherwise = 404) =>
  (c: Caller) =>
    c === 'anonymous' ? 401 : allowed.includes(c) ? 200 : otherwise;
const everyoneSignedIn = rule(CALLERS.filter((c) => c !== 'anonymous'));

const ENDPOINTS: { name: string; request: (t?: string) => Promise<{ status: number }>; expect: (c: Caller) => number }[] = [
  { name: 'GET /guides (public)', request: (t) => app.get('/api/v1/guides?q=结婚', t), expect: () => 200 },
  // Probes: public, and a token changes nothing.
  { name: 'GET /health/live (public)', request: (t) => app.get('/api/v1/health/live', t), expect: () => 200 },
  { name: 'GET /health/ready (public)', request: (t) => app.get('/api/v1/health/ready', t), expect: () => 200 },
  { name: 'GET /me', request: (t) => app.get('/api/v1/me', t), expect: everyoneSignedIn },
  { name: 'GET /me/phone', request: (t) => app.get('/api/v1/me/phone', t), expect: everyoneSignedIn },
  { name: 'GET /me/preferences', request: (t) => app.get('/api/v1/me/preferences', t), expect: everyoneSignedIn },
  {
    name: 'PUT /me/preferences',
    request: (t) => app.send('/api/v1/me/preferences', { elderMode: true }, { token: t, method: 'PUT' }),
    expect: everyoneSignedIn,
  },
  { name: 'GET /staff/home', request: (t) => app.get('/api/v1/staff/home', t), expect: rule(STAFF) },
  { name: 'GET /admin/staff', request: (t) => app.get('/api/v1/admin/staff', t), expect: rule(['admin']) },
  { name: 'GET /admin/staff/:id', request: (t) => app.get(`/api/v1/admin/staff/${ids.windowStaffHere}`, t), expect: rule(['admin']) },
  {
    name: 'PATCH /admin/staff/:id',
    expect: rule(['admin']),
    request: (t) => app.send(`/api/v1/admin/staff/${ids.windowStaffHere}`, { displayName: '窗口人员甲' }, { token: t, method: 'PATCH' }),
  },
  {
    name: 'GET /admin/users/:resident/personal-data',
    request: (t) => app.get(`/api/v1/admin/users/${ids.resident}/personal-data`, t),
    expect: rule(['admin']),
  },
  { name: 'GET /admin/audit', request: (t) => app.get('/api/v1/admin/audit', t), expect: rule(['admin']) },
  { name: 'GET /appointments/mine', request: (t) => app.get('/api/v1/appointments/mine', t), expect: everyoneSignedIn },
  // Only the owner: other residents and every staff role get 404 on the resident endpoint.
  {
    name: "GET /appointments/:resident's",
    request: (t) => app.get(`/api/v1/appointments/${ids.appointment}`, t),
    expect: rule(['resident']),
  },
  {
    name: 'GET /staff/appointments?hall=cy-district',
    request: (t) => app.get('/api/v1/staff/appointments?hall=cy-district', t),
    expect: rule(['windowStaffHere', 'admin']),
  },
  {
    name: 'POST /staff/appointments/check-in at cy-district',
    expect: (c) => (c === 'anonymous' ? 401 : ['windowStaffHere', 'admin'].includes(c) ? 409 : 404),
    // 409: the appointment is for another day — reached the rule, i.e. allowed in.
    request: async (t) => {
      const a = await app.get<Appointment>(`/api/v1/appointments/${ids.appointment}`, tokens.resident);
      return app.send('/api/v1/staff/appointments/check-in', { hall: 'cy-district', ticket: a.body.ticketCode }, { token: t });
    },
  },
  // The hall queue: counts are public, a number is its owner's (anyone else sees none), the window is its hall's.
  { name: 'GET /queue/halls/:id (public)', request: (t) => app.get('/api/v1/queue/halls/cy-district', t), expect: () => 200 },
  {
    name: "GET /queue/appointments/:resident's (others see no number)",
    request: (t) => app.get(`/api/v1/queue/appointments/${ids.appointment}`, t),
    expect: everyoneSignedIn,
  },
  {
    name: 'GET /staff/queue at cy-district',
    request: (t) => app.get('/api/v1/staff/queue?hall=cy-district&window=A01', t),
    expect: rule(['windowStaffHere', 'admin']),
  },
  {
    name: 'POST /staff/queue/call-next at cy-district',
    // 409: nobody is waiting — reached the rule, i.e. allowed in.
    request: (t) => app.send('/api/v1/staff/queue/call-next', { hall: 'cy-district', window: 'A01' }, { token: t }),
    expect: (c) => (c === 'anonymous' ? 401 : ['windowStaffHere', 'admin'].includes(c) ? 409 : 404),
  },
  {
    name: 'POST /staff/queue/walk-ins at cy-district',
    request: (() => {
      let serial = 0; // a different person at every call
      return (t?: string) => {
        const first17 = `37021419900115${String(++serial).padStart(3, '0')}`;
        return app.send(
          '/api/v1/staff/queue/walk-ins',
          { hall: 'cy-district', item: SHOP_ITEM, idNumber: first17 + checkDigitOf(first17) },
          { token: t },
        );
      };
    })(),
    expect: (c) => (c === 'anonymous' ? 401 : ['windowStaffHere', 'admin'].includes(c) ? 201 : 404),
  },
  { name: 'GET /admin/schedules', request: (t) => app.get('/api/v1/admin/schedules', t), expect: rule(['admin']) },
  { name: 'GET /admin/calendar', request: (t) => app.get('/api/v1/admin/calendar', t), expect: rule(['admin']) },
  {
    name: 'POST /admin/calendar/imports',
    expect: rule(['admin']),
    request: (t) =>
      app.send(
        '/api/v1/admin/calendar/imports',
        { text: '年份 2099\n来源 https://example.invalid/matrix\n放假 测试假日 2099-01-01' },
        { token: t },
      ),
  },
  // Notification delivery status: administrators and supervisors.
  {
    name: 'GET /admin/notifications/deliveries?caseNumber',
    request: (t) => app.get(`/api/v1/staff/notifications/deliveries?caseNumber=${ids.case}`, t),
    expect: rule(['supervisor', 'admin']),
  },
  {
    name: 'GET /admin/notifications/failures',
    request: (t) => app.get('/api/v1/staff/notifications/failures', t),
    expect: rule(['supervisor', 'admin']),
  },
  {
    name: 'POST /admin/notifications/deliveries/:unknown/resend',
    // Nobody finds a delivery that does not exist; the entitled are told so, the others nothing.
    request: (t) => app.send(`/api/v1/staff/notifications/deliveries/${crypto.randomUUID()}/resend`, {}, { token: t }),
    expect: rule([]),
  },
  // Subscriptions and the SMS preference: anyone signed in, for themselves; templates are public.
  {
    name: 'GET /notifications/subscribe-templates',
    request: (t) => app.get('/api/v1/notifications/subscribe-templates', t),
    expect: () => 200,
  },
  {
    name: 'POST /notifications/subscriptions',
    request: (t) => app.send('/api/v1/notifications/subscriptions', { accepted: ['BmCaseProgress-0001'] }, { token: t }),
    expect: everyoneSignedIn,
  },
  { name: 'GET /me/notification-preferences', request: (t) => app.get('/api/v1/me/notification-preferences', t), expect: everyoneSignedIn },
  {
    name: 'PUT /me/notification-preferences',
    request: (t) => app.send('/api/v1/me/notification-preferences', { smsOptOut: false }, { token: t, method: 'PUT' }),
    expect: everyoneSignedIn,
  },
  // Provider pushes: public, the signature decides; a token of ours changes nothing.
  {
    name: 'POST /notifications/receipts/sms',
    request: (t) => app.send('/api/v1/notifications/receipts/sms', [], { token: t }),
    expect: () => 200,
  },
  {
    name: 'POST /notifications/receipts/wechat (signed with another token)',
    request: (t) =>
      app.send(
        `/api/v1/notifications/receipts/wechat?signature=${'0'.repeat(40)}&timestamp=1700000000&nonce=n1`,
        { ToUserName: 'gh_x', FromUserName: 'o-x', CreateTime: 1700000000, MsgType: 'event', Event: 'subscribe_msg_change_event' },
        { token: t },
      ),
    expect: () => 403,
  },
  // Cases: the applicant and staff handling the item; the community agent only for cases it filed.
  { name: 'GET /cases/mine', request: (t) => app.get('/api/v1/cases/mine', t), expect: everyoneSignedIn },
  { name: 'GET /cases/drafts', request: (t) => app.get('/api/v1/cases/drafts', t), expect: everyoneSignedIn },
  {
    name: "GET /cases/:resident's",
    request: (t) => app.get(`/api/v1/cases/${ids.case}`, t),
    expect: (c) => rule(['resident', ...caseStaff])(c),
  },
  {
    name: "POST /cases/:resident's/withdraw",
    // Only the applicant withdraws; staff who may read the case may not withdraw it for them.
    request: (t) => app.send(`/api/v1/cases/${ids.caseToWithdraw}/withdraw`, {}, { token: t }),
    expect: rule(['resident']),
  },
  {
    name: "POST /cases/:resident's/resubmit (not waiting for a correction)",
    request: (t) =>
      app.send(
        `/api/v1/cases/${ids.case}/resubmit`,
        { answers: {}, materials: [] },
        { token: t, headers: { 'Idempotency-Key': crypto.randomUUID() } },
      ),
    // 409: the applicant reached the rule; everyone else is told nothing.
    expect: (c) => (c === 'anonymous' ? 401 : c === 'resident' ? 409 : 404),
  },
  {
    name: 'GET /cases/lookup (public, number + code)',
    request: (t) => app.get(`/api/v1/cases/lookup?number=${ids.case}&code=${ids.queryCode}`, t),
    expect: () => 200,
  },
  // The window's side: staff in scope read; the window receives; only the first acceptance wins.
  { name: 'GET /staff/cases (inbox)', request: (t) => app.get('/api/v1/staff/cases', t), expect: rule(STAFF) },
  {
    name: "GET /staff/cases/:resident's",
    request: (t) => app.get(`/api/v1/staff/cases/${ids.case}`, t),
    expect: (c) => rule(caseStaff)(c),
  },
  {
    name: "POST /staff/cases/:resident's/accept",
    request: (t) => app.send(`/api/v1/staff/cases/${ids.caseToAccept}/accept`, {}, { token: t }),
    expect: (c) => (c === 'anonymous' ? 401 : !caseReceivers.includes(c) ? 404 : c === caseReceivers[0] ? 200 : 409),
  },
  {
    name: "POST /staff/cases/:resident's/notes (reviewers only)",
    request: (t) => app.send(`/api/v1/staff/cases/${ids.case}/notes`, { text: '审查意见' }, { token: t }),
    expect: rule(['reviewer', 'admin']),
  },
  {
    name: "GET /staff/cases/:resident's/applicant (full identity: those who work on it, not supervisors)",
    request: (t) => app.get(`/api/v1/staff/cases/${ids.case}/applicant`, t),
    expect: (c) => rule(caseStaff.filter((s) => s !== 'supervisor'))(c),
  },
  {
    name: "GET /staff/cases/:resident's/handlers (whoever may assign)",
    request: (t) => app.get(`/api/v1/staff/cases/${ids.case}/handlers`, t),
    expect: rule(['reviewer', 'admin']),
  },
  {
    name: "GET /cases/:resident's/notices/acceptance (accepted above)",
    request: (t) => app.raw(`/api/v1/cases/${ids.caseToAccept}/notices/acceptance`, { headers: t ? { Authorization: `Bearer ${t}` } : {} }),
    expect: (c) => rule(['resident', ...caseStaff])(c),
  },
  { name: 'GET /staff/station/workload', request: (t) => app.get('/api/v1/staff/station/workload', t), expect: rule(['communityAgent']) },
  {
    name: 'POST /staff/consent-codes (community agents)',
    // Reaching the use case is what this row checks: 201, or 503 where no SMS service answers.
    request: async (t) => {
      const { status } = await app.send('/api/v1/staff/consent-codes', { phone: '13700001234' }, { token: t });
      return { status: status === 201 || status === 503 ? 200 : status };
    },
    expect: rule(['communityAgent']),
  },
  { name: 'GET /me/certificates', request: (t) => app.get('/api/v1/me/certificates', t), expect: everyoneSignedIn },
  { name: 'GET /uploads/mine', request: (t) => app.get('/api/v1/uploads/mine', t), expect: everyoneSignedIn },
  {
    name: "GET /uploads/:resident's (attached to the case)",
    request: (t) => app.get(`/api/v1/uploads/${ids.upload}`, t),
    expect: (c) => rule(['resident', ...caseStaff])(c),
  },
  {
    name: "GET /uploads/:resident's/thumbnail",
    request: (t) => app.get(`/api/v1/uploads/${ids.upload}/thumbnail`, t),
    expect: (c) => rule(['resident', ...caseStaff])(c),
  },
  {
    name: 'POST /uploads without a file',
    request: (t) => app.send('/api/v1/uploads', {}, { token: t }),
    expect: rule([], 400),
  },
];

describe('access matrix', () => {
  for (const endpoint of ENDPOINTS) {
    it(endpoint.name, async () => {
      const actual: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const caller of CALLERS) {
        actual[caller] = (await endpoint.request(tokens[caller])).status;
        expected[caller] = endpoint.expect(caller);
      }
      expect(actual).toEqual(expected);
    });
  }

  it('a resident cannot read another account, even by guessing its id', async () => {
    const res = await app.get(`/api/v1/admin/users/${ids.resident}/personal-data`, tokens.otherResident);
    expect(res.status).toBe(404);
  });
});
