// How a case's status and dates read on screen (the tone and date format are the window's too).
export { caseTone, formatDate } from '@/lib/case-display';

/** A limit counted from acceptance: 受理后5个工作日内; 0 days is 即办 (decided on the spot). */
export function afterAcceptance(days: number): string {
  return days === 0 ? '受理当场办结（即办）' : `受理后${days}个工作日内`;
}
