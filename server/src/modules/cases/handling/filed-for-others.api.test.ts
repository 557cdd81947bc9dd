// Cases filed for someone else: the window registers a walk-in's paper application (窗口收件), a
// community agent files with the applicant's signed authorisation (社区代办), and the applicant finds
// the case once they verify with the same ID number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, StaffCaseList } from '@bianmin/shared';
import { REAL_NAME_CONSENT } from '@bianmin/shared';
import { closeIfStarted, type TestApp } from '../../../testing/harness';
import { verifiedResident } from '../../../testing/appointments-fixture';
import { photoWithGps, shopApplication, uploadFile } from '../../../testing/cases-fixture';
import { type StaffSession, staffStep, startHandlingApp } from '../../../testing/handling-fixture';

let app: TestApp;
let windowStaff: StaffSession;
beforeAll(async () => {
  ({ app, windowStaff } = await startHandlingApp());
});
afterAll(() => closeIfStarted(app));

let n = 0;
const act = (token: string, number: string, step: string) => staffStep(app, token, number, step);

describe('cases filed for someone else (窗口收件, 社区代办)', () => {
  const applicant = { kind: 'individual', name: '李淑芬', idNumber: '' };
  beforeAll(async () => {
    const { checkDigitOf } = await import('@bianmin/shared');
    const first17 = '37021419450312262';
    applicant.idNumber = first17 + checkDigitOf(first17);
  });
  const register = (token: string, body: Record<string, unknown>) =>
    app.send<{ case: Case; queryCode: string; code?: string; fieldErrors?: Record<string, string[]> }>('/api/v1/staff/cases', body, {
      token,
      headers: { 'Idempotency-Key': `reg-${Date.now()}-${++n}` },
    });
  const form = async (token: string) => {
    const photo = (await uploadFile(app, token, await photoWithGps('#124578'), '扫描件.jpg')).body.id;
    return { ...shopApplication([photo]), applicant, contactPhone: '13600001111' };
  };

  it('the window registers a walk-in application: same form, unified number, query code for the receipt', async () => {
    const res = await register(windowStaff.accessToken, await form(windowStaff.accessToken));
    expect(res.status).toBe(201);
    expect(res.body.case).toMatchObject({ channel: 'window', status: 'submitted', applicant: { name: '李*芬' } });
    expect(res.body.queryCode).toMatch(/^[A-Z3-9]{6}$/);
    expect(res.body.case.timeline[0]).toMatchObject({ actor: 'staff', note: '窗口收件登记' });
  });

  it('a community agent files with the signed authorisation, and sees the case in its workload', async () => {
    const agent = await app.signInStaff('hw-agent', [{ role: 'community_agent', scopeType: 'hall', scopeCode: 'cy-community-houtaolin' }]);
    const body = await form(agent.accessToken);
    const refused = await register(agent.accessToken, body);
    expect([refused.status, Object.keys(refused.body.fieldErrors ?? {})]).toEqual([400, ['consentUploadId']]);
    const consent = (await uploadFile(app, agent.accessToken, await photoWithGps('#abcdef'), '授权书.jpg')).body.id;
    const filed = await register(agent.accessToken, { ...body, consentUploadId: consent });
    expect(filed.status).toBe(201);
    expect(filed.body.case.channel).toBe('agent');
    expect(filed.body.case.materials.map((m) => m.name)).toContain('代办授权书');
    const workload = await app.get<StaffCaseList>('/api/v1/staff/cases?view=all', agent.accessToken);
    expect(workload.body.items.map((i) => i.number)).toEqual([filed.body.case.number]);
    expect((await app.get(`/api/v1/cases/${filed.body.case.number}`, agent.accessToken)).status).toBe(200);
    expect((await act(agent.accessToken, filed.body.case.number, 'accept')).status).toBe(404);
  });

  it('a resident who never used the internet sees the case once they verify with the same ID number', async () => {
    const res = await register(windowStaff.accessToken, await form(windowStaff.accessToken));
    const tokens = await app.signInResident(`walkin-${Date.now()}`);
    await app.send(
      '/api/v1/me/real-name',
      { name: applicant.name, idNumber: applicant.idNumber, ...REAL_NAME_CONSENT },
      { token: tokens.accessToken },
    );
    // Cases filed before the account existed are found by the verified ID number from then on.
    expect((await app.get(`/api/v1/cases/${res.body.case.number}`, tokens.accessToken)).status).toBe(200);
    const list = await app.get<{ items: { number: string }[] }>('/api/v1/cases/mine', tokens.accessToken);
    expect(list.body.items.map((i) => i.number)).toContain(res.body.case.number);
    const file = res.body.case.materials[0]?.files[0]?.url ?? '';
    expect((await app.raw(file, { headers: { Authorization: `Bearer ${tokens.accessToken}` } })).status).toBe(200);
    const stranger = await verifiedResident(app, 'stranger');
    expect((await app.get(`/api/v1/cases/${res.body.case.number}`, stranger.accessToken)).status).toBe(404);
  });
});
