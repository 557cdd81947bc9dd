import { guideRoutes } from '@bianmin/shared/guides/guide.routes';
import type { Audience } from '@bianmin/shared/catalogue/vocabulary';
import { api } from '@/lib/request';

export interface GuideFilters {
  q?: string;
  department?: string;
  audience?: Audience;
  lifeEvent?: string;
  /** '1': nothing matched and the resident asked to see the items sharing a character of the query. */
  guess?: '1';
}

export const GUIDE_PAGE_SIZE = 20;

export function searchGuides(filters: GuideFilters, page: number) {
  return api.call(guideRoutes.search, { query: { ...filters, q: filters.q?.trim(), page, pageSize: GUIDE_PAGE_SIZE } }, { silent: true });
}

export function getGuide(code: string) {
  return api.call(guideRoutes.detail, { params: { code } }, { silent: true });
}

/** Absolute URL of a material's form (.docx); the API gives it relative to its origin. */
export function formUrl(relative: string): string {
  return api.url(relative);
}
