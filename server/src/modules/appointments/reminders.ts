// Reminders the working day before: a periodic job records one reminder event per appointment
// (the unique dedupe key makes repeated runs and several instances harmless).
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { CalendarService } from './calendar-service';
import { districtToday } from './clock';
import { AppointmentEntity } from './entities';
import { recordReminder } from './events';

export async function recordDueReminders(dataSource: DataSource, calendar: CalendarService, now = new Date()): Promise<number> {
  const cal = await calendar.calendar();
  const tomorrow = cal.nextWorkingDay(districtToday(now));
  const due = await dataSource.getRepository(AppointmentEntity).find({ where: { date: tomorrow, status: In(['booked', 'pending']) } });
  let recorded = 0;
  for (const a of due) if (await recordReminder(dataSource.manager, a)) recorded++;
  return recorded;
}

export function startReminderJob(dataSource: DataSource, calendar: CalendarService, onError: (err: unknown) => void): () => void {
  const run = () => { recordDueReminders(dataSource, calendar).catch(onError); };
  run();
  const timer = setInterval(run, 10 * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
