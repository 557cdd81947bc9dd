// The file an administrator types from the State Council's holiday notice (docs/calendar-import.md):
// one statement a line, so every problem is reported with the line it is on, in Chinese.
//   年份 2027
//   来源 https://www.gov.cn/…
//   放假 春节 2027-02-06 至 2027-02-13
//   上班 2027-02-20 春节调休
import { isIsoDate, weekdayOf } from '@bianmin/shared/calendar/working-days';
import { addCalendarDays } from '@bianmin/shared/calendar/iso-date';

export interface ImportedDay {
  date: string;
  kind: 'workday' | 'holiday';
  note: string;
}
export interface HolidaySchedule {
  year: number;
  sourceUrl: string;
  /** Sorted by date; one entry per date. */
  days: ImportedDay[];
}
export type ParseResult = { ok: true; schedule: HolidaySchedule } | { ok: false; errors: Record<string, string[]> };

export const MAX_IMPORT_CHARS = 20_000;
/** The longest holiday the State Council has given is 9 days; 15 catches a typo in a year or month. */
const MAX_HOLIDAY_DAYS = 15;
const WEEKDAY = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

type Statement =
  | { kind: 'year'; value: number }
  | { kind: 'source'; url: string }
  | { kind: 'holiday'; name: string; from: string; to: string }
  | { kind: 'workday'; date: string; note: string }
  | { kind: 'problem'; message: string };
const problem = (message: string): Statement => ({ kind: 'problem', message });

/** One line's statement, or what is wrong with it; null for a blank or comment line. */
function readLine(raw: string): Statement | null {
  const content = raw.replace(/#.*$/, '').trim();
  if (!content) return null;
  const [keyword = '', ...args] = content.split(/[\s\u3000]+/);
  if (keyword === '年份') {
    const value = Number(args[0]);
    if (args.length !== 1 || !Number.isInteger(value) || value < 2000 || value > 2100) return problem('年份应写成“年份 2027”');
    return { kind: 'year', value };
  }
  if (keyword === '来源') {
    const url = args[0] ?? '';
    if (args.length !== 1 || !/^https?:\/\/\S{4,290}$/.test(url)) return problem('来源应写成“来源 网址”（国务院办公厅通知的网址）');
    return { kind: 'source', url };
  }
  if (keyword === '放假') {
    const [name = '', from = '', dash, to = from, ...rest] = args;
    if (!(args.length === 2 || (args.length === 4 && dash === '至')) || rest.length) {
      return problem('放假行应写成“放假 名称 开始日期 至 结束日期”，只放一天可省略“至 结束日期”');
    }
    if (name.length < 2 || name.length > 20) return problem('节日名称应为2到20个字');
    if (!isIsoDate(from) || !isIsoDate(to)) return problem('日期应写成 YYYY-MM-DD，例如 2027-02-06');
    if (to < from) return problem(`结束日期 ${to} 早于开始日期 ${from}`);
    const length = daysBetween(from, to) + 1;
    if (length > MAX_HOLIDAY_DAYS) return problem(`放假 ${length} 天，超过 ${MAX_HOLIDAY_DAYS} 天，请核对日期`);
    return { kind: 'holiday', name, from, to };
  }
  if (keyword === '上班') {
    const [date = '', ...noteWords] = args;
    if (!isIsoDate(date)) return problem('上班行应写成“上班 日期 说明”，日期如 2027-02-20');
    const note = noteWords.join(' ') || '调休上班';
    if (note.length < 2 || note.length > 40) return problem('说明应为2到40个字');
    const weekday = weekdayOf(date);
    if (weekday !== 0 && weekday !== 6) return problem(`调休上班日必须是周六或周日，${date} 是${WEEKDAY[weekday] ?? ''}`);
    return { kind: 'workday', date, note };
  }
  return problem(`看不懂“${keyword}”：每行以 年份、来源、放假 或 上班 开头，# 之后是注释`);
}

export function parseHolidaySchedule(text: string): ParseResult {
  const errors: Record<string, string[]> = {};
  const fail = (line: number, message: string) => {
    (errors[line ? `lines.${line}` : 'file'] ??= []).push(line ? `第${line}行：${message}` : `文件：${message}`);
  };
  let year: { value: number; line: number } | undefined;
  let source: { url: string; line: number } | undefined;
  const holidays: { name: string; from: string; to: string; line: number }[] = [];
  const workdays: { date: string; note: string; line: number }[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = i + 1;
    const st = readLine(raw);
    if (!st) continue;
    if (st.kind === 'problem') fail(line, st.message);
    else if (st.kind === 'year') {
      if (year) fail(line, `年份已在第${year.line}行写过`);
      else year = { value: st.value, line };
    } else if (st.kind === 'source') {
      if (source) fail(line, `来源已在第${source.line}行写过，只能写一行`);
      else source = { url: st.url, line };
    } else if (st.kind === 'holiday') holidays.push({ ...st, line });
    else workdays.push({ ...st, line });
  }
  if (!year) fail(0, '缺少“年份 YYYY”一行');
  if (!source) fail(0, '缺少“来源 网址”一行');
  if (!holidays.length) fail(0, '至少要有一行“放假”');

  const days = new Map<string, ImportedDay & { line: number; what: string }>();
  const place = (day: ImportedDay, line: number, what: string) => {
    const taken = days.get(day.date);
    if (year && !day.date.startsWith(`${year.value}-`)) fail(line, `${day.date} 不在 ${year.value} 年内：只导入这一年的安排`);
    else if (taken) fail(line, `${day.date} 与第${taken.line}行（${taken.what}）重复或矛盾`);
    else days.set(day.date, { ...day, line, what });
  };
  for (const h of holidays) {
    for (let d = h.from; d <= h.to; d = addCalendarDays(d, 1)) place({ date: d, kind: 'holiday', note: h.name }, h.line, `${h.name}放假`);
  }
  for (const w of workdays) place({ date: w.date, kind: 'workday', note: w.note }, w.line, '调休上班');

  if (Object.keys(errors).length || !year || !source) return { ok: false, errors };
  return {
    ok: true,
    schedule: {
      year: year.value,
      sourceUrl: source.url,
      days: [...days.values()].map(({ date, kind, note }) => ({ date, kind, note })).sort((a, b) => a.date.localeCompare(b.date)),
    },
  };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
