import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import { hasMore, initialPaged, pagedReducer, type Page, type PagedAction, type PagedState } from './paged-list';

/**
 * Loads page 1 whenever `key` changes and further pages on `loadMore()`.
 * `fetchPage` must read the current query; `key` says when that query changed.
 */
export function usePagedList<T, P extends Page<T>>(fetchPage: (page: number) => Promise<P>, key: string) {
  const [state, dispatch] = useReducer(pagedReducer as (s: PagedState<T, P>, a: PagedAction<T, P>) => PagedState<T, P>, undefined, () =>
    initialPaged<T, P>(),
  );
  // The latest fetchPage and state for the callbacks below. Kept as each render commits (a layout
  // effect runs before the reset effect and before any event), not while rendering.
  const fetchRef = useRef(fetchPage);
  const stateRef = useRef(state);
  useLayoutEffect(() => {
    fetchRef.current = fetchPage;
    stateRef.current = state;
  });
  const generationRef = useRef(0);
  // The page last asked for, so a burst of reach-bottom events asks for it only once.
  const pendingRef = useRef('');

  const load = useCallback((page: number, generation: number) => {
    fetchRef.current(page).then(
      (result) => dispatch({ type: 'loaded', generation, result }),
      (error: unknown) => {
        pendingRef.current = '';
        dispatch({ type: 'failed', generation, error });
      },
    );
  }, []);

  const reset = useCallback(() => {
    generationRef.current += 1;
    const generation = generationRef.current;
    dispatch({ type: 'reset', generation });
    load(1, generation);
  }, [load]);

  useEffect(reset, [key, reset]);

  const loadMore = useCallback(() => {
    const s = stateRef.current;
    if (s.status !== 'idle' && s.status !== 'moreError') return;
    if (!hasMore(s)) return;
    const next = `${s.generation}:${s.page + 1}`;
    if (pendingRef.current === next) return;
    pendingRef.current = next;
    dispatch({ type: 'more' });
    load(s.page + 1, s.generation);
  }, [load]);

  return { ...state, hasMore: hasMore(state), loadMore, reload: reset };
}
