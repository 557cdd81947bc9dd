// The writes that change who holds a place, each inside the caller's transaction (`em`). A place is
// taken by ONE conditional update of the slot counter (booked < capacity), in the same
// transaction as the appointment row and its event; unique keys enforce one active appointment
// per resident, item and day. Every change to an appointment is conditional on its version, so
// two staff acting on one appointment at once cannot both succeed. No check-then-insert.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { isDuplicateKey } from '../../platform/db-errors';
import { insertRow } from '../../platform/insert-row';
import { writeInTransaction } from '../../platform/prepared-write';
import { AppError } from '../../errors';
import { AppointmentEntity, type AppointmentRow, SlotEntity, type SlotRow } from './entities';
import { type AppointmentEventType, recordEvent } from './events';
import { newTicketCode } from './tickets';

export const ACTIVE = ['pending', 'booked'];
const activeKey = (userId: string, itemCode: string, date: string) => `${userId}:${itemCode}:${date}`;

export const slotFull = () => new AppError('SLOT_FULL', 409, '这个时段已约满，请选择其他时段或日期');
const alreadyBooked = () => new AppError('ALREADY_BOOKED', 409, '您当天已预约过这个事项，如需换时间请在“我的预约”中改约');
export const wrongState = () => new AppError('APPOINTMENT_STATE', 409, '预约状态已变化，请刷新后再试');

/**
 * Takes a place: the conditional update of the slot's counter. It locks the slot row, the hottest
 * row of a rush, until commit — so a booking runs it as the LAST statement of its transaction.
 */
export async function takePlace(em: EntityManager, slotId: number): Promise<void> {
  // Plain SQL, prepared: the query builder costs more CPU than the statement.
  const affected = await writeInTransaction(em, 'UPDATE slot SET booked = booked + 1 WHERE id = ? AND booked < capacity', [slotId]);
  if (affected !== 1) throw slotFull();
}

async function release(em: EntityManager, slotId: number): Promise<void> {
  await em
    .createQueryBuilder()
    .update(SlotEntity)
    .set({ booked: () => 'booked - 1' })
    .where('id = :slotId AND booked > 0', { slotId })
    .execute();
}

/** Writes `changes` if the appointment is still at `a.version` (and in one of `from`), else 409. */
async function change(
  em: EntityManager,
  a: AppointmentRow,
  from: string[],
  changes: Partial<Omit<AppointmentRow, 'id'>>,
): Promise<AppointmentRow> {
  const next: AppointmentRow = { ...a, ...changes, version: a.version + 1, updatedAt: new Date() };
  const { id, ...columns } = next; // the key selects the row; it is never SET
  const r = await em
    .createQueryBuilder()
    .update(AppointmentEntity)
    .set(columns)
    .where({ id, version: a.version, status: In(from) })
    .execute();
  if (r.affected !== 1) throw wrongState();
  return next;
}

/**
 * Writes the appointment and its event; the place is NOT taken here: the caller runs `takePlace`
 * last in the same transaction (after its own writes, e.g. the idempotency record), so the slot
 * row stays locked only for the moment before commit.
 */
export async function recordBooking(
  em: EntityManager,
  args: {
    userId: string;
    itemCode: string;
    slot: SlotRow;
    contactPhoneEnc: string;
    pending: boolean;
  },
): Promise<AppointmentRow> {
  const now = new Date();
  const a: AppointmentRow = {
    id: randomUUID(),
    userId: args.userId,
    itemCode: args.itemCode,
    hallCode: args.slot.hallCode,
    scheduleId: args.slot.scheduleId,
    slotId: args.slot.id,
    date: args.slot.date,
    startTime: args.slot.startTime,
    endTime: args.slot.endTime,
    status: args.pending ? 'pending' : 'booked',
    ticketCode: newTicketCode(),
    contactPhoneEnc: args.contactPhoneEnc,
    activeKey: activeKey(args.userId, args.itemCode, args.slot.date),
    declineReason: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await insertRow(em, AppointmentEntity, a);
      break;
    } catch (err) {
      if (isDuplicateKey(err, /active/)) throw alreadyBooked();
      if (!isDuplicateKey(err, /ticket/) || attempt >= 3) throw err;
      a.ticketCode = newTicketCode();
    }
  }
  await recordEvent(em, args.pending ? 'appointment.pending' : 'appointment.booked', a);
  return a;
}

/** Moves an appointment to another slot: the new place is claimed and the old released together, or nothing changes. */
export async function reschedule(em: EntityManager, a: AppointmentRow, to: SlotRow): Promise<AppointmentRow> {
  if (to.id === a.slotId) throw new AppError('APPOINTMENT_STATE', 409, '新时段与原时段相同');
  let moved: AppointmentRow;
  try {
    moved = await change(em, a, ACTIVE, {
      slotId: to.id,
      scheduleId: to.scheduleId,
      date: to.date,
      startTime: to.startTime,
      endTime: to.endTime,
      activeKey: activeKey(a.userId, a.itemCode, to.date),
    });
  } catch (err) {
    if (isDuplicateKey(err, /active/)) throw alreadyBooked();
    throw err;
  }
  await takePlace(em, to.id);
  await release(em, a.slotId);
  await recordEvent(em, 'appointment.rescheduled', moved, { from: { date: a.date, start: a.startTime } });
  return moved;
}

/** Ends an active appointment (cancelled by the resident or the office, declined by staff) and frees its place. */
export async function endActive(
  em: EntityManager,
  a: AppointmentRow,
  status: 'cancelled' | 'declined',
  event: AppointmentEventType,
  reason: string | null = null,
): Promise<AppointmentRow> {
  const ended = await change(em, a, ACTIVE, { status, activeKey: null, declineReason: reason });
  await release(em, a.slotId);
  await recordEvent(em, event, ended, reason ? { reason } : {});
  return ended;
}

/** A status step at the window (confirm, check in, served, no-show), guarded by the expected current status. */
export async function advance(
  em: EntityManager,
  a: AppointmentRow,
  from: string[],
  to: string,
  event?: AppointmentEventType,
): Promise<AppointmentRow> {
  const next = await change(em, a, from, { status: to, activeKey: to === 'no_show' || to === 'served' ? null : a.activeKey });
  if (event) await recordEvent(em, event, next);
  return next;
}
