// 超时警告 and 红牌 for staff: a case close to its next deadline warns its handler and the supervisors
// of its department; one past it raises a red card — each once per case and deadline, however
// often the job runs (every instance runs it), and both reach the staff's inbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageList } from '@bianmin/shared';
import { DomainEventEntity } from '../../../platform/entities';
import { verifiedResident } from '../../../testing/appointments-fixture';
import { photoWithGps, shopApplication, submit, uploadFile } from '../../../testing/cases-fixture';
import { closeIfStarted, startTestApp, type TestApp } from '../../../testing/harness';
import { CaseEntity } from '../entities';

let app: TestApp;
let supervisor: { accessToken: string; userId: string };
let otherSupervisor: { userId: string };
beforeAll(async () => {
  // Orange 5 working days ahead: a case received today (acceptance due in 5) is already close.
  app = await startTestApp({ env: { CARD_ORANGE_WORKING_DAYS: '5' } });
  const departmentCode = await shopDepartment();
  supervisor = await app.signInStaff('alerts-supervisor', [{ role: 'supervisor', scopeType: 'department', scopeCode: departmentCode }]);
  otherSupervisor = await app.signInStaff('alerts-elsewhere', [{ role: 'supervisor', scopeType: 'department', scopeCode: 'ZZ999' }]);
}, 60_000);
afterAll(() => closeIfStarted(app));

async function shopDepartment(): Promise<string> {
  const r = await verifiedResident(app, 'alerts-dept');
  const number = await apply(r.accessToken);
  return (await app.dataSource.getRepository(CaseEntity).findOneByOrFail({ number })).departmentCode;
}

async function apply(token: string): Promise<string> {
  const photo = (await uploadFile(app, token, await photoWithGps(), 'a.jpg')).body.id;
  const res = await submit(app, token, shopApplication([photo]), crypto.randomUUID());
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body.case.number;
}

const alertsOf = async (number: string) =>
  (await app.dataSource.getRepository(DomainEventEntity).find({ where: { aggregateType: 'case' } })).filter(
    (e) => (e.type === 'case.deadline_warning' || e.type === 'case.overdue') && e.payload.number === number,
  );

describe('the deadline alert job', () => {
  it('warns once of a case close to its acceptance deadline, and raises one red card once it has passed', async () => {
    const r = await verifiedResident(app, 'alerts');
    const number = await apply(r.accessToken);
    await app.services.cases.recordDeadlineAlerts();
    await app.services.cases.recordDeadlineAlerts();
    const warned = await alertsOf(number);
    expect(warned.map((e) => e.type)).toEqual(['case.deadline_warning']);
    expect(warned[0]?.payload).toMatchObject({ dueKind: 'acceptance', supervisorIds: [supervisor.userId], handlerId: null });
    expect(warned[0]?.payload.supervisorIds).not.toContain(otherSupervisor.userId);

    // Received a month ago and never acted on: past the deadline.
    await app.dataSource.getRepository(CaseEntity).update({ number }, { receivedOn: '2026-10-01' });
    await app.services.cases.recordDeadlineAlerts();
    await app.services.cases.recordDeadlineAlerts();
    expect((await alertsOf(number)).map((e) => e.type).sort()).toEqual(['case.deadline_warning', 'case.overdue']);
  });

  it('tells the supervisor in their inbox', async () => {
    while (await app.services.notifications.worker().runOnce()) {
      /* until nothing is left */
    }
    const inbox = (await app.get<MessageList>('/api/v1/me/messages?pageSize=50', supervisor.accessToken)).body;
    const titles = inbox.items.map((m) => m.title);
    expect(titles).toContain('超时警告');
    expect(titles).toContain('红牌：已超期');
    // Once each per case and deadline, however often the job ran.
    expect(titles.filter((t) => t === '红牌：已超期')).toHaveLength(1);
  });
});
