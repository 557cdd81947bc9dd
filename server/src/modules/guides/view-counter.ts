// Guide views for the popular list, counted in memory and added to the database every few seconds,
// one statement per guide read meanwhile. An UPDATE per page view made every read of a guide a
// write on a hot row (a commit, a row lock) — under a morning rush the most-read guides queued
// behind their own counters. Counts are additive, so any number of instances may flush; a crash
// loses at most the last few seconds of views, which a popularity ranking does not notice.
import type { DataSource } from 'typeorm';
import { ServiceItemEntity } from '../catalogue/index';

export function createViewCounter(dataSource: DataSource, flushEveryMs = 5_000) {
  const pending = new Map<string, number>();
  let flushing: Promise<void> = Promise.resolve();
  const repo = () => dataSource.getRepository(ServiceItemEntity);

  /** Adds what was counted to the database; a count that fails to land is kept for the next flush. */
  function flush(): Promise<void> {
    flushing = flushing.then(async () => {
      const batch = [...pending];
      pending.clear();
      for (const [code, n] of batch) {
        try {
          await repo().increment({ code }, 'viewCount', n);
        } catch {
          if (dataSource.isInitialized) pending.set(code, (pending.get(code) ?? 0) + n);
        }
      }
    });
    return flushing;
  }
  const timer = setInterval(() => void flush(), flushEveryMs);
  timer.unref();

  return {
    count(code: string) {
      pending.set(code, (pending.get(code) ?? 0) + 1);
    },
    flush,
  };
}
