// The window's routes bound to their schemas, with their documentation.
import { endpoints } from '../http/endpoint';
import { handlingRoutes } from './handling.routes';
import {
  AssignRequest,
  CaseHandlerList,
  CaseNoticeParams,
  StaffApplicantIdentity,
  CorrectionRequest,
  DecisionRequest,
  DeliverRequest,
  DispatchRequest,
  ExtendRequest,
  NoteRequest,
  NotAcceptRequest,
  ProcedureEndRequest,
  ProcedureRequest,
  RegisterCaseRequest,
  StaffCase,
  StaffCaseList,
  StaffCaseNumberParam,
  StaffCasesQuery,
} from './handling.schema';
import { ConsentCodeIssued, ConsentCodeRequest, StationWorkload } from './agent.schema';
import { CertificateList, CertificateVerification, CertificateVerifyQuery } from './certificate.schema';
import { CaseNumberParam, SubmittedCase } from './case.schema';
import { IdempotencyHeaders } from '../appointments/appointment.schema';

const T = '办件（窗口：受理、审查、决定、发件）';
const C = '电子证照';
const params = StaffCaseNumberParam;
const base = { params, response: StaffCase };
const acting = [400, 401, 404, 409];

export const handlingEndpoints = endpoints(handlingRoutes, {
  inbox: {
    schemas: { query: StaffCasesQuery, response: StaffCaseList },
    summary: '统一收件：本部门/本大厅的办件，最急的在前，附各状态数量',
    tag: T,
    errors: [400, 401, 404],
  },
  register: {
    schemas: { body: RegisterCaseRequest, headers: IdempotencyHeaders, response: SubmittedCase },
    summary: '窗口收件或社区代办：为申请人登记办件（代办须附申请人签字的代办授权书），统一编号',
    tag: T,
    errors: [400, 401, 404, 422],
    status: 201,
  },
  view: { schemas: base, summary: '办件（工作人员视图：含审查意见、可执行的操作）', tag: T, errors: [400, 401, 404] },
  accept: { schemas: base, summary: '受理（出具受理通知书）', tag: T, errors: acting },
  notAccept: {
    schemas: { ...base, body: NotAcceptRequest },
    summary: '不予受理（理由与依据，出具不予受理通知书）',
    tag: T,
    errors: acting,
  },
  requestCorrection: {
    schemas: { ...base, body: CorrectionRequest },
    summary: '一次性告知补正：列出每项需补正的材料或字段',
    tag: T,
    errors: acting,
  },
  assign: { schemas: { ...base, body: AssignRequest }, summary: '指定（或改派）承办人；受理后开始审查', tag: T, errors: acting },
  note: { schemas: { ...base, body: NoteRequest }, summary: '审查意见（仅内部可见）', tag: T, errors: acting },
  extend: {
    schemas: { ...base, body: ExtendRequest },
    summary: '延长审查期限10个工作日（第四十二条：须经本机关负责人批准，理由告知申请人；仅一次）',
    tag: T,
    errors: acting,
  },
  startProcedure: {
    schemas: { ...base, body: ProcedureRequest },
    summary: '开始特别程序（第四十五条：听证、检验、检测、鉴定、专家评审等，所需时间不计入期限，书面告知申请人）',
    tag: T,
    errors: acting,
  },
  endProcedure: { schemas: { ...base, body: ProcedureEndRequest }, summary: '结束特别程序，恢复计时', tag: T, errors: acting },
  decide: {
    schemas: { ...base, body: DecisionRequest },
    summary: '作出决定：准予（可颁发电子证照）或不予许可（理由与依据）',
    tag: T,
    errors: acting,
  },
  dispatch: {
    schemas: { ...base, body: DispatchRequest },
    summary: '统一发件：窗口领取（生成取件码）或邮寄（快递单号）；办结',
    tag: T,
    errors: acting,
  },
  deliver: { schemas: { ...base, body: DeliverRequest }, summary: '送达：窗口凭取件码领取，或快递签收', tag: T, errors: acting },
  applicant: {
    schemas: { params, response: StaffApplicantIdentity },
    summary: '申请人身份信息（完整，不打码；仅限有权办理该件的工作人员，每次查看记入审计日志）',
    tag: T,
    errors: [400, 401, 404],
  },
  handlers: {
    schemas: { params, response: CaseHandlerList },
    summary: '可指定的承办人（本部门审核人员及其在办件数），供改派选择',
    tag: T,
    errors: [400, 401, 404],
  },
  notice: {
    schemas: { params: CaseNoticeParams, response: 'file' },
    summary: '书面通知书（PDF）：受理通知书、不予受理通知书、补正材料通知书（一次性告知）',
    tag: T,
    errors: [400, 401, 404],
  },
  stationWorkload: {
    schemas: { response: StationWorkload },
    summary: '社区代办站工作量：本站代办员代办的办件，按状态与代办员统计，含超期件数',
    tag: T,
    errors: [401, 404],
  },
  consentCode: {
    schemas: { body: ConsentCodeRequest, response: ConsentCodeIssued },
    summary: '社区代办：向申请人手机发送一次性授权验证码（10分钟内有效，限试5次）',
    tag: T,
    errors: [400, 401, 404, 429, 503],
    status: 201,
  },
  decisionDocument: {
    schemas: { params: CaseNumberParam, response: 'file' },
    summary: '决定书（PDF，含办件编号与核验二维码）',
    tag: T,
    errors: [400, 401, 404],
  },
  myCertificates: { schemas: { response: CertificateList }, summary: '我的证照', tag: C, errors: [401] },
  verifyCertificate: {
    schemas: { query: CertificateVerifyQuery, response: CertificateVerification },
    summary: '核验电子证照（证照编号 + 核验码；不含个人信息）',
    tag: C,
    errors: [400, 404, 429],
  },
});
