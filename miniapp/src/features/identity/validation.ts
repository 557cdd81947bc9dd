// What the resident typed, checked as they type (the server checks again with the shared schema).
// The name rule is copied from auth.schema.ts: importing it from there would bundle zod.
import { CHINESE_ID_MESSAGE, chineseIdProblem } from '@bianmin/shared/identity/national-id';

/** auth.schema.ts PERSON_NAME_PATTERN: 2–20 Chinese characters, with · for many minority names. */
const PERSON_NAME = /^[\u3400-\u9fff·•]{2,20}$/;

export function nameProblem(name: string): string | null {
  const value = name.trim();
  if (!value) return '请输入姓名';
  return PERSON_NAME.test(value) ? null : '请填写身份证上的中文姓名（2–20个汉字，少数民族姓名中的点请用“·”）';
}

export function idNumberProblem(idNumber: string): string | null {
  if (!idNumber.trim()) return '请输入身份证号码';
  const problem = chineseIdProblem(idNumber);
  return problem ? CHINESE_ID_MESSAGE[problem] : null;
}

export function phoneProblem(phone: string): string | null {
  if (!phone) return '请输入手机号';
  return /^1\d{10}$/.test(phone) ? null : '请输入11位手机号';
}
