// The rules a form checks as the user types, and the server checks again: one definition each,
// zod-free so a mini-app page can import them without bundling zod. The shared schemas turn them
// into checks (zod.ts `rule`), so the phone and the server give the same Chinese message.
import { CHINESE_ID_MESSAGE, chineseIdProblem } from './national-id';
import { CREDIT_CODE_MESSAGE, creditCodeIssue } from './credit-code';

/** A mainland mobile number: 11 digits starting with 1. */
export const PHONE_PATTERN = /^1\d{10}$/;
/** What the booking contact phone is for, said with its message. */
export const CONTACT_PHONE_PURPOSE = '用于接收预约提醒';

/** `purpose` (e.g. CONTACT_PHONE_PURPOSE) is added to the message so the user knows why it is asked. */
export function phoneProblem(value: string, purpose?: string): string | null {
  const phone = value.trim();
  const why = purpose ? `，${purpose}` : '';
  if (!phone) return `请输入手机号${why}`;
  return PHONE_PATTERN.test(phone) ? null : `请输入11位手机号${why}`;
}

/** A name as on the ID card: 2–20 Chinese characters, with · for many minority names. */
export const PERSON_NAME_PATTERN = /^[\u3400-\u9fff·•]{2,20}$/;

export function personNameProblem(value: string): string | null {
  const name = value.trim();
  if (!name) return '请输入姓名';
  return PERSON_NAME_PATTERN.test(name) ? null : '请填写身份证上的中文姓名（2–20个汉字，少数民族姓名中的点请用“·”）';
}

/** Resident ID number (GB 11643): see national-id.ts. */
export function idNumberProblem(value: string): string | null {
  if (!value.trim()) return '请输入身份证号码';
  const problem = chineseIdProblem(value);
  return problem ? CHINESE_ID_MESSAGE[problem] : null;
}

/** 统一社会信用代码 (GB 32100): see credit-code.ts. */
export function creditCodeProblem(value: string): string | null {
  if (!value.trim()) return '请输入统一社会信用代码';
  const problem = creditCodeIssue(value);
  return problem ? CREDIT_CODE_MESSAGE[problem] : null;
}
