// 红橙绿蓝牌 and the next deadline of a case: acceptance (5 working days after receipt), the
// decision (legal limit from acceptance, pauses left out), or delivery (10 working days after the
// decision). Red: past it; orange: this few working days left (configuration); green: on track;
// blue: finished. Colour is never the only signal: every card has its label.
import { caseDeadline, type CaseStatus, workingDaysUsed } from '@bianmin/shared';
import type { WorkingCalendar } from '@bianmin/shared/calendar/working-days';
import type { CaseRow } from '../entities';
import { ACCEPTANCE_LIMIT_DAYS, DELIVERY_LIMIT_DAYS } from '../mapper';

export interface Due {
  on: string;
  kind: 'acceptance' | 'decision' | 'delivery';
}

const FINISHED: CaseStatus[] = ['not_accepted', 'delivered', 'withdrawn'];

export function nextDue(c: CaseRow, calendar: WorkingCalendar): Due | null {
  const status = c.status as CaseStatus;
  if (FINISHED.includes(status)) return null;
  if (status === 'submitted' || status === 'resubmitted')
    return {
      on: caseDeadline({ acceptedOn: c.receivedOn, limitDays: ACCEPTANCE_LIMIT_DAYS, calendar }) ?? c.receivedOn,
      kind: 'acceptance',
    };
  if (c.decision) {
    const on = caseDeadline({ acceptedOn: c.decision.at.slice(0, 10), limitDays: DELIVERY_LIMIT_DAYS, calendar });
    return on ? { on, kind: 'delivery' } : null;
  }
  if (!c.acceptedOn) return null; // a correction before acceptance: the applicant's turn
  const on = caseDeadline({ acceptedOn: c.acceptedOn, limitDays: c.legalLimitDays, pauses: c.pauses, calendar });
  return on ? { on, kind: 'decision' } : null; // null while a pause is open
}

export function cardOf(c: CaseRow, calendar: WorkingCalendar, today: string, orangeDays: number): 'red' | 'orange' | 'green' | 'blue' {
  if (FINISHED.includes(c.status as CaseStatus)) return 'blue';
  const due = nextDue(c, calendar);
  if (!due) return 'green';
  if (due.on < today) return 'red';
  const left = workingDaysUsed({ acceptedOn: today, today: due.on, calendar });
  return left <= orangeDays ? 'orange' : 'green';
}
