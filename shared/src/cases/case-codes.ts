// The two codes a resident holds for a case, zod-free so forms can check them as the user types:
// the unified case number (统一编号: district code, date, daily sequence — ASCII and at most 32
// characters, so it fits a WeChat `character_string` message value) and the 6-character query
// code (查询码) from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S).

export const CASE_NUMBER_PATTERN = /^\d{6}-\d{8}-\d{5}$/;
export const QUERY_CODE_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY3456789';
export const QUERY_CODE_LENGTH = 6;
const QUERY_CODE_PATTERN = new RegExp(`^[${QUERY_CODE_ALPHABET}]{${QUERY_CODE_LENGTH}}$`);

/** '370214', '2026-12-01', 42 → '370214-20261201-00042' */
export function formatCaseNumber(districtCode: string, isoDate: string, sequence: number): string {
  return `${districtCode}-${isoDate.replaceAll('-', '')}-${String(sequence).padStart(5, '0')}`;
}

export function normalizeCaseNumber(input: string): string {
  return input.trim().replace(/[\s－—–]+/g, (m) => (m.trim() ? '-' : ''));
}

export function caseNumberProblem(input: string): string | null {
  if (!input.trim()) return '请输入办件编号';
  return CASE_NUMBER_PATTERN.test(normalizeCaseNumber(input)) ? null : '办件编号应为“6位数字-8位日期-5位序号”，如 370214-20261201-00042';
}

export function normalizeQueryCode(input: string): string {
  return input.trim().toUpperCase();
}

export function queryCodeProblem(input: string): string | null {
  if (!input.trim()) return '请输入查询码';
  return QUERY_CODE_PATTERN.test(normalizeQueryCode(input)) ? null : '查询码为6位字母或数字，见提交成功页面或短信';
}
