// The hall routes bound to their schemas, with their documentation.
import { endpoints } from '../http/endpoint';
import { hallRoutes } from './hall.routes';
import { HallDetail, HallIdParam, HallPage, HallQuery } from './hall.schema';

const tag = '窗口联系';

export const hallEndpoints = endpoints(hallRoutes, {
  list: { schemas: { query: HallQuery, response: HallPage }, summary: '服务大厅列表（按层级、按距离）', tag, errors: [400] },
  detail: { schemas: { params: HallIdParam, response: HallDetail }, summary: '服务大厅详情（窗口与电话）', tag, errors: [400, 404] },
});
