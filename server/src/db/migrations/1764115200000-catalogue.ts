// Catalogue schema: departments, life events, items with materials, halls with windows.
// Written with TypeORM's Table API so the same migration runs on SQLite and MySQL/MariaDB.
import { type MigrationInterface, type QueryRunner, Table, type TableColumnOptions } from 'typeorm';

const code = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '80',
  ...extra,
});
const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const int = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'int', ...extra });
const bool = (name: string): TableColumnOptions => ({ name, type: 'boolean' });
const json = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
const cascade = (column: string, table: string, ref: string) => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: [ref],
  onDelete: 'CASCADE',
});

export class Catalogue1764115200000 implements MigrationInterface {
  name = 'Catalogue1764115200000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'catalogue_meta',
        columns: [{ ...str('key', 40), isPrimary: true }, str('value', 200), { name: 'updated_at', type: 'datetime' }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'department',
        columns: [code('code', { isPrimary: true }), str('name', 60), str('phone', 20, true), int('sort_order')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'life_event',
        columns: [code('code', { isPrimary: true }), str('name', 20), json('aliases'), int('sort_order')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'service_item',
        columns: [
          code('code', { isPrimary: true }),
          str('name', 80),
          str('kind', 20),
          json('audiences'),
          code('department_code'),
          str('implementing_body', 60),
          int('legal_limit_days'),
          int('promised_limit_days'),
          str('summary', 300, true),
          int('online_depth'),
          bool('fully_online'),
          int('on_site_visits'),
          str('consult_phone', 20),
          str('complaint_phone', 20),
          bool('appointment_available'),
          bool('online_submission'),
          json('aliases'),
          json('life_events'),
          json('guide'),
          str('status', 10),
          int('view_count', { default: 0 }),
          str('content_hash', 64),
          int('sort_order'),
          { name: 'updated_at', type: 'datetime' },
        ],
        indices: [{ columnNames: ['department_code'] }, { columnNames: ['status'] }],
        foreignKeys: [{ columnNames: ['department_code'], referencedTableName: 'department', referencedColumnNames: ['code'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'item_material',
        columns: [
          code('item_code', { isPrimary: true }),
          int('position', { isPrimary: true }),
          str('name', 120),
          str('requirement', 12),
          str('condition_text', 200, true),
          int('originals'),
          int('copies'),
          str('source', 60),
          str('notes', 300, true),
          bool('shared_proof'),
          json('form', true),
        ],
        foreignKeys: [cascade('item_code', 'service_item', 'code')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'hall',
        columns: [
          code('code', { isPrimary: true }),
          str('name', 60),
          str('level', 12),
          code('parent_code', { isNullable: true }),
          str('address', 120),
          { name: 'latitude', type: 'double' },
          { name: 'longitude', type: 'double' },
          str('phone', 20),
          json('opening_hours'),
          str('hours_note', 120, true),
          str('content_hash', 64),
          int('sort_order'),
        ],
        indices: [{ columnNames: ['level'] }, { columnNames: ['parent_code'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'hall_window',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          code('hall_code'),
          str('number', 10),
          str('name', 40),
          str('phone', 20, true),
          int('sort_order'),
        ],
        uniques: [{ name: 'uq_hall_window_number', columnNames: ['hall_code', 'number'] }],
        foreignKeys: [cascade('hall_code', 'hall', 'code')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'window_item',
        columns: [int('window_id', { isPrimary: true }), code('item_code', { isPrimary: true })],
        indices: [{ columnNames: ['item_code'] }],
        foreignKeys: [cascade('window_id', 'hall_window', 'id'), cascade('item_code', 'service_item', 'code')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'window_department',
        columns: [int('window_id', { isPrimary: true }), code('department_code', { isPrimary: true })],
        foreignKeys: [cascade('window_id', 'hall_window', 'id'), cascade('department_code', 'department', 'code')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'window_department',
      'window_item',
      'hall_window',
      'hall',
      'item_material',
      'service_item',
      'life_event',
      'department',
      'catalogue_meta',
    ]) {
      await q.dropTable(t);
    }
  }
}
