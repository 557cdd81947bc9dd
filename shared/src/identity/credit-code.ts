// 统一社会信用代码 (GB 32100-2015), the one number of every company, public institution and social
// organisation: 18 characters — registering authority, kind of entity, 6-digit region, the 9-character
// organisation code, then a check character. Pure and dependency-free, like national-id.ts.

/** The 31 characters a code may use: digits and capitals without I, O, Z, S, V. */
export const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weight of position i is 3^i mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type CreditCodeProblem = 'format' | 'checkDigit';

/** The check character for the first 17 characters (which must come from CREDIT_CODE_CHARS). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  WEIGHTS.forEach((weight, i) => (sum += CREDIT_CODE_CHARS.indexOf(first17.charAt(i)) * weight));
  return CREDIT_CODE_CHARS.charAt((31 - (sum % 31)) % 31);
}

/** Normal form for storage and comparison: trimmed, upper-case. */
export function normalizeCreditCode(input: string): string {
  return input.trim().toUpperCase();
}

/** Why a code is not valid, or null when it is. Lower-case letters are accepted as capitals. */
export function creditCodeIssue(input: string): CreditCodeProblem | null {
  const code = normalizeCreditCode(input);
  if (!SHAPE.test(code)) return 'format';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'checkDigit';
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeIssue(code) === null;
}

export const CREDIT_CODE_MESSAGE: Record<CreditCodeProblem, string> = {
  format: '统一社会信用代码应为18位，由数字和大写字母组成（不含 I、O、Z、S、V），第3–8位为数字',
  checkDigit: '统一社会信用代码校验位不正确，请逐位核对（可在营业执照上找到）',
};
