// The district's working calendar: the maintained holiday data plus administrators' overrides, and
// closures per hall. Read from the database (briefly cached) so every instance agrees.
import type { DataSource } from 'typeorm';
import { type CalendarImportResult, type CalendarOverrideInput, type CalendarStatus, type ClosureInput } from '@bianmin/shared';
import { addCalendarDays, defaultCalendar, type WorkingCalendar } from '@bianmin/shared/calendar/working-days';
import { ValidationError } from '../../errors';
import type { AuditLog } from '../../platform/audit';
import type { DistrictClock } from '../../platform/clock';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { applyHolidaySchedule, type ImportActor, importedCoverage } from './calendar-import';
import { parseHolidaySchedule } from './calendar-import-format';
import { cancelForClosure } from './closures';
import { CalendarOverrideEntity, ClosureEntity } from './entities';

const CACHE_MS = 5000;
const COVERAGE_DAYS = 60;

export function createCalendarService(deps: { dataSource: DataSource; tx: UnitOfWork; clock: DistrictClock; audit: AuditLog }) {
  let cached: { at: number; overrides: string; calendar: WorkingCalendar } | null = null;
  // Requests arriving while the cache is stale share one read (a rush would otherwise send one per
  // request, and build as many calendars). A change made here bumps the generation: a read begun
  // before it is neither joined nor kept.
  let pending: { generation: number; calendar: Promise<WorkingCalendar> } | null = null;
  let generation = 0;

  async function refresh(asOf: number): Promise<WorkingCalendar> {
    const rows = await deps.dataSource.getRepository(CalendarOverrideEntity).find({ order: { date: 'ASC' } });
    const overrides = rows.map((o) => ({ date: o.date, kind: o.kind as 'workday' | 'holiday', note: o.note }));
    const key = JSON.stringify(overrides);
    // The same overrides as last time (nearly always): the same calendar, not a rebuilt table.
    const built = cached?.overrides === key ? cached.calendar : defaultCalendar.withOverrides(overrides);
    if (asOf === generation) cached = { at: Date.now(), overrides: key, calendar: built };
    return built;
  }

  function calendar(): Promise<WorkingCalendar> {
    if (cached && Date.now() - cached.at < CACHE_MS) return Promise.resolve(cached.calendar);
    if (pending?.generation !== generation) {
      const mine = { generation, calendar: refresh(generation) };
      pending = mine;
      void mine.calendar
        .finally(() => {
          if (pending === mine) pending = null;
        })
        .catch(() => {}); // the caller sees the error; this branch only clears the slot
    }
    return pending.calendar;
  }

  /** After a change made through this instance: the next read sees it. */
  function forget(): void {
    cached = null;
    generation++;
  }

  return {
    calendar,

    /** Closure reasons by date for a hall (district-wide closures included). */
    async closuresFor(hallCode: string, from: string, to: string): Promise<Map<string, string>> {
      const rows = await deps.dataSource
        .getRepository(ClosureEntity)
        .createQueryBuilder('c')
        .where('c.hall_code IN (:...halls) AND c.date >= :from AND c.date <= :to', { halls: [hallCode, ''], from, to })
        .getMany();
      return new Map(rows.map((r) => [r.date, r.reason]));
    },

    async status(now = deps.clock.now()): Promise<CalendarStatus> {
      const cal = await calendar();
      const today = deps.clock.today(now);
      const horizon = addCalendarDays(today, COVERAGE_DAYS);
      // Imported years cover to their last day, not just to their last holiday or make-up day.
      const imported = await importedCoverage(deps.dataSource.manager, defaultCalendar.coveredThrough);
      const coveredThrough = imported > cal.coveredThrough ? imported : cal.coveredThrough;
      const covers = coveredThrough >= horizon;
      const overrides = await deps.dataSource.getRepository(CalendarOverrideEntity).find({ order: { date: 'ASC' } });
      return {
        today,
        coveredThrough,
        coversNext60Days: covers,
        overrides: overrides.map((o) => ({ date: o.date, kind: o.kind as 'workday' | 'holiday', note: o.note })),
        warning: covers
          ? null
          : `节假日数据只覆盖到 ${coveredThrough}，未来60天（至 ${horizon}）未完全覆盖：请在国务院办公厅公布新年度放假安排后导入（pnpm calendar:import）、更新数据包或录入调整`,
      };
    },

    /** Returns how many existing appointments a new holiday cancelled. */
    async setOverride(actorId: string, input: CalendarOverrideInput, ip: string | null): Promise<number> {
      const cancelled = await deps.tx.run(async (em) => {
        await em.getRepository(CalendarOverrideEntity).delete({ date: input.date });
        await em.getRepository(CalendarOverrideEntity).insert({ ...input, updatedAt: new Date() });
        const n = input.kind === 'holiday' ? await cancelForClosure(em, null, input.date, input.note) : 0;
        await deps.audit.record(em, {
          actorId,
          action: 'admin.calendar_override',
          targetType: 'date',
          targetId: input.date,
          ip,
          detail: { ...input, cancelled: n },
        });
        return n;
      });
      forget();
      return cancelled;
    },

    /**
     * Imports a year of the State Council schedule from the file's text (docs/calendar-import.md).
     * A file with problems changes nothing: every problem comes back with its line.
     */
    async importSchedule(actor: ImportActor, text: string): Promise<CalendarImportResult> {
      const parsed = parseHolidaySchedule(text);
      if (!parsed.ok) throw new ValidationError(parsed.errors, '节假日安排文件有误，没有导入任何内容：请按提示逐行修改后重新导入');
      const today = deps.clock.today();
      const outcome = await deps.tx.run((em) => applyHolidaySchedule(em, { audit: deps.audit, today }, actor, parsed.schedule));
      forget(); // slots and deadlines see the new days at once (other instances within CACHE_MS)
      return { ...outcome, calendar: await this.status() };
    },

    async removeOverride(actorId: string, date: string, ip: string | null): Promise<void> {
      await deps.tx.run(async (em) => {
        await em.getRepository(CalendarOverrideEntity).delete({ date });
        await deps.audit.record(em, { actorId, action: 'admin.calendar_override_remove', targetType: 'date', targetId: date, ip });
      });
      forget();
    },

    /** The closure, the cancellation of the day's appointments and the audit record: one transaction. */
    async addClosure(actorId: string, input: ClosureInput, ip: string | null): Promise<number> {
      if (input.date < deps.clock.today()) throw new ValidationError({ date: ['不能为过去的日期设置停办'] });
      const hallCode = input.hallCode ?? '';
      return deps.tx.run(async (em) => {
        const closures = em.getRepository(ClosureEntity);
        if (!(await closures.findOne({ where: { hallCode, date: input.date } })))
          await closures.insert({ hallCode, date: input.date, reason: input.reason });
        const cancelled = await cancelForClosure(em, input.hallCode, input.date, input.reason);
        await deps.audit.record(em, {
          actorId,
          action: 'admin.closure',
          targetType: 'hall',
          targetId: hallCode || 'district',
          ip,
          detail: { ...input, cancelled },
        });
        return cancelled;
      });
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
