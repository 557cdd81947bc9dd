// The rules both a form and the server's schema apply: the same answer, the same Chinese message.
import { describe, expect, it } from 'vitest';
import { CONTACT_PHONE_PURPOSE, idNumberProblem, personNameProblem, phoneProblem } from './form-rules';
import { RealNameRequest } from './auth.schema';
import { BookRequest } from '../appointments/appointment.schema';
import { REAL_NAME_CONSENT_MISSING, REAL_NAME_POLICY_OUTDATED, REAL_NAME_POLICY_VERSION } from './real-name-consent';

const consent = { consent: true, policyVersion: REAL_NAME_POLICY_VERSION } as const;

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('form rules', () => {
  it('check a mobile number, saying what it is for', () => {
    expect(phoneProblem('13812345678')).toBeNull();
    expect(phoneProblem('')).toBe('请输入手机号');
    expect(phoneProblem('1381234')).toBe('手机号应为11位数字，您输入了7位，请检查后重新输入');
    expect(phoneProblem('138123456789')).toBe('手机号应为11位数字，您输入了12位，请检查后重新输入');
    expect(phoneProblem('138-1234-567')).toBe('手机号只能填写数字，请去掉空格、横线等符号后重新输入');
  });

  it('say what is wrong with an 11-digit number that is not a mobile number', () => {
    expect(phoneProblem('23800138000')).toBe('手机号应以1开头，请检查第一位数字后重新输入');
    expect(phoneProblem('23812345678', CONTACT_PHONE_PURPOSE)).toBe('手机号应以1开头，请检查第一位数字后重新输入（用于接收预约提醒）');
    expect(phoneProblem('', CONTACT_PHONE_PURPOSE)).toBe('请输入手机号，用于接收预约提醒');
  });

  it('check a name as on the ID card, minority names with ·, foreign names in letters', () => {
    expect(personNameProblem('张三')).toBeNull();
    expect(personNameProblem('阿依古丽·买买提')).toBeNull();
    expect(personNameProblem('欧阳娜娜')).toBeNull();
    expect(personNameProblem('Zhang San')).toBeNull();
    expect(personNameProblem("Mary-Jane O'Neil")).toBeNull();
    expect(personNameProblem(' ')).toBe('请输入姓名');
    expect(personNameProblem('张')).toBe('姓名至少2个字，请按证件填写完整');
    expect(personNameProblem('张3')).toMatch(/^请填写身份证上的中文姓名/);
    expect(personNameProblem('·张三')).toMatch(/^请填写身份证上的中文姓名/);
    expect(personNameProblem('John 3')).toMatch(/^外文姓名请只用英文字母/);
    expect(personNameProblem('张'.repeat(21))).toBe('姓名不能超过20个字，请按证件填写');
  });

  it('refuse a name that is one character repeated', () => {
    expect(personNameProblem('张'.repeat(20))).toBe('姓名中有连续重复的字，请按证件核对后重新填写');
    expect(personNameProblem('张三三三')).toBe('姓名中有连续重复的字，请按证件核对后重新填写');
    expect(personNameProblem('Aaab')).toBe('姓名中有连续重复的字，请按证件核对后重新填写');
  });

  it('check an ID number with the GB 11643 messages', () => {
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    expect(idNumberProblem('')).toBe('请输入身份证号码');
    expect(idNumberProblem('110105194912310021')).toMatch(/校验位/);
  });

  it('are the rules the server schemas apply, with the same messages', () => {
    expect(issues(RealNameRequest.safeParse({ ...consent, name: '张', idNumber: '110105194912310021' }))).toEqual([
      ['name', personNameProblem('张')],
      ['idNumber', idNumberProblem('110105194912310021')],
    ]);
    expect(issues(BookRequest.safeParse({ slotId: 1, itemCode: 'item-1', contactPhone: '1381234' }))).toEqual([
      ['contactPhone', phoneProblem('1381234', CONTACT_PHONE_PURPOSE)],
    ]);
    expect(RealNameRequest.parse({ ...consent, name: ' 张三 ', idNumber: '11010519491231002x' })).toEqual({
      ...consent,
      name: '张三',
      idNumber: '11010519491231002X',
    });
  });

  it('require the separate consent to the current text before real-name verification', () => {
    const person = { name: '张三', idNumber: '11010519491231002X' };
    expect(issues(RealNameRequest.safeParse(person))).toEqual([
      ['consent', REAL_NAME_CONSENT_MISSING],
      ['policyVersion', '请填写个人信息处理说明版本'],
    ]);
    expect(issues(RealNameRequest.safeParse({ ...person, consent: false, policyVersion: REAL_NAME_POLICY_VERSION }))).toEqual([
      ['consent', REAL_NAME_CONSENT_MISSING],
    ]);
    expect(issues(RealNameRequest.safeParse({ ...person, consent: true, policyVersion: '2020-old' }))).toEqual([
      ['policyVersion', REAL_NAME_POLICY_OUTDATED],
    ]);
  });
});
