// 社区代办 consent by a one-time SMS code (agent_consent_code: hashes only, expiry, attempts, single
// use), and the returned-parcel flag of a posted result (case_record.parcel_returned_at), which the
// window's inbox filters on.
import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { date, int, str } from './columns';

export class AgentConsentCodes1764720000400 implements MigrationInterface {
  name = 'AgentConsentCodes1764720000400';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'agent_consent_code',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('agent_user_id', 36),
          str('phone_hash', 64),
          str('phone_tail', 4),
          str('code_hash', 64),
          date('expires_at'),
          int('attempts'),
          date('used_at', true),
          date('created_at'),
        ],
        indices: [{ name: 'idx_agent_consent_agent', columnNames: ['agent_user_id', 'created_at'] }],
      }),
    );
    await q.addColumn('case_record', new TableColumn(date('parcel_returned_at', true)));
    await q.createIndex('case_record', new TableIndex({ name: 'idx_case_parcel_returned', columnNames: ['parcel_returned_at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('case_record', 'idx_case_parcel_returned');
    await q.dropColumn('case_record', 'parcel_returned_at');
    await q.dropTable('agent_consent_code');
  }
}
