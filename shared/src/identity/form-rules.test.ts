// The rules both a form and the server's schema apply: the same answer, the same Chinese message.
import { describe, expect, it } from 'vitest';
import { CONTACT_PHONE_PURPOSE, idNumberProblem, personNameProblem, phoneProblem } from './form-rules';
import { RealNameRequest } from './auth.schema';
import { BookRequest } from '../appointments/appointment.schema';

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('form rules', () => {
  it('check a mobile number, saying what it is for', () => {
    expect(phoneProblem('13812345678')).toBeNull();
    expect(phoneProblem('')).toBe('请输入手机号');
    expect(phoneProblem('1381234')).toBe('请输入11位手机号');
    expect(phoneProblem('23812345678', CONTACT_PHONE_PURPOSE)).toBe('请输入11位手机号，用于接收预约提醒');
  });

  it('check a name as on the ID card, minority names with ·', () => {
    expect(personNameProblem('张三')).toBeNull();
    expect(personNameProblem('阿依古丽·买买提')).toBeNull();
    expect(personNameProblem(' ')).toBe('请输入姓名');
    expect(personNameProblem('Zhang San')).toMatch(/^请填写身份证上的中文姓名/);
  });

  it('check an ID number with the GB 11643 messages', () => {
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    expect(idNumberProblem('')).toBe('请输入身份证号码');
    expect(idNumberProblem('110105194912310021')).toMatch(/校验位/);
  });

  it('are the rules the server schemas apply, with the same messages', () => {
    expect(issues(RealNameRequest.safeParse({ name: 'Zhang', idNumber: '110105194912310021' }))).toEqual([
      ['name', personNameProblem('Zhang')],
      ['idNumber', idNumberProblem('110105194912310021')],
    ]);
    expect(issues(BookRequest.safeParse({ slotId: 1, itemCode: 'item-1', contactPhone: '1381234' }))).toEqual([
      ['contactPhone', phoneProblem('1381234', CONTACT_PHONE_PURPOSE)],
    ]);
    expect(RealNameRequest.parse({ name: ' 张三 ', idNumber: '11010519491231002x' })).toEqual({
      name: '张三',
      idNumber: '11010519491231002X',
    });
  });
});
