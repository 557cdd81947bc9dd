// Case deadlines in working days (行政许可法 第四十二条、第八十二条): counting starts the day after
// acceptance, skips weekends and public holidays (the working calendar, with its 调休 days and
// administrators' overrides), and stops during pauses — a correction requested during review
// (local practice) or a special procedure (第四十五条: 听证、检验、检测、鉴定、专家评审…). A
// pause `{ from, to }` began on `from` and ended on `to`: working days d with from < d <= to do
// not count; `to: null` means it is still open. A correction before acceptance (预审补正) is no
// pause: the decision clock only starts at acceptance.
import { defaultCalendar, type IsoDate, type WorkingCalendar } from '../calendar/working-days';

export interface CasePause {
  from: IsoDate;
  /** null: still open. */
  to: IsoDate | null;
}

const paused = (day: IsoDate, pauses: readonly CasePause[], through: IsoDate) =>
  pauses.some((p) => p.from < day && day <= (p.to ?? through));

/**
 * The date by which a case accepted on `acceptedOn` must be decided, `limitDays` working days
 * later with the pauses left out; null while a pause is open (the date is not known yet).
 */
export function caseDeadline(args: {
  acceptedOn: IsoDate;
  limitDays: number;
  pauses?: readonly CasePause[];
  calendar?: WorkingCalendar;
}): IsoDate | null {
  const { acceptedOn, limitDays, pauses = [], calendar = defaultCalendar } = args;
  if (!Number.isInteger(limitDays) || limitDays < 0) throw new RangeError(`limitDays must be a whole number ≥ 0, got ${limitDays}`);
  if (pauses.some((p) => p.to === null)) return null;
  let day = acceptedOn;
  for (let counted = 0; counted < limitDays;) {
    day = calendar.nextWorkingDay(day);
    if (!paused(day, pauses, day)) counted++;
  }
  return day;
}

/** Working days of the limit used up by `today` (after acceptance, pauses left out; an open pause runs through today). */
export function workingDaysUsed(args: {
  acceptedOn: IsoDate;
  today: IsoDate;
  pauses?: readonly CasePause[];
  calendar?: WorkingCalendar;
}): number {
  const { acceptedOn, today, pauses = [], calendar = defaultCalendar } = args;
  let used = 0;
  for (let day = calendar.nextWorkingDay(acceptedOn); day <= today; day = calendar.nextWorkingDay(day)) {
    if (!paused(day, pauses, today)) used++;
  }
  return used;
}
