// The OpenAPI document, generated from the same zod schemas that validate requests and type responses.
import { z as zFull } from 'zod';
import { APPOINTMENT_ENDPOINTS } from './appointment-endpoints';
import {
  AuditPage, AuditQuery, AuthOptions, DepartmentList, DevPhoneCodeRequest, DevWechatCode, DevWechatCodeRequest, ErrorBody,
  GuideDetail, GuideList, GuideSearchQuery, GuideSearchResult, HallDetail, HallPage, HallQuery, Health, LifeEventList, Me,
  PersonalData, PhoneBindRequest, PopularGuidesQuery, RealNameRequest, RefreshRequest, StaffCreateRequest, StaffHome,
  StaffLoginRequest, StaffPage, StaffQuery, StaffSummary, StaffUpdateRequest, TokenPair, WechatBindRequest, WechatLoginRequest,
  type z,
} from '@bianmin/shared';

export type Schema = z.ZodMiniType;
export interface Endpoint {
  path: string; summary: string; tag: string; method?: 'get' | 'post' | 'patch' | 'put'; query?: Schema; body?: Schema;
  pathParams?: Record<string, string>; response: Schema | 'docx' | 'empty'; errors: number[]; auth?: boolean;
}
const USER_ID = { id: '用户编号' };

const ENDPOINTS: Endpoint[] = [...catalogueAndIdentity(), ...APPOINTMENT_ENDPOINTS];

function catalogueAndIdentity(): Endpoint[] {
  return [
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
  { path: '/api/v1/auth/options', summary: '可用的登录方式', tag: '身份认证', response: AuthOptions, errors: [] },
  { path: '/api/v1/auth/wechat', method: 'post', summary: '微信登录（wx.login 的 code）', tag: '身份认证', body: WechatLoginRequest, response: TokenPair, errors: [400, 401, 403, 429, 503] },
  { path: '/api/v1/auth/staff', method: 'post', summary: '工作人员账号密码登录（多次失败锁定）', tag: '身份认证', body: StaffLoginRequest, response: TokenPair, errors: [400, 401, 403, 423, 429] },
  { path: '/api/v1/auth/refresh', method: 'post', summary: '刷新令牌（每次轮换，重复使用将注销会话）', tag: '身份认证', body: RefreshRequest, response: TokenPair, errors: [400, 401] },
  { path: '/api/v1/auth/logout', method: 'post', summary: '退出登录', tag: '身份认证', body: RefreshRequest, response: 'empty', errors: [400] },
  { path: '/api/v1/auth/dev/wechat-code', method: 'post', summary: '开发环境：为测试居民生成登录 code（生产环境不存在）', tag: '身份认证', body: DevWechatCodeRequest, response: DevWechatCode, errors: [400, 404, 503] },
  { path: '/api/v1/auth/dev/phone-code', method: 'post', summary: '开发环境：生成手机号授权 code（生产环境不存在）', tag: '身份认证', body: DevPhoneCodeRequest, response: DevWechatCode, errors: [400, 404, 503] },
  { path: '/api/v1/me', summary: '当前用户（个人信息脱敏显示）', tag: '我的', auth: true, response: Me, errors: [401] },
  { path: '/api/v1/me/real-name', method: 'post', summary: '实名认证（姓名 + 身份证号）', tag: '我的', auth: true, body: RealNameRequest, response: Me, errors: [400, 401, 409, 422, 429, 503] },
  { path: '/api/v1/me/phone', method: 'post', summary: '绑定手机号（getPhoneNumber 的 code）', tag: '我的', auth: true, body: PhoneBindRequest, response: Me, errors: [400, 401, 429] },
  { path: '/api/v1/me/wechat', method: 'post', summary: '工作人员绑定微信', tag: '我的', auth: true, body: WechatBindRequest, response: Me, errors: [400, 401, 404, 409] },
  { path: '/api/v1/staff/home', summary: '工作台：角色与授权范围', tag: '工作人员', auth: true, response: StaffHome, errors: [401, 404] },
  { path: '/api/v1/admin/staff', summary: '工作人员账号列表', tag: '管理', auth: true, query: StaffQuery, response: StaffPage, errors: [400, 401, 404] },
  { path: '/api/v1/admin/staff', method: 'post', summary: '创建工作人员账号并授权', tag: '管理', auth: true, body: StaffCreateRequest, response: StaffSummary, errors: [400, 401, 404, 409] },
  { path: '/api/v1/admin/staff/{id}', summary: '工作人员账号', tag: '管理', auth: true, pathParams: USER_ID, response: StaffSummary, errors: [400, 401, 404] },
  { path: '/api/v1/admin/staff/{id}', method: 'patch', summary: '修改、停用、解锁账号或调整角色', tag: '管理', auth: true, pathParams: USER_ID, body: StaffUpdateRequest, response: StaffSummary, errors: [400, 401, 404] },
  { path: '/api/v1/admin/users/{id}/personal-data', summary: '完整个人信息（仅管理员，每次读取均记入审计）', tag: '管理', auth: true, pathParams: USER_ID, response: PersonalData, errors: [400, 401, 404] },
  { path: '/api/v1/admin/audit', summary: '审计日志', tag: '管理', auth: true, query: AuditQuery, response: AuditPage, errors: [400, 401, 404] },
  ];
}

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
      : e.response === 'empty' ? { description: '成功（无内容）' }
        : { description: '成功', content: { 'application/json': { schema: jsonSchema(e.response, 'output') } } };
    const responses: Record<string, unknown> = { [e.response === 'empty' ? 204 : 200]: ok };
    for (const status of e.errors) responses[status] = { $ref: '#/components/responses/Error' };
    const operation = {
      summary: e.summary, tags: [e.tag], parameters, responses,
      ...(e.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(e.body, 'input') } } } } : {}),
      ...(e.auth ? { security: [{ bearer: [] }] } : {}),
    };
    paths[e.path] = { ...(paths[e.path] as object | undefined), [e.method ?? 'get']: operation };
  }
  return {
    openapi: '3.1.0',
    info: { title: '便民 Bianmin API', version: appVersion, description: '互联网+政务服务：办事指南、窗口联系、身份认证、预约服务。所有错误返回统一结构 { code, message, fieldErrors? }。' },
    paths,
    components: {
      responses: { Error: { description: '错误', content: { 'application/json': { schema: jsonSchema(ErrorBody, 'output') } } } },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}
