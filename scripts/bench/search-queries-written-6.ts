// Two held-out queries a tuner saw on December 6 (a bench error named their phrase), moved to the
// tuning set later that day so that the held-out set (search-held-out.ts) stays blind. Part of the
// tuning set (search-queries.ts); like it, they grow and never shrink.
import type { QualityCase } from './search-queries';

export const SEEN_BY_A_TUNER: Record<string, QualityCase[]> = {
  'seen by a tuner December 6, moved to tuning': [
    ['身份证过期了', ['居民身份证办理（含临时居民身份证）']],
    ['超市卖过期食品', ['消费者投诉受理', '市场监管领域重大违法行为举报奖励']],
  ],
};
