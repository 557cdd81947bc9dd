// The district's working calendar: the maintained holiday data plus administrators' overrides, and
// closures per hall. Read from the database (briefly cached) so every instance agrees.
import type { DataSource } from 'typeorm';
import { type CalendarOverrideInput, type CalendarStatus, type ClosureInput } from '@bianmin/shared';
import { addCalendarDays, defaultCalendar, type WorkingCalendar } from '@bianmin/shared/calendar/working-days';
import { ValidationError } from '../../errors';
import type { AuditLog } from '../identity/index';
import { districtToday } from './clock';
import { cancelForClosure } from './closures';
import { CalendarOverrideEntity, ClosureEntity } from './entities';

const CACHE_MS = 5000;
const COVERAGE_DAYS = 60;

export function createCalendarService(deps: { dataSource: DataSource; audit: AuditLog }) {
  let cached: { at: number; calendar: WorkingCalendar } | null = null;

  async function calendar(): Promise<WorkingCalendar> {
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.calendar;
    const overrides = await deps.dataSource.getRepository(CalendarOverrideEntity).find({ order: { date: 'ASC' } });
    const built = defaultCalendar.withOverrides(overrides.map((o) => ({ date: o.date, kind: o.kind as 'workday' | 'holiday', note: o.note })));
    cached = { at: Date.now(), calendar: built };
    return built;
  }

  return {
    calendar,

    /** Closure reasons by date for a hall (district-wide closures included). */
    async closuresFor(hallCode: string, from: string, to: string): Promise<Map<string, string>> {
      const rows = await deps.dataSource.getRepository(ClosureEntity).createQueryBuilder('c')
        .where('c.hall_code IN (:...halls) AND c.date >= :from AND c.date <= :to', { halls: [hallCode, ''], from, to }).getMany();
      return new Map(rows.map((r) => [r.date, r.reason]));
    },

    async status(now = new Date()): Promise<CalendarStatus> {
      const cal = await calendar();
      const today = districtToday(now);
      const horizon = addCalendarDays(today, COVERAGE_DAYS);
      const covers = cal.covers(horizon);
      const overrides = await deps.dataSource.getRepository(CalendarOverrideEntity).find({ order: { date: 'ASC' } });
      return {
        today, coveredThrough: cal.coveredThrough, coversNext60Days: covers,
        overrides: overrides.map((o) => ({ date: o.date, kind: o.kind as 'workday' | 'holiday', note: o.note })),
        warning: covers ? null
          : `节假日数据只覆盖到 ${cal.coveredThrough}，未来60天（至 ${horizon}）未完全覆盖：请在国务院办公厅公布新年度放假安排后更新数据包或录入调整`,
      };
    },

    /** Returns how many existing appointments a new holiday cancelled. */
    async setOverride(actorId: string, input: CalendarOverrideInput, ip: string | null): Promise<number> {
      await deps.dataSource.transaction(async (em) => {
        await em.getRepository(CalendarOverrideEntity).delete({ date: input.date });
        await em.getRepository(CalendarOverrideEntity).insert({ ...input, updatedAt: new Date() });
        await deps.audit.record({ actorId, action: 'admin.calendar_override', targetType: 'date', targetId: input.date, ip, detail: { ...input } }, em);
      });
      cached = null;
      return input.kind === 'holiday' ? cancelForClosure(deps.dataSource, null, input.date, input.note) : 0;
    },

    async removeOverride(actorId: string, date: string, ip: string | null): Promise<void> {
      await deps.dataSource.getRepository(CalendarOverrideEntity).delete({ date });
      await deps.audit.record({ actorId, action: 'admin.calendar_override_remove', targetType: 'date', targetId: date, ip });
      cached = null;
    },

    /** Returns how many existing appointments the closure cancelled. */
    async addClosure(actorId: string, input: ClosureInput, ip: string | null): Promise<number> {
      if (input.date < districtToday(new Date())) throw new ValidationError({ date: ['不能为过去的日期设置停办'] });
      const repo = deps.dataSource.getRepository(ClosureEntity);
      const hallCode = input.hallCode ?? '';
      if (!(await repo.findOne({ where: { hallCode, date: input.date } }))) await repo.insert({ hallCode, date: input.date, reason: input.reason });
      const cancelled = await cancelForClosure(deps.dataSource, input.hallCode, input.date, input.reason);
      await deps.audit.record({ actorId, action: 'admin.closure', targetType: 'hall', targetId: hallCode || 'district', ip, detail: { ...input, cancelled } });
      return cancelled;
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
