// Notification deliveries: one row per event × recipient × channel with its status, provider code,
// attempts, next attempt and lease. The dedupe key is unique: handling an event twice adds nothing.
// Workers find due rows by (status, next attempt); receipts find theirs by provider message id.
import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { date, int, str } from './columns';

export class NotificationDeliveries1764720000000 implements MigrationInterface {
  name = 'NotificationDeliveries1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'notification_delivery',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('dedupe_key', 200),
          { name: 'event_id', type: 'integer' },
          str('event_type', 40),
          str('subject_kind', 12, true),
          str('subject_id', 40, true),
          str('user_id', 36),
          str('role', 10),
          str('channel', 8),
          { name: 'essential', type: 'boolean' },
          { name: 'message', type: 'text' },
          str('status', 20),
          str('code', 40, true),
          str('provider_id', 64, true),
          int('attempts', { default: 0 }),
          { name: 'credit_taken', type: 'boolean' },
          date('next_attempt_at', true),
          str('lease_owner', 60, true),
          date('lease_until', true),
          date('event_at'),
          date('created_at'),
          date('updated_at'),
          date('delivered_at', true),
        ],
        uniques: [{ name: 'uq_delivery_dedupe', columnNames: ['dedupe_key'] }],
        indices: [
          { name: 'idx_delivery_due', columnNames: ['status', 'next_attempt_at'] },
          { name: 'idx_delivery_subject', columnNames: ['subject_kind', 'subject_id'] },
          { name: 'idx_delivery_provider', columnNames: ['channel', 'provider_id'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('notification_delivery');
  }
}
