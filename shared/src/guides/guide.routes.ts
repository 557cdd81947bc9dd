// Guide routes (办事指南). Zod-free: the schemas are named as types only, so the mini-app can type
// its calls with these without bundling zod. guide.endpoints.ts binds the schema values.
import type {
  DepartmentList,
  FormDownloadParam,
  GuideCodeParam,
  GuideDetail,
  GuideList,
  GuideSearchQuery,
  GuideSearchResult,
  LifeEventList,
  PopularGuidesQuery,
} from './guide.schema';
import { route } from '../http/route';

export const guideRoutes = {
  search: route<{ query: typeof GuideSearchQuery; response: typeof GuideSearchResult }>('GET', '/api/v1/guides', 'public'),
  popular: route<{ query: typeof PopularGuidesQuery; response: typeof GuideList }>('GET', '/api/v1/guides/popular', 'public'),
  detail: route<{ params: typeof GuideCodeParam; response: typeof GuideDetail }>('GET', '/api/v1/guides/:code', 'public'),
  formDownload: route<{ params: typeof FormDownloadParam; response: 'docx' }>(
    'GET',
    '/api/v1/guides/:code/materials/:materialId/forms/:variant',
    'public',
  ),
  departments: route<{ response: typeof DepartmentList }>('GET', '/api/v1/departments', 'public'),
  lifeEvents: route<{ response: typeof LifeEventList }>('GET', '/api/v1/life-events', 'public'),
} as const;
