// The guide routes bound to their schemas, with their documentation.
import { endpoints } from '../http/endpoint';
import { guideRoutes } from './guide.routes';
import {
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

const tag = '办事指南';

export const guideEndpoints = endpoints(guideRoutes, {
  search: {
    schemas: { query: GuideSearchQuery, response: GuideSearchResult },
    summary: '搜索办事指南（支持口语、拼音、繁体、生活事件）',
    tag,
    errors: [400],
  },
  popular: { schemas: { query: PopularGuidesQuery, response: GuideList }, summary: '热门事项', tag, errors: [400] },
  detail: { schemas: { params: GuideCodeParam, response: GuideDetail }, summary: '办事指南详情', tag, errors: [400, 404] },
  formDownload: {
    schemas: { params: FormDownloadParam, response: 'docx' },
    summary: '下载空白表格或填写样例（Word 文档）',
    tag,
    errors: [400, 404],
  },
  departments: { schemas: { response: DepartmentList }, summary: '部门列表', tag, errors: [] },
  lifeEvents: { schemas: { response: LifeEventList }, summary: '生活事件（开饭店、生孩子、退休……）', tag, errors: [] },
});
