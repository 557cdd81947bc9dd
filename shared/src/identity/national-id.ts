// Resident identity card numbers (GB 11643-1999): validated on the phone before sending and again
// on the server. Pure and dependency-free so the mini-app bundles only these few lines.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** Province-level prefixes of GB/T 2260, plus 81/82/83 (HK, Macao, Taiwan residence permits). */
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);
const PERMIT_PROVINCES = new Set(['81', '82', '83']);

export type Sex = 'male' | 'female';
export interface ChineseIdInfo {
  /** Administrative division code of the place of first registration. */
  regionCode: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  sex: Sex;
}
export type ChineseIdProblem = 'format' | 'region' | 'birthDate' | 'checkDigit';

/** The check character for the first 17 digits. */
export function checkDigitOf(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, i) => total + Number(first17[i]) * weight, 0);
  return CHECK_CHARS.charAt(sum % 11);
}

function validBirthDate(yyyymmdd: string, today: Date): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false; // e.g. 0230
  return date.getTime() <= today.getTime();
}

/** Why a number is not a valid ID, or null when it is. Lower-case x is accepted as X. */
export function chineseIdProblem(input: string, today: Date = new Date()): ChineseIdProblem | null {
  const id = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  const province = id.slice(0, 2);
  if (!PROVINCES.has(province)) return 'region';
  // Residence permits use the province code itself; everyone else a real city (never "00").
  if (PERMIT_PROVINCES.has(province) ? id.slice(2, 6) !== '0000' : id.slice(2, 4) === '00') return 'region';
  if (!validBirthDate(id.slice(6, 14), today)) return 'birthDate';
  if (checkDigitOf(id.slice(0, 17)) !== id[17]) return 'checkDigit';
  return null;
}

export function isValidChineseId(id: string): boolean {
  return chineseIdProblem(id) === null;
}

/** Birth date, sex and region of a valid number; null for an invalid one. */
export function parseChineseId(input: string): ChineseIdInfo | null {
  if (!isValidChineseId(input)) return null;
  const id = input.trim().toUpperCase();
  return {
    regionCode: id.slice(0, 6),
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
  };
}

/** Normal form for storage and hashing: trimmed, upper-case X. */
export function normalizeChineseId(input: string): string {
  return input.trim().toUpperCase();
}

export const CHINESE_ID_MESSAGE: Record<ChineseIdProblem, string> = {
  format: '身份证号码应为18位，最后一位可以是数字或X',
  region: '身份证号码前6位地区码不正确，请核对',
  birthDate: '身份证号码中的出生日期不正确，请核对',
  checkDigit: '身份证号码校验位不正确，请逐位核对',
};
