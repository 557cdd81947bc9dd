// Identity: accounts, real-name (sealed), role grants with scopes, rotating refresh tokens, audit log.
import { type MigrationInterface, type QueryRunner, Table, type TableColumnOptions } from 'typeorm';
import { date, serial, str } from './columns';

const id36 = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ ...str(name, 36), ...extra });
const cascadeUser = { columnNames: ['user_id'], referencedTableName: 'user_account', referencedColumnNames: ['id'], onDelete: 'CASCADE' };

export class Identity1764201600000 implements MigrationInterface {
  name = 'Identity1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'user_account',
        columns: [
          id36('id', { isPrimary: true }),
          str('kind', 10),
          str('display_name', 60),
          str('username', 32, true),
          str('password_hash', 200, true),
          str('wechat_openid', 64, true),
          str('wechat_unionid', 64, true),
          str('wechat_session_key_enc', 200, true),
          str('phone_enc', 200, true),
          str('phone_hash', 64, true),
          { name: 'disabled', type: 'boolean' },
          { name: 'failed_logins', type: 'int' },
          date('locked_until', true),
          date('created_at'),
          date('updated_at'),
        ],
        uniques: [
          { name: 'uq_user_username', columnNames: ['username'] },
          { name: 'uq_user_wechat_openid', columnNames: ['wechat_openid'] },
        ],
        indices: [{ name: 'ix_user_phone_hash', columnNames: ['phone_hash'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'real_name',
        columns: [
          id36('user_id', { isPrimary: true }),
          str('name_enc', 200),
          str('id_number_enc', 200),
          str('id_number_hash', 64),
          date('verified_at'),
        ],
        // One ID number belongs to one account, enforced by the database.
        uniques: [{ name: 'uq_real_name_id_hash', columnNames: ['id_number_hash'] }],
        foreignKeys: [cascadeUser],
      }),
    );
    await q.createTable(
      new Table({
        name: 'role_grant',
        columns: [serial, id36('user_id'), str('role', 20), str('scope_type', 12), str('scope_code', 80)],
        uniques: [{ name: 'uq_role_grant', columnNames: ['user_id', 'role', 'scope_type', 'scope_code'] }],
        foreignKeys: [cascadeUser],
      }),
    );
    await q.createTable(
      new Table({
        name: 'refresh_token',
        columns: [
          id36('id', { isPrimary: true }),
          id36('family_id'),
          id36('user_id'),
          str('token_hash', 64),
          date('created_at'),
          date('expires_at'),
          date('used_at', true),
          date('revoked_at', true),
        ],
        uniques: [{ name: 'uq_refresh_token_hash', columnNames: ['token_hash'] }],
        indices: [
          { name: 'ix_refresh_family', columnNames: ['family_id'] },
          { name: 'ix_refresh_user', columnNames: ['user_id'] },
        ],
        foreignKeys: [cascadeUser],
      }),
    );
    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          serial,
          date('at'),
          id36('actor_id', { isNullable: true }),
          str('action', 40),
          str('target_type', 20, true),
          str('target_id', 80, true),
          str('outcome', 10),
          str('ip', 45, true),
          { name: 'detail', type: 'text', isNullable: true },
        ],
        indices: [
          { name: 'ix_audit_at', columnNames: ['at'] },
          { name: 'ix_audit_actor', columnNames: ['actor_id'] },
          { name: 'ix_audit_action', columnNames: ['action'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['audit_log', 'refresh_token', 'role_grant', 'real_name', 'user_account']) await q.dropTable(t);
  }
}
