// 行政许可法 第三十二条: an application not refused or sent back for correction within 5 working days
// of receipt is accepted from the day of receipt. A job finds such cases and records the
// acceptance on their timeline; the conditional update makes running it on every instance safe.
import { In, type DataSource } from 'typeorm';
import { caseDeadline } from '@bianmin/shared';
import type { WorkingCalendar } from '@bianmin/shared/calendar/working-days';
import { AppError } from '../../../errors';
import type { DistrictClock } from '../../../platform/clock';
import { CaseEntity } from '../entities';
import { ACCEPTANCE_LIMIT_DAYS } from '../mapper';
import type { Transition } from './transition';

export async function recordDeemedAcceptances(d: {
  dataSource: DataSource;
  transition: Transition;
  clock: DistrictClock;
  calendar: WorkingCalendar;
}) {
  const now = d.clock.now();
  const today = d.clock.today(now);
  const waiting = await d.dataSource.getRepository(CaseEntity).find({ where: { status: In(['submitted', 'resubmitted']) }, take: 1000 });
  let deemed = 0;
  for (const c of waiting) {
    const due = caseDeadline({ acceptedOn: c.receivedOn, limitDays: ACCEPTANCE_LIMIT_DAYS, calendar: d.calendar });
    if (!due || due >= today) continue;
    try {
      await d.transition(
        c,
        {
          action: 'deem_accepted',
          patch: { acceptedOn: c.receivedOn },
          actor: 'system',
          note: `收到申请材料后5个工作日内未作出是否受理的决定，依法自收到申请材料之日（${c.receivedOn}）起视为受理（行政许可法第三十二条）`,
          event: { type: 'case.accepted', payload: { acceptedOn: c.receivedOn, deemed: true } },
          audit: { action: 'case.deem_accepted' },
        },
        { userId: null, ip: null },
        now,
      );
      deemed++;
    } catch (err) {
      // Staff acted on it a moment ago (version changed): nothing to deem.
      if (!(err instanceof AppError && err.code === 'CASE_STATE')) throw err;
    }
  }
  return deemed;
}
