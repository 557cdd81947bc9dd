// How a case reads on screen wherever it is shown — the resident's views and the window's alike.
import type { CaseStatus } from '@bianmin/shared/cases/case-status';

/** A badge tone beside the status label (the label itself always says it in words). */
export function caseTone(status: CaseStatus): string {
  if (status === 'correction_requested') return ' is-warn';
  if (status === 'approved' || status === 'concluded' || status === 'delivered') return ' is-ok';
  if (status === 'not_accepted' || status === 'denied' || status === 'withdrawn') return ' is-grey';
  return '';
}

/** 2026-12-08 → 2026年12月8日 */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A limit counted from acceptance: 受理后5个工作日内; 0 days is 即办 (decided on the spot). */
export function afterAcceptance(days: number): string {
  return days === 0 ? '受理当场办结（即办）' : `受理后${days}个工作日内`;
}
