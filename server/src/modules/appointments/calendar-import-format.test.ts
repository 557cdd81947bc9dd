// The holiday schedule file: what an administrator types from the notice is read line by line, and
// every mistake is named with its line, in Chinese, before anything is imported.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHolidaySchedule } from './calendar-import-format';

const EXAMPLE = readFileSync(resolve(import.meta.dirname, '../../../../scripts/calendar/example-2027.txt'), 'utf8');
const file = (...lines: string[]) => ['年份 2027', '来源 https://www.gov.cn/zhengce/example', ...lines].join('\n');
const errorsOf = (text: string) => {
  const r = parseHolidaySchedule(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.errors;
};

describe('reading a holiday schedule file', () => {
  it('reads the example file: every holiday day and every 调休 working day, one entry per date', () => {
    const r = parseHolidaySchedule(EXAMPLE);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.schedule.year).toBe(2027);
    expect(r.schedule.sourceUrl).toMatch(/^https:\/\/example\.invalid\//);
    const holidays = r.schedule.days.filter((d) => d.kind === 'holiday');
    const workdays = r.schedule.days.filter((d) => d.kind === 'workday');
    expect(holidays).toHaveLength(3 + 9 + 3 + 5 + 1 + 3 + 7);
    expect(workdays.map((d) => d.date)).toEqual(['2027-02-20', '2027-04-25', '2027-05-08', '2027-09-26', '2027-10-09']);
    expect(r.schedule.days.find((d) => d.date === '2027-02-10')).toEqual({ date: '2027-02-10', kind: 'holiday', note: '春节' });
    expect(r.schedule.days.map((d) => d.date)).toEqual([...r.schedule.days.map((d) => d.date)].sort());
  });

  it('accepts full-width spaces, comments and a one-day holiday; a 上班 line without a note says 调休上班', () => {
    const r = parseHolidaySchedule(file('放假\u3000端午节\u30002027-06-09  # 周三', '上班 2027-06-12'));
    expect(r.ok && r.schedule.days).toEqual([
      { date: '2027-06-09', kind: 'holiday', note: '端午节' },
      { date: '2027-06-12', kind: 'workday', note: '调休上班' },
    ]);
  });

  it('refuses a make-up working day that is not a weekend day, naming the weekday', () => {
    expect(errorsOf(file('放假 端午节 2027-06-09', '上班 2027-06-11 端午调休'))).toEqual({
      'lines.4': ['第4行：调休上班日必须是周六或周日，2027-06-11 是周五'],
    });
  });

  it('refuses dates outside the year of the file', () => {
    expect(errorsOf(file('放假 元旦 2026-12-31 至 2027-01-02'))['lines.3']).toEqual([
      '第3行：2026-12-31 不在 2027 年内：只导入这一年的安排',
    ]);
  });

  it('refuses overlapping holidays and a working day inside a holiday, pointing at the earlier line', () => {
    const errors = errorsOf(file('放假 春节 2027-02-05 至 2027-02-13', '放假 元宵 2027-02-13 至 2027-02-14', '上班 2027-02-06 春节调休'));
    expect(errors['lines.4']).toEqual(['第4行：2027-02-13 与第3行（春节放假）重复或矛盾']);
    expect(errors['lines.5']).toEqual(['第5行：2027-02-06 与第3行（春节放假）重复或矛盾']);
  });

  it('names every malformed line, and what the whole file lacks', () => {
    const errors = errorsOf(
      [
        '年份 二〇二七',
        '放假 春节 2027-02-13 至 2027-02-05',
        '放假 国庆 2027-10-01 到 2027-10-07',
        '放假 中秋 2027-09-31',
        '休息 2027-01-01',
      ].join('\n'),
    );
    expect(errors).toEqual({
      file: ['文件：缺少“年份 YYYY”一行', '文件：缺少“来源 网址”一行', '文件：至少要有一行“放假”'],
      'lines.1': ['第1行：年份应写成“年份 2027”'],
      'lines.2': ['第2行：结束日期 2027-02-05 早于开始日期 2027-02-13'],
      'lines.3': ['第3行：放假行应写成“放假 名称 开始日期 至 结束日期”，只放一天可省略“至 结束日期”'],
      'lines.4': ['第4行：日期应写成 YYYY-MM-DD，例如 2027-02-06'],
      'lines.5': ['第5行：看不懂“休息”：每行以 年份、来源、放假 或 上班 开头，# 之后是注释'],
    });
  });

  it('refuses a holiday too long to be real (a typo in a month) and a second 年份 line', () => {
    const errors = errorsOf(file('年份 2028', '放假 国庆节 2027-10-01 至 2027-11-07'));
    expect(errors['lines.3']).toEqual(['第3行：年份已在第1行写过']);
    expect(errors['lines.4']).toEqual(['第4行：放假 38 天，超过 15 天，请核对日期']);
  });
});
