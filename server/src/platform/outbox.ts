// Resident-facing domain events, written in the same transaction as the change they describe
// (an outbox): the notification capability delivers them later without touching this code.
import type { EntityManager } from 'typeorm';
import { isDuplicateKey } from '../../db/errors';
import { DomainEventEntity, type AppointmentRow } from './entities';

export type AppointmentEventType =
  | 'appointment.booked' | 'appointment.pending' | 'appointment.confirmed' | 'appointment.declined'
  | 'appointment.cancelled' | 'appointment.rescheduled' | 'appointment.reminder';

export async function recordEvent(
  em: EntityManager, type: AppointmentEventType, a: AppointmentRow, extra: Record<string, unknown> = {}, dedupeKey?: string,
): Promise<void> {
  await em.getRepository(DomainEventEntity).insert({
    aggregateId: a.id, userId: a.userId, type,
    payload: { appointmentId: a.id, itemCode: a.itemCode, hallCode: a.hallCode, date: a.date, start: a.startTime, ticketCode: a.ticketCode, ...extra },
    // Deterministic key: at-least-once delivery downstream can drop repeats.
    dedupeKey: dedupeKey ?? `${type}:${a.id}:${Date.now()}:${Math.random().toString(36).slice(2, 8)}`,
    createdAt: new Date(), processedAt: null,
  });
}

/** Reminder for the working day before; safe to call repeatedly (the dedupe key is unique). */
export async function recordReminder(em: EntityManager, a: AppointmentRow): Promise<boolean> {
  try {
    await recordEvent(em, 'appointment.reminder', a, {}, `appointment.reminder:${a.id}:${a.date}`);
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}
