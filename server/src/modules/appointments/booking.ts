// The transactions that change who holds a place. A place is taken by ONE conditional update of the
// slot counter (booked < capacity), in the same transaction as the appointment row and its event;
// unique keys enforce one active appointment per resident, item and day. No check-then-insert.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { isDuplicateKey, withRetries } from '../../db/errors';
import { AppError } from '../../errors';
import { AppointmentEntity, type AppointmentRow, SlotEntity, type SlotRow } from './entities';
import { type AppointmentEventType, recordEvent } from './events';
import { newTicketCode } from './tickets';

export const ACTIVE = ['pending', 'booked'];
const activeKey = (userId: string, itemCode: string, date: string) => `${userId}:${itemCode}:${date}`;

export const slotFull = () => new AppError('SLOT_FULL', 409, '这个时段已约满，请选择其他时段或日期');
const alreadyBooked = () => new AppError('ALREADY_BOOKED', 409, '您当天已预约过这个事项，如需换时间请在“我的预约”中改约');
const wrongState = () => new AppError('APPOINTMENT_STATE', 409, '预约状态已变化，请刷新后再试');

async function claim(em: EntityManager, slotId: number): Promise<void> {
  const r = await em.createQueryBuilder().update(SlotEntity).set({ booked: () => 'booked + 1' })
    .where('id = :slotId AND booked < capacity', { slotId }).execute();
  if (r.affected !== 1) throw slotFull();
}

async function release(em: EntityManager, slotId: number): Promise<void> {
  await em.createQueryBuilder().update(SlotEntity).set({ booked: () => 'booked - 1' })
    .where('id = :slotId AND booked > 0', { slotId }).execute();
}

export async function book(dataSource: DataSource, args: {
  userId: string; itemCode: string; slot: SlotRow; contactPhoneEnc: string; pending: boolean;
}): Promise<AppointmentRow> {
  return withRetries(() => dataSource.transaction(async (em) => {
    const now = new Date();
    const a: AppointmentRow = {
      id: randomUUID(), userId: args.userId, itemCode: args.itemCode, hallCode: args.slot.hallCode, scheduleId: args.slot.scheduleId,
      slotId: args.slot.id, date: args.slot.date, startTime: args.slot.startTime, endTime: args.slot.endTime,
      status: args.pending ? 'pending' : 'booked', ticketCode: newTicketCode(), contactPhoneEnc: args.contactPhoneEnc,
      activeKey: activeKey(args.userId, args.itemCode, args.slot.date), declineReason: null, createdAt: now, updatedAt: now,
    };
    for (let attempt = 0; ; attempt++) {
      try {
        await em.getRepository(AppointmentEntity).insert(a);
        break;
      } catch (err) {
        if (isDuplicateKey(err, /active/)) throw alreadyBooked();
        if (!isDuplicateKey(err, /ticket/) || attempt >= 3) throw err;
        a.ticketCode = newTicketCode();
      }
    }
    await recordEvent(em, args.pending ? 'appointment.pending' : 'appointment.booked', a);
    // Last, so the hot slot row is locked only for the moment before commit.
    await claim(em, args.slot.id);
    return a;
  }));
}

/** Moves an appointment to another slot: the new place is claimed and the old released together, or nothing changes. */
export async function reschedule(dataSource: DataSource, a: AppointmentRow, to: SlotRow): Promise<AppointmentRow> {
  if (to.id === a.slotId) throw new AppError('APPOINTMENT_STATE', 409, '新时段与原时段相同');
  return withRetries(() => dataSource.transaction(async (em) => {
    const moved = { ...a, slotId: to.id, scheduleId: to.scheduleId, date: to.date, startTime: to.startTime, endTime: to.endTime, activeKey: activeKey(a.userId, a.itemCode, to.date), updatedAt: new Date() };
    try {
      const r = await em.createQueryBuilder().update(AppointmentEntity)
        .set({ slotId: moved.slotId, scheduleId: moved.scheduleId, date: moved.date, startTime: moved.startTime, endTime: moved.endTime, activeKey: moved.activeKey, updatedAt: moved.updatedAt })
        .where({ id: a.id, slotId: a.slotId, status: In(ACTIVE) }).execute();
      if (r.affected !== 1) throw wrongState();
    } catch (err) {
      if (isDuplicateKey(err, /active/)) throw alreadyBooked();
      throw err;
    }
    await claim(em, to.id);
    await release(em, a.slotId);
    await recordEvent(em, 'appointment.rescheduled', moved, { from: { date: a.date, start: a.startTime } });
    return moved;
  }));
}

/** Ends an active appointment (cancelled by the resident, declined by staff) and frees its place. */
export async function endActive(
  dataSource: DataSource, a: AppointmentRow, status: 'cancelled' | 'declined', event: AppointmentEventType, reason: string | null = null,
): Promise<AppointmentRow> {
  return withRetries(() => dataSource.transaction(async (em) => {
    const ended = { ...a, status, activeKey: null, declineReason: reason, updatedAt: new Date() };
    const r = await em.createQueryBuilder().update(AppointmentEntity)
      .set({ status, activeKey: null, declineReason: reason, updatedAt: ended.updatedAt })
      .where({ id: a.id, status: In(ACTIVE) }).execute();
    if (r.affected !== 1) throw wrongState();
    await release(em, a.slotId);
    await recordEvent(em, event, ended, reason ? { reason } : {});
    return ended;
  }));
}

/** A status step at the window (confirm, check in, served, no-show), guarded by the expected current status. */
export async function advance(
  dataSource: DataSource, a: AppointmentRow, from: string[], to: string, event?: AppointmentEventType,
): Promise<AppointmentRow> {
  return dataSource.transaction(async (em) => {
    const next = { ...a, status: to, updatedAt: new Date(), activeKey: to === 'no_show' || to === 'served' ? null : a.activeKey };
    const r = await em.createQueryBuilder().update(AppointmentEntity).set({ status: to, updatedAt: next.updatedAt, activeKey: next.activeKey })
      .where({ id: a.id, status: In(from) }).execute();
    if (r.affected !== 1) throw wrongState();
    if (event) await recordEvent(em, event, next);
    return next;
  });
}
