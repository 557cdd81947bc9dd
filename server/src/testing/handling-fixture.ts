// Shared set-up for case-handling tests: a resident with a 个体工商户 application, and the staff a
// case passes through — the district hall's window, the department's (xzsp) reviewer, a district
// supervisor, and a reviewer of another department (rs) who must see nothing of it.
import { expect } from 'vitest';
import type { StaffCase } from '@bianmin/shared';
import { verifiedResident } from './appointments-fixture';
import { photoWithGps, shopApplication, submit, uploadFile } from './cases-fixture';
import { startTestApp, type TestApp } from './harness';

export type ResidentSession = Awaited<ReturnType<typeof verifiedResident>>;
export type StaffSession = Awaited<ReturnType<TestApp['signInStaff']>>;

export interface HandlingApp {
  app: TestApp;
  resident: ResidentSession;
  windowStaff: StaffSession;
  reviewer: StaffSession;
  supervisor: StaffSession;
  otherDepartment: StaffSession;
}

export async function startHandlingApp(): Promise<HandlingApp> {
  const app = await startTestApp();
  try {
    return {
      app,
      resident: await verifiedResident(app, 'handled'),
      windowStaff: await app.signInStaff('hw-window', [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }]),
      reviewer: await app.signInStaff('hw-reviewer', [{ role: 'reviewer', scopeType: 'department', scopeCode: 'xzsp' }]),
      supervisor: await app.signInStaff('hw-supervisor', [{ role: 'supervisor', scopeType: 'district', scopeCode: null }]),
      otherDepartment: await app.signInStaff('hw-rs', [{ role: 'reviewer', scopeType: 'department', scopeCode: 'rs' }]),
    };
  } catch (err) {
    // The caller's afterAll never gets an app that failed half-way, so it is closed here.
    await app.close();
    throw err;
  }
}

let serial = 0;
/** The resident's shop application (with a delivery choice when given), submitted: its case number. */
export async function submittedShopCase(app: TestApp, residentToken: string, delivery?: unknown): Promise<string> {
  const photo = (await uploadFile(app, residentToken, await photoWithGps(), '租赁合同.jpg')).body.id;
  const res = await submit(
    app,
    residentToken,
    { ...shopApplication([photo]), ...(delivery ? { delivery } : {}) },
    `h-${Date.now()}-${++serial}`,
  );
  expect(res.status).toBe(201);
  return res.body.case.number;
}

/** A staff step on a case (accept, assign, decide, dispatch …), as the staff pages send it. */
export function staffStep(app: TestApp, token: string, number: string, step: string, body: unknown = {}) {
  return app.send<StaffCase & { code?: string; message?: string; fieldErrors?: Record<string, string[]> }>(
    `/api/v1/staff/cases/${number}/${step}`,
    body,
    { token },
  );
}

/** A submitted case taken to its decision: accepted at the window, assigned to the reviewer, decided (approved unless told). */
export async function decidedCase(
  { app, windowStaff, reviewer }: Pick<HandlingApp, 'app' | 'windowStaff' | 'reviewer'>,
  number: string,
  decision: unknown = { result: 'approve' },
): Promise<StaffCase> {
  expect((await staffStep(app, windowStaff.accessToken, number, 'accept')).status).toBe(200);
  expect((await staffStep(app, reviewer.accessToken, number, 'assign', { handlerId: reviewer.userId })).status).toBe(200);
  const decided = await staffStep(app, reviewer.accessToken, number, 'decide', decision);
  expect(decided.status).toBe(200);
  return decided.body;
}
