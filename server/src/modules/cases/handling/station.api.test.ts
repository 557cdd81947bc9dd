// 社区代办站: the agents of one community station share their workload — each sees what any of them
// filed, the station sees its cases by status and by agent with what is overdue — and nothing of
// another station's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDigitOf, type StaffCaseList, type StationWorkload, type SubmittedCase } from '@bianmin/shared';
import { closeIfStarted, startTestApp, type TestApp } from '../../../testing/harness';
import { photoWithGps, shopApplication, uploadFile } from '../../../testing/cases-fixture';
import { CaseEntity } from '../entities';

let app: TestApp;
type Staff = Awaited<ReturnType<TestApp['signInStaff']>>;
let first: Staff, second: Staff, elsewhere: Staff, windowStaff: Staff;
const HOUTAOLIN = 'cy-comm-chengyang-houtaolin';
const XICHENGHUI = 'cy-comm-chengyang-xichenghui';
beforeAll(async () => {
  app = await startTestApp();
  const agent = (hall: string) => [{ role: 'community_agent' as const, scopeType: 'hall' as const, scopeCode: hall }];
  first = await app.signInStaff('st-first', agent(HOUTAOLIN));
  second = await app.signInStaff('st-second', agent(HOUTAOLIN));
  elsewhere = await app.signInStaff('st-elsewhere', agent(XICHENGHUI));
  windowStaff = await app.signInStaff('st-window', [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }]);
});
afterAll(() => closeIfStarted(app));

let n = 0;
async function file(agent: Staff): Promise<string> {
  const first17 = '37021419450312262';
  const photo = (await uploadFile(app, agent.accessToken, await photoWithGps('#124578'), '扫描件.jpg')).body.id;
  const consent = (await uploadFile(app, agent.accessToken, await photoWithGps('#abcdef'), '授权书.jpg')).body.id;
  const res = await app.send<SubmittedCase>(
    '/api/v1/staff/cases',
    {
      ...shopApplication([photo]),
      applicant: { kind: 'individual', name: '李淑芬', idNumber: first17 + checkDigitOf(first17) },
      contactPhone: '13600001111',
      consentUploadId: consent,
    },
    { token: agent.accessToken, headers: { 'Idempotency-Key': `st-${Date.now()}-${++n}` } },
  );
  expect(res.status).toBe(201);
  expect(res.body.case.timeline[0]?.note).toBe('社区代办员代为提交申请（申请人授权：代办授权书照片）');
  return res.body.case.number;
}
const inbox = async (agent: Staff) =>
  (await app.get<StaffCaseList>('/api/v1/staff/cases?view=all', agent.accessToken)).body.items.map((i) => i.number).sort();

describe('a station’s agents share their workload', () => {
  let mine: string, colleagues: string, other: string;
  beforeAll(async () => {
    mine = await file(first);
    colleagues = await file(second);
    other = await file(elsewhere);
  });

  it('each agent’s inbox holds what any agent of the station filed, and no other station’s', async () => {
    expect(await inbox(first)).toEqual([mine, colleagues].sort());
    expect(await inbox(second)).toEqual([mine, colleagues].sort());
    expect(await inbox(elsewhere)).toEqual([other]);
    expect((await app.get(`/api/v1/staff/cases/${colleagues}`, first.accessToken)).status).toBe(200);
    expect((await app.get(`/api/v1/staff/cases/${other}`, first.accessToken)).status).toBe(404);
    // Reading a colleague's case is not acting on it, nor seeing the applicant in full.
    expect((await app.send(`/api/v1/staff/cases/${colleagues}/accept`, {}, { token: first.accessToken })).status).toBe(404);
    expect((await app.get(`/api/v1/staff/cases/${colleagues}/applicant`, first.accessToken)).status).toBe(404);
    expect((await app.get(`/api/v1/staff/cases/${mine}/applicant`, first.accessToken)).status).toBe(200);
  });

  it('GET /staff/station/workload counts the station’s cases by status and agent, with the overdue ones', async () => {
    const before = await app.get<StationWorkload>('/api/v1/staff/station/workload', second.accessToken);
    expect(before.status).toBe(200);
    expect(before.body.station).toEqual({ code: HOUTAOLIN, name: '后桃林社区便民服务站' });
    expect(before.body.byStatus).toEqual({ submitted: 2 });
    expect(before.body.overdue).toBe(0);
    const agents = Object.fromEntries(before.body.agents.map((a) => [a.userId, a]));
    expect(agents[first.userId]).toMatchObject({ displayName: '测试st-first', total: 1, byStatus: { submitted: 1 } });
    expect(agents[second.userId]).toMatchObject({ total: 1 });
    expect(before.body.agents).toHaveLength(2);

    // Received a month ago and never acted on: past the 5 working days for acceptance.
    await app.dataSource.getRepository(CaseEntity).update({ number: mine }, { receivedOn: '2026-11-02' });
    const after = await app.get<StationWorkload>('/api/v1/staff/station/workload', first.accessToken);
    expect(after.body.overdue).toBe(1);

    const theirs = await app.get<StationWorkload>('/api/v1/staff/station/workload', elsewhere.accessToken);
    expect([theirs.body.station.code, theirs.body.byStatus]).toEqual([XICHENGHUI, { submitted: 1 }]);
  });

  it('is a 404 for staff who are not community agents', async () => {
    expect((await app.get('/api/v1/staff/station/workload', windowStaff.accessToken)).status).toBe(404);
  });
});
