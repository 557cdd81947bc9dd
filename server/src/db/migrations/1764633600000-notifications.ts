// Notifications: events are claimed by a worker with a lease (a conditional update any engine
// arbitrates, Galera included), fanned out into one row per recipient and channel, deduplicated by
// key. The in-app inbox (消息中心) is the channel every notification lands in.
import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { date, int, str } from './columns';

export class Notifications1764633600000 implements MigrationInterface {
  name = 'Notifications1764633600000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('domain_event', [new TableColumn(str('claimed_by', 40, true)), new TableColumn(date('claimed_until', true))]);
    await q.createTable(
      new Table({
        name: 'notification',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('dedupe_key', 160),
          { name: 'event_id', type: 'integer' },
          str('user_id', 36),
          str('channel', 12),
          str('template', 40),
          str('title', 40),
          str('body', 500),
          str('link_kind', 12, true),
          str('link_id', 40, true),
          str('status', 12),
          int('attempts', { default: 0 }),
          date('created_at'),
          date('sent_at', true),
          date('read_at', true),
        ],
        uniques: [{ name: 'uq_notification_dedupe', columnNames: ['dedupe_key'] }],
        indices: [{ name: 'idx_notification_inbox', columnNames: ['user_id', 'channel', 'created_at'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('notification');
    await q.dropColumns('domain_event', ['claimed_until', 'claimed_by']);
  }
}
