// The guides feature's pages: its public navigation contract (other features import this file and
// nothing else of guides). Kept free of zod and the API, since every package that links here loads it.
import { buildQuery } from '@/lib/query';
import type { PageDeclaration } from '@/lib/page-declaration';

const SEARCH = 'features/guides/pages/search/index';
const DETAIL = 'features/guides/pages/detail/index';

export const guidePages = {
  search: {
    path: SEARCH,
    signIn: 'none',
    url: (p: { q?: string; department?: string; audience?: string; lifeEvent?: string } = {}) => `/${SEARCH}${buildQuery(p)}`,
  },
  detail: { path: DETAIL, signIn: 'none', url: (code: string) => `/${DETAIL}${buildQuery({ code })}` },
} as const satisfies Record<string, PageDeclaration>;
