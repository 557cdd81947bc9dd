// The OpenAPI document, generated from the same zod schemas that validate requests and type responses.
import { z as zFull } from 'zod';
import {
  DepartmentList, ErrorBody, GuideDetail, GuideList, GuideSearchQuery, GuideSearchResult, HallDetail, HallPage,
  HallQuery, Health, LifeEventList, PopularGuidesQuery, type z,
} from '@bianmin/shared';

type Schema = z.ZodMiniType;
interface Endpoint {
  path: string; summary: string; tag: string; query?: Schema; pathParams?: Record<string, string>;
  response: Schema | 'docx'; errors: number[];
}

const ENDPOINTS: Endpoint[] = [
  { path: '/api/v1/health', summary: '健康检查（数据库、目录版本、应用版本）', tag: '运维', response: Health, errors: [503] },
  { path: '/api/v1/guides', summary: '搜索办事指南（支持口语、拼音、繁体、生活事件）', tag: '办事指南', query: GuideSearchQuery, response: GuideSearchResult, errors: [400] },
  { path: '/api/v1/guides/popular', summary: '热门事项', tag: '办事指南', query: PopularGuidesQuery, response: GuideList, errors: [400] },
  { path: '/api/v1/guides/{code}', summary: '办事指南详情', tag: '办事指南', pathParams: { code: '事项编码' }, response: GuideDetail, errors: [400, 404] },
  {
    path: '/api/v1/guides/{code}/materials/{materialId}/forms/{variant}', summary: '下载空白表格或填写样例（Word 文档）', tag: '办事指南',
    pathParams: { code: '事项编码', materialId: '材料序号（从1开始）', variant: 'blank 或 sample' }, response: 'docx', errors: [400, 404],
  },
  { path: '/api/v1/departments', summary: '部门列表', tag: '办事指南', response: DepartmentList, errors: [] },
  { path: '/api/v1/life-events', summary: '生活事件（开饭店、生孩子、退休……）', tag: '办事指南', response: LifeEventList, errors: [] },
  { path: '/api/v1/halls', summary: '服务大厅列表（按层级、按距离）', tag: '窗口联系', query: HallQuery, response: HallPage, errors: [400] },
  { path: '/api/v1/halls/{id}', summary: '服务大厅详情（窗口与电话）', tag: '窗口联系', pathParams: { id: '大厅编码' }, response: HallDetail, errors: [400, 404] },
];

const jsonSchema = (schema: Schema, io: 'input' | 'output') => {
  const { $schema: _ignored, ...rest } = zFull.toJSONSchema(schema as never, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

export function buildOpenApiDocument(appVersion: string) {
  const paths: Record<string, unknown> = {};
  for (const e of ENDPOINTS) {
    const parameters: unknown[] = Object.entries(e.pathParams ?? {}).map(([name, description]) =>
      ({ name, in: 'path', required: true, description, schema: { type: 'string' } }));
    if (e.query) {
      const schema = jsonSchema(e.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, prop] of Object.entries(schema.properties ?? {})) {
        parameters.push({ name, in: 'query', required: schema.required?.includes(name) ?? false, schema: prop });
      }
    }
    const ok = e.response === 'docx'
      ? { description: 'Word 文档', content: { 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', format: 'binary' } } } }
      : { description: '成功', content: { 'application/json': { schema: jsonSchema(e.response, 'output') } } };
    const responses: Record<string, unknown> = { 200: ok };
    for (const status of e.errors) responses[status] = { $ref: '#/components/responses/Error' };
    paths[e.path] = { get: { summary: e.summary, tags: [e.tag], parameters, responses } };
  }
  return {
    openapi: '3.1.0',
    info: { title: '便民 Bianmin API', version: appVersion, description: '互联网+政务服务：办事指南、窗口联系。所有错误返回统一结构 { code, message, fieldErrors? }。' },
    paths,
    components: {
      responses: { Error: { description: '错误', content: { 'application/json': { schema: jsonSchema(ErrorBody, 'output') } } } },
    },
  };
}
