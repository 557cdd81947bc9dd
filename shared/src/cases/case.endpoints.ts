// The case routes bound to their schemas, with their documentation.
import { endpoints } from '../http/endpoint';
import { caseRoutes } from './case.routes';
import {
  Case,
  CaseList,
  CaseLookupQuery,
  CaseNumberParam,
  CasePublicView,
  Draft,
  DraftInput,
  DraftItemParam,
  DraftList,
  MyCasesQuery,
  ResubmitRequest,
  SubmitCaseRequest,
  SubmittedCase,
  WithdrawRequest,
} from './case.schema';
import { IdempotencyHeaders } from '../appointments/appointment.schema';

const T = '办件（微信申报、办件查询）';
const params = CaseNumberParam;
const draftParams = DraftItemParam;

export const caseEndpoints = endpoints(caseRoutes, {
  submit: {
    schemas: { body: SubmitCaseRequest, headers: IdempotencyHeaders, response: SubmittedCase },
    summary: '提交申请（需实名认证与 Idempotency-Key 请求头；同一个键重复提交返回第一次的结果）：返回统一办件编号与查询码',
    tag: T,
    errors: [400, 401, 403, 404, 409, 422],
    status: 201,
  },
  mine: { schemas: { query: MyCasesQuery, response: CaseList }, summary: '我的办件', tag: T, errors: [400, 401] },
  lookup: {
    schemas: { query: CaseLookupQuery, response: CasePublicView },
    summary: '办件查询（免登录：办件编号 + 查询码；不含个人信息；失败过多将被限制）',
    tag: T,
    errors: [400, 404, 429],
  },
  drafts: { schemas: { response: DraftList }, summary: '我的申请草稿', tag: T, errors: [401] },
  draft: { schemas: { params: draftParams, response: Draft }, summary: '读取某事项的申请草稿', tag: T, errors: [400, 401, 404] },
  saveDraft: {
    schemas: { params: draftParams, body: DraftInput, response: Draft },
    summary: '保存申请草稿（换手机也能继续填写）',
    tag: T,
    errors: [400, 401, 404],
  },
  deleteDraft: { schemas: { params: draftParams, response: 'empty' }, summary: '删除申请草稿', tag: T, errors: [400, 401, 404] },
  get: { schemas: { params, response: Case }, summary: '办件详情：进度、时间线、材料、期限', tag: T, errors: [400, 401, 404] },
  withdraw: {
    schemas: { params, body: WithdrawRequest, response: Case },
    summary: '撤回申请（作出决定前）',
    tag: T,
    errors: [400, 401, 404, 409],
  },
  resubmit: {
    schemas: { params, body: ResubmitRequest, headers: IdempotencyHeaders, response: Case },
    summary: '按补正告知重新提交（只提交告知中列出的内容；需 Idempotency-Key 请求头）',
    tag: T,
    errors: [400, 401, 404, 409, 422],
  },
});
