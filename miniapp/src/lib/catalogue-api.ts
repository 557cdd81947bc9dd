// The catalogue's reference lists (departments, life events, popular items): used by the home tab
// and by the guide filters, so they live here and are fetched once per app session.
import type { DepartmentList, GuideList, LifeEventList } from '@bianmin/shared/guides/guide.schema';
import { api } from './request';

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((err: unknown) => {
      pending = null; // a failure is not cached: the next call (a retry) asks again
      throw err;
    });
    return pending;
  };
}

export const listDepartments = once(() =>
  api.request<DepartmentList>('/api/v1/departments', { silent: true }).then((r) => r.items),
);

export const listLifeEvents = once(() =>
  api.request<LifeEventList>('/api/v1/life-events', { silent: true }).then((r) => r.items),
);

export function listPopularGuides(limit = 10) {
  return api.request<GuideList>('/api/v1/guides/popular', { query: { limit }, silent: true }).then((r) => r.items);
}
