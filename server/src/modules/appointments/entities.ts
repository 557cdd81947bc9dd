// Appointment tables: schedules, closures, calendar overrides, slots with a booked counter, and
// appointments. (Idempotency records and the outbox belong to the platform.)
import { EntitySchema } from 'typeorm';
import type { OpeningPeriod } from '@bianmin/shared';
import { CalendarImportEntity } from './calendar-import-entity';

export interface ScheduleRow {
  id: number;
  hallCode: string;
  itemCode: string;
  openingPeriods: OpeningPeriod[];
  slotMinutes: number;
  capacityPerSlot: number;
  horizonWorkingDays: number;
  releaseTime: string;
  releaseWorkingDaysBefore: number;
  minNoticeMinutes: number;
  cancelCutoffMinutes: number;
  requiresConfirmation: boolean;
  updatedAt: Date;
}
export interface ClosureRow {
  id: number;
  hallCode: string;
  date: string;
  reason: string;
}
export interface CalendarOverrideRow {
  date: string;
  kind: string;
  note: string;
  updatedAt: Date;
}
export interface SlotRow {
  id: number;
  scheduleId: number;
  hallCode: string;
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
  booked: number;
}
/** A slot row as plain SQL returns it (MySQL may give numbers as strings). */
export interface SlotSqlRow {
  id: number;
  schedule_id: number;
  hall_code: string;
  date: string;
  start_time: string;
  end_time: string;
  capacity: number | string;
  booked: number | string;
}
export const SLOT_SQL_COLUMNS = 's.id, s.schedule_id, s.hall_code, s.date, s.start_time, s.end_time, s.capacity, s.booked';
export function slotOf(row: SlotSqlRow): SlotRow {
  return {
    id: row.id,
    scheduleId: row.schedule_id,
    hallCode: row.hall_code,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    capacity: Number(row.capacity),
    booked: Number(row.booked),
  };
}
export interface AppointmentRow {
  id: string;
  userId: string;
  itemCode: string;
  hallCode: string;
  scheduleId: number;
  slotId: number;
  date: string;
  startTime: string;
  endTime: string;
  status: string;
  ticketCode: string;
  contactPhoneEnc: string;
  /** `user:item:date` while the appointment holds a place, else null: the unique key behind "one per item per day". */
  activeKey: string | null;
  declineReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Counts changes: every update is conditional on it, and it names each change's event. */
  version: number;
}

const id36 = { type: 'varchar', length: 36 } as const;
const code = { type: 'varchar', length: 80 } as const;
const date10 = { type: 'varchar', length: 10 } as const;
const time5 = { type: 'varchar', length: 5 } as const;
const serial = { type: 'integer', primary: true, generated: 'increment' } as const;

export const ScheduleEntity = new EntitySchema<ScheduleRow>({
  name: 'AppointmentSchedule',
  tableName: 'appointment_schedule',
  columns: {
    id: serial,
    hallCode: { ...code, name: 'hall_code' },
    itemCode: { ...code, name: 'item_code' },
    openingPeriods: { name: 'opening_periods', type: 'simple-json' },
    slotMinutes: { name: 'slot_minutes', type: 'int' },
    capacityPerSlot: { name: 'capacity_per_slot', type: 'int' },
    horizonWorkingDays: { name: 'horizon_working_days', type: 'int' },
    releaseTime: { ...time5, name: 'release_time' },
    releaseWorkingDaysBefore: { name: 'release_working_days_before', type: 'int' },
    minNoticeMinutes: { name: 'min_notice_minutes', type: 'int' },
    cancelCutoffMinutes: { name: 'cancel_cutoff_minutes', type: 'int' },
    requiresConfirmation: { name: 'requires_confirmation', type: 'boolean' },
    updatedAt: { name: 'updated_at', type: 'datetime' },
  },
});
export const ClosureEntity = new EntitySchema<ClosureRow>({
  name: 'Closure',
  tableName: 'closure',
  columns: { id: serial, hallCode: { ...code, name: 'hall_code' }, date: date10, reason: { type: 'varchar', length: 100 } },
});
export const CalendarOverrideEntity = new EntitySchema<CalendarOverrideRow>({
  name: 'CalendarOverride',
  tableName: 'calendar_override',
  columns: {
    date: { ...date10, primary: true },
    kind: { type: 'varchar', length: 10 },
    note: { type: 'varchar', length: 100 },
    updatedAt: { name: 'updated_at', type: 'datetime' },
  },
});
export const SlotEntity = new EntitySchema<SlotRow>({
  name: 'Slot',
  tableName: 'slot',
  columns: {
    id: serial,
    scheduleId: { name: 'schedule_id', type: 'int' },
    hallCode: { ...code, name: 'hall_code' },
    date: date10,
    startTime: { ...time5, name: 'start_time' },
    endTime: { ...time5, name: 'end_time' },
    capacity: { type: 'int' },
    booked: { type: 'int' },
  },
});
export const AppointmentEntity = new EntitySchema<AppointmentRow>({
  name: 'Appointment',
  tableName: 'appointment',
  columns: {
    id: { ...id36, primary: true },
    userId: { ...id36, name: 'user_id' },
    itemCode: { ...code, name: 'item_code' },
    hallCode: { ...code, name: 'hall_code' },
    scheduleId: { name: 'schedule_id', type: 'int' },
    slotId: { name: 'slot_id', type: 'int' },
    date: date10,
    startTime: { ...time5, name: 'start_time' },
    endTime: { ...time5, name: 'end_time' },
    status: { type: 'varchar', length: 12 },
    ticketCode: { name: 'ticket_code', type: 'varchar', length: 12 },
    contactPhoneEnc: { name: 'contact_phone_enc', type: 'varchar', length: 200 },
    activeKey: { name: 'active_key', type: 'varchar', length: 140, nullable: true },
    declineReason: { name: 'decline_reason', type: 'varchar', length: 200, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime' },
    updatedAt: { name: 'updated_at', type: 'datetime' },
    version: { type: 'int' },
  },
});
export const appointmentEntities = [
  ScheduleEntity,
  ClosureEntity,
  CalendarOverrideEntity,
  SlotEntity,
  AppointmentEntity,
  CalendarImportEntity,
];
