// 长辈版 remembered on the account, so it follows the user to a new phone. NULL: never chosen (the
// device then follows its system font).
import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

export class ElderModePreference1764800000100 implements MigrationInterface {
  name = 'ElderModePreference1764800000100';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('user_account', new TableColumn({ name: 'elder_mode', type: 'boolean', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('user_account', 'elder_mode');
  }
}
