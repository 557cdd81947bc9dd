// Who may call what: every protected endpoint against every kind of caller. Denied callers get 404
// (the function or record is not confirmed to exist); callers without a valid token get 401.
// Here: guides and probes, accounts, administration, appointments, the hall queue and notifications;
// cases and uploads are in access-matrix-cases.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Appointment, checkDigitOf } from '@bianmin/shared';
import type { CallerTokens, Endpoint, MatrixIds } from '../testing/access-matrix';
import { everyoneSignedIn, expectStatusPerCaller, rule, STAFF, startAccessMatrix } from '../testing/access-matrix';
import { SHOP_ITEM } from '../testing/cases-fixture';
import { closeIfStarted, type TestApp } from '../testing/harness';

let app: TestApp;
let tokens: CallerTokens;
let ids: MatrixIds;
beforeAll(async () => {
  ({ app, tokens, ids } = await startAccessMatrix());
});
afterAll(() => closeIfStarted(app));

const ENDPOINTS: Endpoint[] = [
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
];

describe('access matrix', () => {
  for (const endpoint of ENDPOINTS) {
    it(endpoint.name, () => expectStatusPerCaller(endpoint, tokens));
  }

  it('a resident cannot read another account, even by guessing its id', async () => {
    const res = await app.get(`/api/v1/admin/users/${ids.resident}/personal-data`, tokens.otherResident);
    expect(res.status).toBe(404);
  });
});
