// Importing the State Council's holiday schedule for a year (docs/calendar-import.md): the file's
// text goes up as it is, so the server reports each problem with its line.
import { z } from '../zod';
import { CalendarStatus } from './appointment.schema';

export const CALENDAR_IMPORT_MAX_CHARS = 20_000;

export const CalendarImportRequest = z.object({
  text: z
    .string()
    .check(
      z.minLength(1, '文件是空的'),
      z.maxLength(CALENDAR_IMPORT_MAX_CHARS, `文件太长（最多 ${CALENDAR_IMPORT_MAX_CHARS} 个字符）`),
      z.meta({ description: '节假日安排文件的全文（格式见 docs/calendar-import.md）' }),
    ),
});
export type CalendarImportRequest = z.infer<typeof CalendarImportRequest>;

export const CalendarImportResult = z.object({
  year: z.int(),
  sourceUrl: z.string(),
  /** False when the calendar already said exactly this: nothing was written. */
  changed: z.boolean(),
  added: z.int(),
  updated: z.int(),
  /** Days an earlier import of this year wrote that the file no longer lists. */
  removed: z.int(),
  unchanged: z.int(),
  /** Appointments on days that became holidays, cancelled by the office with the reason. */
  cancelledAppointments: z.int(),
  message: z.string(),
  calendar: CalendarStatus,
});
export type CalendarImportResult = z.infer<typeof CalendarImportResult>;
