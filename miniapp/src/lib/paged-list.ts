// State of an infinitely scrolled list, as a reducer so the paging rules are testable without React.

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PagedState<T, P extends Page<T> = Page<T>> {
  /** Bumped on every reset, so answers to an older query are recognised and dropped. */
  generation: number;
  items: T[];
  total: number;
  /** Last page loaded (0 before the first answer). */
  page: number;
  /** The last page's full answer (for extras such as search suggestions). */
  last: P | null;
  status: 'loading' | 'idle' | 'error' | 'loadingMore' | 'moreError';
  error: unknown;
}

export type PagedAction<T, P extends Page<T>> =
  | { type: 'reset'; generation: number }
  | { type: 'more' }
  | { type: 'loaded'; generation: number; result: P }
  | { type: 'failed'; generation: number; error: unknown };

export function initialPaged<T, P extends Page<T> = Page<T>>(): PagedState<T, P> {
  return { generation: 0, items: [], total: 0, page: 0, last: null, status: 'loading', error: null };
}

export function hasMore(state: PagedState<unknown, Page<unknown>>): boolean {
  return state.page > 0 && state.items.length < state.total;
}

export function pagedReducer<T, P extends Page<T>>(state: PagedState<T, P>, action: PagedAction<T, P>): PagedState<T, P> {
  switch (action.type) {
    case 'reset':
      return { ...initialPaged<T, P>(), generation: action.generation };
    case 'more':
      if (state.status === 'loading' || state.status === 'loadingMore' || !hasMore(state)) return state;
      return { ...state, status: 'loadingMore', error: null };
    case 'loaded': {
      if (action.generation !== state.generation) return state;
      const { result } = action;
      // A page that overlaps what we have (items shifted while paging) must not show duplicates.
      const items = result.page === 1 ? result.items : [...state.items, ...result.items];
      // An empty page means the list ended earlier than `total` said; stop asking for more.
      const total = result.page > 1 && result.items.length === 0 ? items.length : result.total;
      return { ...state, items, total, page: result.page, last: result, status: 'idle', error: null };
    }
    case 'failed':
      if (action.generation !== state.generation) return state;
      return { ...state, status: state.page === 0 ? 'error' : 'moreError', error: action.error };
    default:
      return state;
  }
}
