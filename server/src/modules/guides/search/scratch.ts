// Per-index buffers reused by every search (a search runs synchronously, so one set suffices):
// coverage bit masks per document and the list of documents a query touched.

/** Mask slots per document: strong by field level 0–4, then weak for name, alias, life event. */
export const SLOTS = 8;
export const WEAK = 5;

/** Reusable per-index buffers: search allocates almost nothing per document. */
export class Scratch {
  readonly masks: Int32Array;
  readonly touched: Int32Array;
  touchedCount = 0;
  private readonly mark: Uint8Array;
  readonly importance = new Float64Array(32);

  constructor(
    docCount: number,
    private readonly groupCount: number,
  ) {
    this.masks = new Int32Array(docCount * SLOTS);
    this.touched = new Int32Array(docCount);
    this.mark = new Uint8Array(docCount);
  }

  touch(d: number): void {
    if (this.mark[d]) return;
    this.mark[d] = 1;
    this.touched[this.touchedCount++] = d;
  }

  isTouched(d: number): boolean {
    return this.mark[d] === 1;
  }

  reset(): void {
    const { masks, mark, touched } = this;
    for (let i = 0; i < this.touchedCount; i++) {
      const d = touched[i]!;
      mark[d] = 0;
      for (let at = d * SLOTS, end = at + SLOTS; at < end; at++) masks[at] = 0;
    }
    this.touchedCount = 0;
  }

  newGroupMasks(): Int32Array {
    return new Int32Array(this.groupCount * SLOTS);
  }
}

/** Sum of importance over the set bits. */
export function weightOf(bits: number, importance: Float64Array): number {
  let sum = 0;
  while (bits !== 0) {
    const low = bits & -bits;
    sum += importance[31 - Math.clz32(low)]!;
    bits ^= low;
  }
  return sum;
}
