// When a hall (or the whole district) stops work on a day — a closure, or an override that makes
// the day a holiday — the appointments already made for it are cancelled by the office, each with
// its event (the reason goes to the resident), and their places are released: inside the caller's
// transaction, so the closure, every cancellation and the audit record commit together.
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { ACTIVE, endActive } from './booking';
import { AppointmentEntity } from './entities';

/** Returns how many appointments were cancelled. `hallCode` null: every hall. */
export async function cancelForClosure(em: EntityManager, hallCode: string | null, date: string, reason: string): Promise<number> {
  const affected = await em.getRepository(AppointmentEntity).find({
    where: { date, status: In(ACTIVE), ...(hallCode ? { hallCode } : {}) },
  });
  for (const a of affected) await endActive(em, a, 'cancelled', 'appointment.cancelled', `大厅停办：${reason}`);
  return affected.length;
}
