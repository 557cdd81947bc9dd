// The separate PIPL consent given with real-name verification: when, and to which version of the
// text (shared/identity/real-name-consent.ts). Verifications from before consent was asked keep NULL.
import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { date, str } from './columns';

export class RealNameConsent1764720000300 implements MigrationInterface {
  name = 'RealNameConsent1764720000300';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('real_name', new TableColumn(date('consent_at', true)));
    await q.addColumn('real_name', new TableColumn(str('consent_policy_version', 40, true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('real_name', 'consent_policy_version');
    await q.dropColumn('real_name', 'consent_at');
  }
}
