import { describe, expect, it } from 'vitest';
import { hasMore, initialPaged, pagedReducer, type Page, type PagedState } from './paged-list';

type S = PagedState<number, Page<number>>;
const page = (n: number, items: number[], total: number): Page<number> => ({ items, total, page: n, pageSize: 2 });
const reset = (s: S, generation: number) => pagedReducer(s, { type: 'reset', generation });

describe('paged list', () => {
  it('loads page 1, then appends page 2 and stops at the total', () => {
    let s: S = reset(initialPaged(), 1);
    s = pagedReducer(s, { type: 'loaded', generation: 1, result: page(1, [1, 2], 3) });
    expect([s.items, s.status, hasMore(s)]).toEqual([[1, 2], 'idle', true]);
    s = pagedReducer(s, { type: 'more' });
    expect(s.status).toBe('loadingMore');
    s = pagedReducer(s, { type: 'loaded', generation: 1, result: page(2, [3], 3) });
    expect([s.items, hasMore(s)]).toEqual([[1, 2, 3], false]);
    expect(pagedReducer(s, { type: 'more' })).toBe(s);
  });

  it('drops the answer to a query the user has already changed', () => {
    let s: S = reset(initialPaged(), 1);
    s = reset(s, 2);
    s = pagedReducer(s, { type: 'loaded', generation: 1, result: page(1, [9, 9], 2) });
    expect([s.items, s.status]).toEqual([[], 'loading']);
    s = pagedReducer(s, { type: 'loaded', generation: 2, result: page(1, [1], 1) });
    expect(s.items).toEqual([1]);
  });

  it('tells a failed first page (whole-page error) from a failed next page (retry at the bottom)', () => {
    let s: S = reset(initialPaged(), 1);
    expect(pagedReducer(s, { type: 'failed', generation: 1, error: 'x' }).status).toBe('error');
    s = pagedReducer(s, { type: 'loaded', generation: 1, result: page(1, [1, 2], 4) });
    s = pagedReducer(pagedReducer(s, { type: 'more' }), { type: 'failed', generation: 1, error: 'x' });
    expect([s.status, s.items]).toEqual(['moreError', [1, 2]]);
    expect(pagedReducer(s, { type: 'more' }).status).toBe('loadingMore');
  });

  it('stops asking when a later page comes back empty although the total promised more', () => {
    let s: S = reset(initialPaged(), 1);
    s = pagedReducer(s, { type: 'loaded', generation: 1, result: page(1, [1, 2], 5) });
    s = pagedReducer(pagedReducer(s, { type: 'more' }), { type: 'loaded', generation: 1, result: page(2, [], 5) });
    expect([s.total, hasMore(s)]).toEqual([2, false]);
  });
});
