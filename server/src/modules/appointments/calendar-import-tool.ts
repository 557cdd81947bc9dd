// `pnpm calendar:import FILE` (scripts/calendar/import.ts) runs the same import as the admin API,
// straight on the database: the same checks, one transaction, the same audit record (no account;
// `via` names the operator). A running API sees the new days within the calendar cache (5 s).
import type { DataSource } from 'typeorm';
import type { CalendarImportResult } from '@bianmin/shared';
import { createAuditLog } from '../../platform/audit';
import { createDistrictClock } from '../../platform/clock';
import { createUnitOfWork } from '../../platform/unit-of-work';
import { createCalendarService } from './calendar-service';

export function importHolidayScheduleFile(
  dataSource: DataSource,
  config: { timeZone: string; auditRetentionDays: number },
  text: string,
  operator: string,
): Promise<CalendarImportResult> {
  const tx = createUnitOfWork(dataSource);
  const audit = createAuditLog({ dataSource, tx, retentionDays: config.auditRetentionDays });
  const calendar = createCalendarService({ dataSource, tx, clock: createDistrictClock(config.timeZone), audit });
  return calendar.importSchedule({ actorId: null, ip: null, via: `cli:${operator}` }, text);
}
