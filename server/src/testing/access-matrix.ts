// Who may call what, the set-up: a caller of every kind, and what the resident owns for them to
// reach for (an appointment at the district hall, three cases with an uploaded photo); the rules
// that say which status each caller should get, and the check that calls an endpoint as each.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { type Appointment, checkDigitOf, type Me, REAL_NAME_CONSENT, type RoleGrant } from '@bianmin/shared';
import { photoWithGps, SHOP_ITEM, shopApplication, submit, uploadFile } from './cases-fixture';
import { bookableItemCode, futureSlot, openSchedule, putSchedule } from './appointments-fixture';
import { startTestApp, type TestApp } from './harness';

export type Caller =
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
export const STAFF: Caller[] = ['windowStaffHere', 'windowStaffElsewhere', 'reviewer', 'communityAgent', 'supervisor', 'admin'];
export const CALLERS: Caller[] = ['anonymous', 'resident', 'otherResident', ...STAFF];

export type CallerTokens = Record<Caller, string | undefined>;
export type MatrixIds = Record<
  'resident' | 'windowStaffHere' | 'appointment' | 'case' | 'caseToWithdraw' | 'caseToAccept' | 'queryCode' | 'upload',
  string
>;

export interface AccessMatrix {
  app: TestApp;
  tokens: CallerTokens;
  ids: MatrixIds;
  /** Window staff whose hall serves the item (they receive); the department's reviewer (reviews); readers. */
  caseReceivers: Caller[];
  /** Callers whose grants cover the resident's case (个体工商户设立登记, 区行政审批服务局). */
  caseStaff: Caller[];
}

export async function startAccessMatrix(): Promise<AccessMatrix> {
  const app = await startTestApp();
  try {
    return { app, ...(await callersAndTheirTargets(app)) };
  } catch (err) {
    // The caller's afterAll never gets an app that failed half-way, so it is closed here.
    await app.close();
    throw err;
  }
}

async function callersAndTheirTargets(app: TestApp): Promise<Omit<AccessMatrix, 'app'>> {
  const tokens = {} as CallerTokens;
  const ids = {} as MatrixIds;
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
    { token: tokens.resident, headers: { 'Idempotency-Key': randomUUID() } },
  );
  ids.appointment = booked.body.id;
  // …and two cases with an uploaded photo.
  ids.upload = (await uploadFile(app, tokens.resident, await photoWithGps(), 'a.jpg')).body.id;
  const first = await submit(app, tokens.resident, shopApplication([ids.upload]), randomUUID());
  ids.case = first.body.case.number;
  ids.queryCode = first.body.queryCode;
  ids.caseToWithdraw = (await submit(app, tokens.resident, shopApplication([ids.upload]), randomUUID())).body.case.number;
  ids.caseToAccept = (await submit(app, tokens.resident, shopApplication([ids.upload]), randomUUID())).body.case.number;
  const snapshot = await app.services.catalogue.current();
  const shop = snapshot.itemByCode.get(SHOP_ITEM);
  const caseStaff: Caller[] = ['reviewer', 'supervisor', 'admin'];
  if (shop && snapshot.hallServes('cy-district', shop)) caseStaff.push('windowStaffHere');
  if (shop && snapshot.hallServes('cy-street-liuting', shop)) caseStaff.push('windowStaffElsewhere');
  const caseReceivers: Caller[] = [...caseStaff.filter((c) => c.startsWith('windowStaff')), 'admin'];
  return { tokens, ids, caseStaff, caseReceivers };
}

/** Expected status per caller; callers not listed get `otherwise`. */
export const rule =
  (allowed: Caller[], otherwise = 404) =>
  (c: Caller) =>
    c === 'anonymous' ? 401 : allowed.includes(c) ? 200 : otherwise;
export const everyoneSignedIn = rule(CALLERS.filter((c) => c !== 'anonymous'));

export interface Endpoint {
  name: string;
  request: (t?: string) => Promise<{ status: number }>;
  expect: (c: Caller) => number;
}

/** Calls the endpoint as every kind of caller, in turn, and expects the status its rule gives each. */
export async function expectStatusPerCaller(endpoint: Endpoint, tokens: CallerTokens): Promise<void> {
  const actual: Record<string, number> = {};
  const expected: Record<string, number> = {};
  for (const caller of CALLERS) {
    actual[caller] = (await endpoint.request(tokens[caller])).status;
    expected[caller] = endpoint.expect(caller);
  }
  expect(actual).toEqual(expected);
}
