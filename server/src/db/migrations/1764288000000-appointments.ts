// Appointments: schedules, closures, calendar overrides, slots (with the booked counter that the
// conditional update guards), appointments, idempotency records, domain-event outbox.
import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { date, int, serial, str } from './columns';

export class Appointments1764288000000 implements MigrationInterface {
  name = 'Appointments1764288000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'appointment_schedule',
        columns: [
          serial,
          str('hall_code', 80),
          str('item_code', 80),
          { name: 'opening_periods', type: 'text' },
          int('slot_minutes'),
          int('capacity_per_slot'),
          int('horizon_working_days'),
          str('release_time', 5),
          int('release_working_days_before'),
          int('min_notice_minutes'),
          int('cancel_cutoff_minutes'),
          { name: 'requires_confirmation', type: 'boolean' },
          date('updated_at'),
        ],
        uniques: [{ name: 'uq_schedule_hall_item', columnNames: ['hall_code', 'item_code'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'closure',
        columns: [serial, str('hall_code', 80), str('date', 10), str('reason', 100)],
        uniques: [{ name: 'uq_closure', columnNames: ['hall_code', 'date'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'calendar_override',
        columns: [{ ...str('date', 10), isPrimary: true }, str('kind', 10), str('note', 100), date('updated_at')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'slot',
        columns: [
          serial,
          int('schedule_id'),
          str('hall_code', 80),
          str('date', 10),
          str('start_time', 5),
          str('end_time', 5),
          int('capacity'),
          int('booked'),
        ],
        uniques: [{ name: 'uq_slot', columnNames: ['schedule_id', 'date', 'start_time'] }],
        indices: [{ name: 'ix_slot_hall_date', columnNames: ['hall_code', 'date'] }],
        checks: [{ name: 'ck_slot_not_overbooked', expression: 'booked >= 0 AND booked <= capacity' }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'appointment',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('user_id', 36),
          str('item_code', 80),
          str('hall_code', 80),
          int('schedule_id'),
          int('slot_id'),
          str('date', 10),
          str('start_time', 5),
          str('end_time', 5),
          str('status', 12),
          str('ticket_code', 12),
          str('contact_phone_enc', 200),
          str('active_key', 140, true),
          str('decline_reason', 200, true),
          date('created_at'),
          date('updated_at'),
        ],
        uniques: [
          { name: 'uq_appointment_ticket', columnNames: ['ticket_code'] },
          // NULL when no longer active: both engines allow many NULLs in a unique index.
          { name: 'uq_appointment_active', columnNames: ['active_key'] },
        ],
        indices: [
          { name: 'ix_appointment_user_date', columnNames: ['user_id', 'date'] },
          { name: 'ix_appointment_hall_date', columnNames: ['hall_code', 'date'] },
          { name: 'ix_appointment_slot', columnNames: ['slot_id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'idempotency_record',
        columns: [
          { ...str('user_id', 36), isPrimary: true },
          { ...str('idem_key', 64), isPrimary: true },
          str('request_hash', 64),
          int('status'),
          { name: 'body', type: 'text', isNullable: true },
          date('created_at'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'domain_event',
        columns: [
          serial,
          str('aggregate_id', 36),
          str('user_id', 36),
          str('type', 40),
          { name: 'payload', type: 'text' },
          str('dedupe_key', 120),
          date('created_at'),
          date('processed_at', true),
        ],
        uniques: [{ name: 'uq_domain_event_dedupe', columnNames: ['dedupe_key'] }],
        indices: [{ name: 'ix_domain_event_pending', columnNames: ['processed_at', 'id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['domain_event', 'idempotency_record', 'appointment', 'slot', 'calendar_override', 'closure', 'appointment_schedule']) {
      await q.dropTable(t);
    }
  }
}
