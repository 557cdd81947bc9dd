// Column builders shared by migrations. Migrations are history: change these only in ways that
// produce the same columns for every migration already written.
import type { TableColumnOptions } from 'typeorm';

export const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
export const int = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'int', ...extra });
export const date = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'datetime', isNullable: nullable });
/** `integer` (not `int`): SQLite only auto-increments an INTEGER PRIMARY KEY. */
export const serial: TableColumnOptions = {
  name: 'id',
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
};
