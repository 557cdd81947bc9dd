// The platform layer: appointments gain a version (every change is conditional on it and names
// its event), the outbox becomes capability-neutral (aggregate type, optional recipient), and
// idempotency records are re-keyed: the old ones held unkeyed hashes of requests that carried
// phone numbers, and "in progress" rows a crash could leave behind for ever. They are replay
// state for retries of the last minutes, so they are dropped rather than migrated.
import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { str } from './columns';

export class Platform1764374400000 implements MigrationInterface {
  name = 'Platform1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('appointment', new TableColumn({ name: 'version', type: 'int', default: 1 }));
    await q.addColumn('domain_event', new TableColumn({ ...str('aggregate_type', 30), default: "'appointment'" }));
    await q.changeColumn('domain_event', 'user_id', new TableColumn(str('user_id', 36, true)));
    await q.query('DELETE FROM idempotency_record');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM domain_event WHERE user_id IS NULL');
    await q.changeColumn('domain_event', 'user_id', new TableColumn(str('user_id', 36)));
    await q.dropColumn('domain_event', 'aggregate_type');
    await q.dropColumn('appointment', 'version');
  }
}
