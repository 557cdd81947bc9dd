// Importing a year of the State Council's holiday schedule, published weeks before the year starts
// and before the `chinese-days` package has it. Each day of the notice becomes a calendar override
// by setOverride's rules (a new holiday cancels the appointments already made for it, each with
// its event); the calendar_import row remembers what the import wrote, so that
//   - the same file again finds nothing to change, writes nothing and says so;
//   - a corrected notice takes back a day it no longer lists (unless an administrator changed it since);
//   - the year counts as covered to its last day (the health warning), not just to its last holiday.
// Days before today keep their appointments: the past is not rewritten.
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { AuditLog } from '../../platform/audit';
import { CalendarImportEntity } from './calendar-import-entity';
import type { HolidaySchedule, ImportedDay } from './calendar-import-format';
import { cancelForClosure } from './closures';
import { CalendarOverrideEntity } from './entities';

export interface ImportOutcome {
  year: number;
  sourceUrl: string;
  changed: boolean;
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  cancelledAppointments: number;
  message: string;
}
export interface ImportActor {
  /** The administrator; null from the command line (then `via` names the operator). */
  actorId: string | null;
  ip: string | null;
  via: string;
}

const same = (a: { kind: string; note: string } | undefined, b: { kind: string; note: string } | undefined) =>
  !!a && !!b && a.kind === b.kind && a.note === b.note;

/** Inside the caller's transaction: the overrides, the cancellations, the import row and the audit record commit together. */
export async function applyHolidaySchedule(
  em: EntityManager,
  deps: { audit: AuditLog; today: string },
  actor: ImportActor,
  schedule: HolidaySchedule,
): Promise<ImportOutcome> {
  const imports = em.getRepository(CalendarImportEntity);
  const overrides = em.getRepository(CalendarOverrideEntity);
  const contentHash = createHash('sha256')
    .update(JSON.stringify({ s: schedule.sourceUrl, d: schedule.days }))
    .digest('hex');
  const previousRow = await imports.findOne({ where: { year: schedule.year } });
  const previous = new Map((previousRow ? (JSON.parse(previousRow.days) as ImportedDay[]) : []).map((d) => [d.date, d]));
  const wanted = new Map(schedule.days.map((d) => [d.date, d]));
  const dates = [...new Set([...wanted.keys(), ...previous.keys()])];
  const current = new Map((await overrides.find({ where: { date: In(dates) } })).map((o) => [o.date, o]));

  const write = schedule.days.filter((d) => !same(d, current.get(d.date)));
  // Taken back: days the last import of this year wrote, no longer listed, still as it left them.
  const takeBack = [...previous.values()].filter((d) => !wanted.has(d.date) && same(d, current.get(d.date)));
  const base = { year: schedule.year, sourceUrl: schedule.sourceUrl, unchanged: schedule.days.length - write.length };
  if (!write.length && !takeBack.length && previousRow?.contentHash === contentHash) {
    return {
      ...base,
      changed: false,
      added: 0,
      updated: 0,
      removed: 0,
      cancelledAppointments: 0,
      message: `${schedule.year}年的节假日安排与已导入的完全相同，没有任何改动`,
    };
  }

  let cancelled = 0;
  const now = new Date();
  for (const day of write) {
    const was = current.get(day.date);
    if (was) await overrides.delete({ date: day.date });
    await overrides.insert({ ...day, updatedAt: now });
    if (day.kind === 'holiday' && was?.kind !== 'holiday' && day.date >= deps.today) {
      cancelled += await cancelForClosure(em, null, day.date, `${day.note}放假`);
    }
  }
  if (takeBack.length) await overrides.delete({ date: In(takeBack.map((d) => d.date)) });
  const row = {
    sourceUrl: schedule.sourceUrl,
    contentHash,
    days: JSON.stringify(schedule.days),
    importedBy: actor.actorId,
    importedAt: now,
  };
  if (previousRow) await imports.update({ year: schedule.year }, row);
  else await imports.insert({ year: schedule.year, ...row });

  const added = write.filter((d) => !current.has(d.date)).length;
  const outcome = {
    ...base,
    changed: true,
    added,
    updated: write.length - added,
    removed: takeBack.length,
    cancelledAppointments: cancelled,
  };
  await deps.audit.record(em, {
    actorId: actor.actorId,
    action: 'admin.calendar_import',
    targetType: 'year',
    targetId: String(schedule.year),
    ip: actor.ip,
    detail: { ...outcome, via: actor.via, days: schedule.days.length },
  });
  const parts = [`新增${added}天`, `修改${outcome.updated}天`, `撤销${takeBack.length}天`, `未变${base.unchanged}天`];
  return {
    ...outcome,
    message: `已导入${schedule.year}年节假日安排：${parts.join('，')}${cancelled ? `；${cancelled}个已有预约因放假被取消并已通知` : ''}`,
  };
}

/** The last day the imports cover without a gap after `through` (the holiday package's last day). */
export async function importedCoverage(em: EntityManager, through: string): Promise<string> {
  const years = new Set((await em.getRepository(CalendarImportEntity).find({ select: { year: true } })).map((r) => r.year));
  let last = through;
  // A year counts once the day before it is covered: 2028 alone does not cover 2027.
  while (last.endsWith('-12-31') && years.has(Number(last.slice(0, 4)) + 1)) last = `${Number(last.slice(0, 4)) + 1}-12-31`;
  return last;
}
