// The catalogue's reference lists (departments, life events, popular items): used by the home tab
// and by the guide filters, so they live here and are fetched once per app session.
import { guideRoutes } from '@bianmin/shared/guides/guide.routes';
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

export const listDepartments = once(() => api.call(guideRoutes.departments, {}, { silent: true }).then((r) => r.items));

export const listLifeEvents = once(() => api.call(guideRoutes.lifeEvents, {}, { silent: true }).then((r) => r.items));

export function listPopularGuides(limit = 10) {
  return api.call(guideRoutes.popular, { query: { limit } }, { silent: true }).then((r) => r.items);
}
