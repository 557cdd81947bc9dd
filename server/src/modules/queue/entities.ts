// Queue tables: the per hall, group and day counter, and the numbers issued.
import { EntitySchema } from 'typeorm';
import type { QueueKind, QueueStatus } from '@bianmin/shared';

export interface QueueCounterRow {
  hallCode: string;
  groupCode: string;
  day: string;
  lastValue: number;
}

export interface QueueTicketRow {
  id: string;
  hallCode: string;
  groupCode: string;
  day: string;
  sequence: number;
  number: string;
  kind: QueueKind;
  appointmentId: string | null;
  /** The resident to show it to: the booker, or the account verified with a walk-in's ID number. */
  userId: string | null;
  itemCode: string;
  /** Appointments: the booked slot's start, which gives them priority once it has begun. */
  slotStart: string | null;
  /** `hall:group:day:<keyed ID hash>` while a walk-in waits or is served, else null: one number per person. */
  holderKey: string | null;
  status: QueueStatus;
  windowNumber: string | null;
  /** `hall:day:window` while called, else null: a window serves one number at a time. */
  windowKey: string | null;
  callCount: number;
  issuedAt: Date;
  calledAt: Date | null;
  completedAt: Date | null;
  version: number;
}

const str = (name: string, length: number, nullable = false) => ({ name, type: 'varchar' as const, length, nullable });

export const QueueCounterEntity = new EntitySchema<QueueCounterRow>({
  name: 'QueueCounter',
  tableName: 'queue_counter',
  columns: {
    hallCode: { ...str('hall_code', 80), primary: true },
    groupCode: { ...str('group_code', 8), primary: true },
    day: { ...str('day', 10), primary: true },
    lastValue: { name: 'last_value', type: 'int' },
  },
});

export const QueueTicketEntity = new EntitySchema<QueueTicketRow>({
  name: 'QueueTicket',
  tableName: 'queue_ticket',
  columns: {
    id: { ...str('id', 36), primary: true },
    hallCode: str('hall_code', 80),
    groupCode: str('group_code', 8),
    day: str('day', 10),
    sequence: { name: 'seq_no', type: 'int' },
    number: str('queue_number', 12),
    kind: str('kind', 12),
    appointmentId: str('appointment_id', 36, true),
    userId: str('user_id', 36, true),
    itemCode: str('item_code', 80),
    slotStart: str('slot_start', 5, true),
    holderKey: str('holder_key', 200, true),
    status: str('status', 12),
    windowNumber: str('window_number', 10, true),
    windowKey: str('window_key', 120, true),
    callCount: { name: 'call_count', type: 'int', default: 0 },
    issuedAt: { name: 'issued_at', type: 'datetime' },
    calledAt: { name: 'called_at', type: 'datetime', nullable: true },
    completedAt: { name: 'completed_at', type: 'datetime', nullable: true },
    version: { type: 'int' },
  },
});

export const queueEntities = [QueueCounterEntity, QueueTicketEntity];
