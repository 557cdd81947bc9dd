// Refresh tokens keep their successor, sealed, so a client that refreshes twice at once (two tabs,
// a retry after a lost answer) is handed the same new token within a grace period instead of
// tripping reuse detection and losing its session.
import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { str } from './columns';

export class RefreshGrace1764374400001 implements MigrationInterface {
  name = 'RefreshGrace1764374400001';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('refresh_token', new TableColumn(str('successor_enc', 200, true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('refresh_token', 'successor_enc');
  }
}
