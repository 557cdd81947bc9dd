// An optional TOTP second factor for staff (ASVS V6): the authenticator secret, sealed; when it was
// confirmed (null: set up but not yet in force); and the last time step accepted, so no code is
// accepted twice within its validity window.
import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { date, int, str } from './columns';

export class StaffTotp1764374400002 implements MigrationInterface {
  name = 'StaffTotp1764374400002';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('user_account', [
      new TableColumn(str('totp_secret_enc', 200, true)),
      new TableColumn(date('totp_enabled_at', true)),
      new TableColumn(int('totp_last_step', { isNullable: true })),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumns('user_account', ['totp_last_step', 'totp_enabled_at', 'totp_secret_enc']);
  }
}
