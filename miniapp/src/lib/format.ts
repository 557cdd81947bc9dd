import { ONLINE_DEPTH_LABEL } from '@bianmin/shared/catalogue/vocabulary';

/** Time limits are counted in working days; 0 means the item is decided on the spot. */
export function formatLimit(days: number): string {
  return days === 0 ? '即办' : `${days}个工作日`;
}

export function formatVisits(visits: number): string {
  return visits === 0 ? '无需到现场（零跑腿）' : `最多跑${visits}次`;
}

export function formatDepth(depth: number): string {
  // Looked up by any number: a depth this build has no label for still reads sensibly.
  const labels: Partial<Record<number, string>> = ONLINE_DEPTH_LABEL;
  return labels[depth] ?? `网办深度${depth}级`;
}

/** 860 → 860米, 12345 → 12.3公里. */
export function formatDistance(meters: number | null | undefined): string | null {
  if (meters === null || meters === undefined || !Number.isFinite(meters)) return null;
  if (meters < 1000) return `${Math.round(meters)}米`;
  return `${(meters / 1000).toFixed(meters < 100_000 ? 1 : 0)}公里`;
}

/** 原件1份、复印件2份; a shared proof with no paper → 无需提交纸质材料. */
export function formatCopies(originals: number, copies: number): string {
  const parts: string[] = [];
  if (originals > 0) parts.push(`原件${originals}份`);
  if (copies > 0) parts.push(`复印件${copies}份`);
  return parts.length ? parts.join('、') : '无需提交纸质材料';
}
