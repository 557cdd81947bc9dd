// One row per imported year of the State Council schedule (see calendar-import.ts).
import { EntitySchema } from 'typeorm';

export interface CalendarImportRow {
  year: number;
  sourceUrl: string;
  /** sha256 of the days as imported: equal when the same schedule comes again. */
  contentHash: string;
  /** JSON: the days this import wrote as overrides ({ date, kind, note }[]). */
  days: string;
  importedBy: string | null;
  importedAt: Date;
}

export const CalendarImportEntity = new EntitySchema<CalendarImportRow>({
  name: 'CalendarImport',
  tableName: 'calendar_import',
  columns: {
    year: { type: 'int', primary: true },
    sourceUrl: { name: 'source_url', type: 'varchar', length: 300 },
    contentHash: { name: 'content_hash', type: 'varchar', length: 64 },
    days: { type: 'text' },
    importedBy: { name: 'imported_by', type: 'varchar', length: 36, nullable: true },
    importedAt: { name: 'imported_at', type: 'datetime' },
  },
});
