import type { HighlightRange } from '@bianmin/shared/guides/guide.schema';

export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Cuts `text` into plain and highlighted runs from `[start, end)` ranges. The ranges come from the
 * server, so they are not trusted: out-of-bounds parts are clipped, empty ones dropped, and
 * overlapping or unsorted ones merged.
 */
export function splitHighlights(text: string, ranges: readonly HighlightRange[]): Segment[] {
  const clipped = ranges
    .map(([s, e]) => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);

  const merged: [number, number][] = [];
  for (const [s, e] of clipped) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }

  const segments: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) segments.push({ text: text.slice(at, s), hit: false });
    segments.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), hit: false });
  return segments;
}
