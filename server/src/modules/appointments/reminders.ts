// Reminders the working day before: a periodic job records one reminder event per appointment
// (the deterministic dedupe key makes repeated runs and several instances harmless).
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { DistrictClock } from '../../platform/clock';
import type { UnitOfWork } from '../../platform/unit-of-work';
import type { CalendarService } from './calendar-service';
import { AppointmentEntity } from './entities';
import { recordReminder } from './events';

export interface ReminderDeps {
  dataSource: DataSource;
  tx: UnitOfWork;
  clock: DistrictClock;
  calendar: CalendarService;
}

export async function recordDueReminders(d: ReminderDeps, now = d.clock.now()): Promise<number> {
  const cal = await d.calendar.calendar();
  const tomorrow = cal.nextWorkingDay(d.clock.today(now));
  const due = await d.dataSource.getRepository(AppointmentEntity).find({ where: { date: tomorrow, status: In(['booked', 'pending']) } });
  let recorded = 0;
  for (const a of due) if (await d.tx.run((em) => recordReminder(em, a))) recorded++;
  return recorded;
}

export function startReminderJob(d: ReminderDeps, onError: (err: unknown) => void): () => void {
  const run = () => {
    recordDueReminders(d).catch(onError);
  };
  run();
  const timer = setInterval(run, 10 * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
