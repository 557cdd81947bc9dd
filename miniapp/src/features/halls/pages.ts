// The halls feature's pages: its public navigation contract (other features import this file and
// nothing else of halls). Kept free of zod and the API, since every package that links here loads it.
import { buildQuery } from '@/lib/query';
import type { PageDeclaration } from '@/lib/page-declaration';

const LIST = 'features/halls/pages/list/index';
const DETAIL = 'features/halls/pages/detail/index';

export const hallPages = {
  list: { path: LIST, signIn: 'none', url: (p: { item?: string; itemName?: string } = {}) => `/${LIST}${buildQuery(p)}` },
  detail: { path: DETAIL, signIn: 'none', url: (id: string) => `/${DETAIL}${buildQuery({ id })}` },
} as const satisfies Record<string, PageDeclaration>;
