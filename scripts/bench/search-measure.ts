// What each engine costs: build time, the heap its index holds, query latency percentiles.
import v8 from 'node:v8';
import vm from 'node:vm';
import type { SearchDocument } from '@bianmin/server/tooling';
import { at } from '../lib/at';
import type { SearchEngine } from './search-engines';

export const ROUNDS = 5;

export interface Cost {
  /** Null for an engine with no index (the naive scan). */
  buildMs: number | null;
  heapMb: number | null;
  p50: number;
  p95: number;
  p99: number;
}

/** A real garbage collector when available (--expose-gc, or enabled at run time). */
export function collector(): { gc: () => void; how: string } {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return { gc: exposed, how: 'gc() via --expose-gc' };
  try {
    v8.setFlagsFromString('--expose-gc');
    return { gc: vm.runInNewContext('gc') as () => void, how: 'gc() enabled via v8.setFlagsFromString' };
  } catch {
    return { gc: () => {}, how: 'heapUsed delta without gc (approximate)' };
  }
}

function percentiles(samples: number[]): { p50: number; p95: number; p99: number } {
  const sorted = samples.slice().sort((a, b) => a - b);
  const quantile = (p: number): number => Number(at(sorted, Math.min(sorted.length - 1, Math.floor(p * sorted.length))).toFixed(3));
  return { p50: quantile(0.5), p95: quantile(0.95), p99: quantile(0.99) };
}

/** Builds the engine's index on the documents and times every query, ROUNDS times after two warm-up rounds. */
export function measureCost(engine: SearchEngine, docs: SearchDocument[], queries: string[], gc: () => void): Cost {
  gc();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const search = engine.build(docs);
  const buildMs = performance.now() - started;
  gc();
  const heapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  for (let r = 0; r < 2; r++) for (const q of queries) search(q);
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of queries) {
      const t = performance.now();
      search(q);
      samples.push(performance.now() - t);
    }
  }
  return {
    buildMs: engine.indexed ? Math.round(buildMs) : null,
    heapMb: engine.indexed ? Number(heapMb.toFixed(1)) : null,
    ...percentiles(samples),
  };
}
