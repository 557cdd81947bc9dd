// The State Council's schedule for a year, imported by an administrator before the holiday package
// has it (docs/calendar-import.md): its days become calendar overrides, and this row remembers the
// import — which year is covered, from which notice, and which days it wrote, so a corrected
// notice can take back a day it no longer lists and the same file imported again changes nothing.
import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { date, int, str } from './columns';

export class CalendarImport1764720000700 implements MigrationInterface {
  name = 'CalendarImport1764720000700';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'calendar_import',
        columns: [
          int('year', { isPrimary: true }),
          str('source_url', 300),
          str('content_hash', 64),
          { name: 'days', type: 'text' },
          str('imported_by', 36, true),
          date('imported_at'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('calendar_import');
  }
}
