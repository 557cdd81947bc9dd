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
  if (PHONE_PATTERN.test(phone)) return null;
  // Say which part is wrong: 23800138000 has 11 digits, so "请输入11位手机号" would not help.
  const problem = !/^\d+$/.test(phone)
    ? '手机号只能填写数字，请去掉空格、横线等符号后重新输入'
    : phone.length !== 11
      ? `手机号应为11位数字，您输入了${phone.length}位，请检查后重新输入`
      : '手机号应以1开头，请检查第一位数字后重新输入';
  return purpose ? `${problem}（${purpose}）` : problem;
}

/** Chinese characters, with · (or •) only between them: 阿依古丽·买买提. */
const CHINESE_NAME = '[\\u3400-\\u9fff](?:[\\u3400-\\u9fff]|[·•](?=[\\u3400-\\u9fff]))*';
/** Latin letters in words joined by a space, ·, dot, apostrophe or hyphen: foreign and some minority names. */
const LATIN_NAME = "[A-Za-z]+(?:[ ·.'-][A-Za-z]+)*";
/** A name as on the ID card or residence permit (length and repeats are checked by personNameProblem). */
export const PERSON_NAME_PATTERN = new RegExp(`^(?:${CHINESE_NAME}|${LATIN_NAME})$`);
export const CHINESE_NAME_MAX = 20;
/** Foreign names on permanent-residence cards run longer than Chinese ones. */
export const LATIN_NAME_MAX = 40;

export function personNameProblem(value: string): string | null {
  const name = value.trim();
  if (!name) return '请输入姓名';
  const latin = /^[A-Za-z]/.test(name);
  if (!PERSON_NAME_PATTERN.test(name)) {
    return latin
      ? '外文姓名请只用英文字母，单词之间可用空格或“·”，请按证件填写'
      : '请填写身份证上的中文姓名（汉字，少数民族姓名中的点请用“·”）';
  }
  const length = Array.from(name).length; // code points: rare characters beyond U+FFFF count once
  const max = latin ? LATIN_NAME_MAX : CHINESE_NAME_MAX;
  if (length < 2) return '姓名至少2个字，请按证件填写完整';
  if (length > max) return `姓名不能超过${max}个字，请按证件填写`;
  // No one's name is the same character three times running (张三三三, or twenty of one).
  if (/(.)\1\1/iu.test(name)) return '姓名中有连续重复的字，请按证件核对后重新填写';
  return null;
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
