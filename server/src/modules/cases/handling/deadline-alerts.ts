// 超时警告 and 红牌 for staff: a case whose next deadline (acceptance, decision or delivery — see
// cards.ts) is this few working days away gets a `case.deadline_warning`, one past it a
// `case.overdue`, addressed to its handler and to the supervisors of its department. Once per
// case, deadline and kind: the dedupe key names the deadline, so the job may run on every
// instance, as often as it likes; a new deadline (an extension) warns again.
import { In, MoreThan, Not, type DataSource } from 'typeorm';
import type { WorkingCalendar } from '@bianmin/shared/calendar/working-days';
import type { DistrictClock } from '../../../platform/clock';
import type { UnitOfWork } from '../../../platform/unit-of-work';
import { RoleGrantEntity } from '../../identity/index';
import { CaseEntity, type CaseRow } from '../entities';
import { caseOutbox } from '../events';
import { cardOf, nextDue } from './cards';

const FINISHED = ['not_accepted', 'delivered', 'withdrawn'];
const PAGE = 500;

export async function recordDeadlineAlerts(d: {
  dataSource: DataSource;
  tx: UnitOfWork;
  clock: DistrictClock;
  calendar: WorkingCalendar;
  orangeDays: number;
  itemName: (code: string) => Promise<string>;
}): Promise<number> {
  const today = d.clock.today(d.clock.now());
  const grants = await d.dataSource.getRepository(RoleGrantEntity).find({ where: { role: 'supervisor' } });
  const supervisorsOf = (department: string) =>
    grants.filter((g) => g.scopeType === 'district' || (g.scopeType === 'department' && g.scopeCode === department)).map((g) => g.userId);

  let recorded = 0;
  let after = '';
  for (;;) {
    const page: CaseRow[] = await d.dataSource
      .getRepository(CaseEntity)
      .find({ where: { status: Not(In(FINISHED)), id: MoreThan(after) }, order: { id: 'ASC' }, take: PAGE });
    for (const c of page) {
      const card = cardOf(c, d.calendar, today, d.orangeDays);
      const due = nextDue(c, d.calendar);
      if (!due || (card !== 'red' && card !== 'orange')) continue;
      const type = card === 'red' ? 'case.overdue' : 'case.deadline_warning';
      const supervisorIds = [...new Set(supervisorsOf(c.departmentCode))].filter((id) => id !== c.handlerUserId);
      if (!c.handlerUserId && !supervisorIds.length) continue;
      const payload = {
        number: c.number,
        itemCode: c.itemCode,
        itemName: await d.itemName(c.itemCode),
        status: c.status,
        departmentCode: c.departmentCode,
        dueOn: due.on,
        dueKind: due.kind,
        handlerId: c.handlerUserId,
        supervisorIds,
      };
      const fresh = await d.tx.run((em) =>
        caseOutbox.recordOnce(em, {
          type,
          aggregateId: c.id,
          userId: null, // staff only: the payload names them
          payload,
          dedupeKey: `${type}:${c.id}:${due.kind}:${due.on}`,
        }),
      );
      if (fresh) recorded++;
    }
    if (page.length < PAGE) return recorded;
    after = page.at(-1)?.id ?? after;
  }
}
