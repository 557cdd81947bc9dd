// The appointment capability's domain events, recorded in the outbox with the change they
// describe. The dedupe key is the appointment's id and its version after the change: the same
// change always yields the same key, so a redelivered event is recognisably the same message.
import type { EntityManager } from 'typeorm';
import { createOutbox } from '../../platform/outbox';
import type { AppointmentRow } from './entities';

export interface AppointmentEventPayload {
  appointmentId: string;
  itemCode: string;
  hallCode: string;
  date: string;
  start: string;
  ticketCode: string;
  /** Cancelled or declined: why, for the resident. */
  reason?: string;
  /** Rescheduled: where it was before. */
  from?: { date: string; start: string };
}

export type AppointmentEventType =
  | 'appointment.booked'
  | 'appointment.pending'
  | 'appointment.confirmed'
  | 'appointment.declined'
  | 'appointment.cancelled'
  | 'appointment.rescheduled'
  | 'appointment.reminder';

export type AppointmentEvents = Record<AppointmentEventType, AppointmentEventPayload>;

const outbox = createOutbox<AppointmentEvents>('appointment');

const payloadOf = (a: AppointmentRow, extra: Partial<AppointmentEventPayload>): AppointmentEventPayload => ({
  appointmentId: a.id,
  itemCode: a.itemCode,
  hallCode: a.hallCode,
  date: a.date,
  start: a.startTime,
  ticketCode: a.ticketCode,
  ...extra,
});

/** `a` as it is after the change (its new version). */
export function recordEvent(
  em: EntityManager,
  type: AppointmentEventType,
  a: AppointmentRow,
  extra: Partial<AppointmentEventPayload> = {},
): Promise<void> {
  return outbox.record(em, {
    type,
    aggregateId: a.id,
    userId: a.userId,
    payload: payloadOf(a, extra),
    dedupeKey: `${type}:${a.id}:v${a.version}`,
  });
}

/** The reminder for the working day before: once per appointment and day, however often the job runs. */
export function recordReminder(em: EntityManager, a: AppointmentRow): Promise<boolean> {
  const type = 'appointment.reminder';
  return outbox.recordOnce(em, {
    type,
    aggregateId: a.id,
    userId: a.userId,
    payload: payloadOf(a, {}),
    dedupeKey: `${type}:${a.id}:${a.date}`,
  });
}
