// WeChat subscription credits and the resident's SMS preference. A one-time subscription message
// can be sent once per "accept" in the mini-app: each accept adds a credit, each send takes one
// with a conditional update (credits > 0), so two workers never spend the same credit. `rejected`
// records that the resident turned the template off (WeChat's change/popup events): no credit
// counts, long-term templates included, until they accept again.
import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { date, int, str } from './columns';

export class NotificationSubscriptions1764720000100 implements MigrationInterface {
  name = 'NotificationSubscriptions1764720000100';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'notification_subscription',
        columns: [
          { ...str('user_id', 36), isPrimary: true },
          { ...str('template_id', 64), isPrimary: true },
          int('credits', { default: 0 }),
          { name: 'rejected', type: 'boolean' },
          date('updated_at'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'notification_preference',
        columns: [{ ...str('user_id', 36), isPrimary: true }, { name: 'sms_opt_out', type: 'boolean' }, date('updated_at')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('notification_preference');
    await q.dropTable('notification_subscription');
  }
}
