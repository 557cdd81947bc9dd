// When a hall (or the whole district) stops work on a day — a closure, or an override that makes
// the day a holiday — the appointments already made for it are cancelled by the office, each with
// its event (the reason goes to the resident), and their places are released.
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { AppError } from '../../errors';
import { ACTIVE, endActive } from './booking';
import { AppointmentEntity } from './entities';

/** Returns how many appointments were cancelled. `hallCode` null: every hall. */
export async function cancelForClosure(dataSource: DataSource, hallCode: string | null, date: string, reason: string): Promise<number> {
  const affected = await dataSource.getRepository(AppointmentEntity).find({
    where: { date, status: In(ACTIVE), ...(hallCode ? { hallCode } : {}) },
  });
  let cancelled = 0;
  for (const a of affected) {
    try {
      await endActive(dataSource, a, 'cancelled', 'appointment.cancelled', `大厅停办：${reason}`);
      cancelled++;
    } catch (err) {
      // Cancelled by the resident meanwhile: nothing left to do for this one.
      if (!(err instanceof AppError && err.code === 'APPOINTMENT_STATE')) throw err;
    }
  }
  return cancelled;
}
