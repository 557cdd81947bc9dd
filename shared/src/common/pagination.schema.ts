import { label, z } from '../zod';

export const MAX_PAGE_SIZE = 100;

/** Query-string paging; values arrive as strings. */
export const PageQuery = z.object({
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10_000), label('页码')), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_PAGE_SIZE), label('每页条数')), 20),
});
export type PageQuery = z.infer<typeof PageQuery>;

export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.int().check(z.minimum(0)),
    page: z.int().check(z.minimum(1)),
    pageSize: z.int().check(z.minimum(1)),
  });
}
