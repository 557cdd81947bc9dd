// The hall queue (排队叫号): one counter row per hall, window group and day, advanced by a
// conditional update inside the issuing transaction; one row per number issued. Unique keys keep
// one number per appointment, one waiting number per person and group a day (holder_key), one
// number being served per window (window_key), and no number issued twice.
import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { date, int, str } from './columns';

export class HallQueue1764720000200 implements MigrationInterface {
  name = 'HallQueue1764720000200';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'queue_counter',
        columns: [
          { ...str('hall_code', 80), isPrimary: true },
          { ...str('group_code', 8), isPrimary: true },
          { ...str('day', 10), isPrimary: true },
          int('last_value'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'queue_ticket',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('hall_code', 80),
          str('group_code', 8),
          str('day', 10),
          int('seq_no'),
          str('queue_number', 12),
          str('kind', 12),
          str('appointment_id', 36, true),
          str('user_id', 36, true),
          str('item_code', 80),
          str('slot_start', 5, true),
          str('holder_key', 200, true),
          str('status', 12),
          str('window_number', 10, true),
          str('window_key', 120, true),
          int('call_count', { default: 0 }),
          date('issued_at'),
          date('called_at', true),
          date('completed_at', true),
          int('version'),
        ],
        uniques: [
          { name: 'uq_queue_ticket_number', columnNames: ['hall_code', 'group_code', 'day', 'seq_no'] },
          { name: 'uq_queue_ticket_appointment', columnNames: ['appointment_id'] },
          { name: 'uq_queue_ticket_holder', columnNames: ['holder_key'] },
          { name: 'uq_queue_ticket_window', columnNames: ['window_key'] },
        ],
        indices: [
          { name: 'idx_queue_ticket_group', columnNames: ['hall_code', 'group_code', 'day', 'status'] },
          { name: 'idx_queue_ticket_user', columnNames: ['user_id', 'day'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('queue_ticket');
    await q.dropTable('queue_counter');
  }
}
