// The window's side of a case (内网审查): the inbox (统一收件), acceptance with the law's clock,
// 补正, review, decision, dispatch (统一发件) and delivery (送达). Staff see what a resident sees
// plus the internal parts: handler, review notes, the actions open to them.
import { z } from '../zod';
import { CASE_ACTIONS, CASE_STATUSES } from './case-status';
import { Case, CaseItemRef, CaseProgress, CASE_CHANNELS, DeliveryChoice, MaterialAttachment } from './case.schema';
import { UploadId } from '../uploads/upload.schema';
import { rule } from '../zod';
import { creditCodeProblem, idNumberProblem, personNameProblem, phoneProblem } from '../identity/form-rules';
import { PageQuery, pageOf } from '../common/pagination.schema';
import { CatalogueCode } from '../catalogue/catalogue.schema';

const text = (max: number, what: string) =>
  z.string().check(z.trim(), z.minLength(1, `请填写${what}`), z.maxLength(max, `${what}不能超过${max}个字`));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'));

/** 第四十五条: procedures whose time does not count against the decision limit. */
export const SPECIAL_PROCEDURES = [
  'hearing',
  'bidding',
  'auction',
  'testing',
  'inspection',
  'quarantine',
  'appraisal',
  'expert_review',
] as const;
export const SPECIAL_PROCEDURE_LABEL = {
  hearing: '听证',
  bidding: '招标',
  auction: '拍卖',
  testing: '检验',
  inspection: '检测',
  quarantine: '检疫',
  appraisal: '鉴定',
  expert_review: '专家评审',
} as const;

/** What needs action first: overdue, then due soon, then new. */
export const INBOX_VIEWS = ['todo', 'acceptance', 'review', 'dispatch', 'all'] as const;
export const StaffCasesQuery = z.object({
  ...PageQuery.shape,
  view: z._default(z.enum(INBOX_VIEWS), 'todo'),
  department: z.optional(CatalogueCode),
  hall: z.optional(CatalogueCode),
  status: z.optional(z.enum(CASE_STATUSES)),
  /** Cases that need the window for something other than their status: a posted result came back. */
  attention: z.optional(z.enum(['returned'])),
});
export type StaffCasesQuery = z.infer<typeof StaffCasesQuery>;

/** 红橙绿蓝: how a case stands against its next deadline (thresholds are configuration). */
export const CARD_COLOURS = ['red', 'orange', 'green', 'blue'] as const;
export const CARD_COLOUR_LABEL = {
  red: '红牌（已超期）',
  orange: '橙牌（临近期限）',
  green: '绿牌（正常）',
  blue: '蓝牌（已办结）',
} as const;

export const StaffCaseSummary = z.object({
  number: z.string(),
  item: CaseItemRef,
  status: z.enum(CASE_STATUSES),
  statusLabel: z.string(),
  channel: z.enum(CASE_CHANNELS),
  /** Masked: lists are seen over shoulders. */
  applicantName: z.string(),
  handler: z.nullable(z.object({ id: z.string(), name: z.string() })),
  submittedAt: z.string(),
  /** The next deadline that applies (acceptance, decision, delivery) and its kind. */
  dueOn: z.nullable(isoDate),
  dueKind: z.nullable(z.enum(['acceptance', 'decision', 'delivery'])),
  card: z.enum(CARD_COLOURS),
  progress: CaseProgress,
  /** The posted result came back (退回): the window has to follow up. */
  parcelReturned: z.boolean(),
});
export type StaffCaseSummary = z.infer<typeof StaffCaseSummary>;
export const StaffCaseList = z.object({
  ...pageOf(StaffCaseSummary).shape,
  /** Cases in scope per status, for the inbox tabs. */
  counts: z.record(z.string(), z.int()),
});
export type StaffCaseList = z.infer<typeof StaffCaseList>;

export const ReviewNote = z.object({ at: z.string(), author: z.string(), text: z.string() });
export const StaffCase = z.object({
  ...Case.shape,
  handler: z.nullable(z.object({ id: z.string(), name: z.string() })),
  /** Internal review notes: never in a resident's view. */
  notes: z.array(ReviewNote),
  /** Steps of the state machine this member of staff may take now. */
  actions: z.array(z.enum(CASE_ACTIONS)),
  card: z.enum(CARD_COLOURS),
  extension: z.nullable(z.object({ days: z.int(), reason: z.string(), approvedBy: z.string(), at: z.string() })),
  /** The posted result came back (退件): the window contacts the applicant and dispatches again. */
  parcelReturned: z.boolean(),
});
export type StaffCase = z.infer<typeof StaffCase>;

export const NotAcceptRequest = z.object({ reason: text(500, '不予受理的理由'), basis: text(200, '法律依据') });
export const CorrectionRequest = z.object({
  note: z.optional(z.string().check(z.trim(), z.maxLength(300, '说明不能超过300个字'))),
  items: z
    .array(
      z.object({
        kind: z.enum(['material', 'field']),
        /** A material's id (as text) or a field's key. */
        ref: z.string().check(z.minLength(1), z.maxLength(40)),
        problem: text(200, '需要补正的内容'),
      }),
    )
    .check(z.minLength(1, '请至少列出一项需要补正的内容'), z.maxLength(50)),
});
export type CorrectionRequest = z.infer<typeof CorrectionRequest>;
export const AssignRequest = z.object({ handlerId: z.string().check(z.regex(/^[0-9a-f-]{36}$/, '承办人编号格式不正确')) });
export const NoteRequest = z.object({ text: text(1000, '审查意见') });
export const ExtendRequest = z.object({
  reason: text(300, '延期理由'),
  /** 第四十二条: the head of the department approved it (name and post, as on the approval form). */
  approvedBy: text(40, '批准人'),
});
export const ProcedureRequest = z.object({ procedure: z.enum(SPECIAL_PROCEDURES), note: text(300, '说明') });
export const ProcedureEndRequest = z.object({ result: text(300, '特别程序结果') });
export const CertificateInput = z.object({
  type: text(40, '证照名称'),
  validFrom: isoDate,
  validTo: z.nullable(isoDate),
});
export const DecisionRequest = z.discriminatedUnion('result', [
  z.object({ result: z.literal('approve'), note: z.optional(text(500, '决定说明')), certificate: z.optional(CertificateInput) }),
  z.object({ result: z.literal('deny'), reason: text(500, '不予许可的理由'), basis: text(200, '法律依据') }),
]);
export type DecisionRequest = z.infer<typeof DecisionRequest>;
export const DispatchRequest = z.discriminatedUnion('method', [
  z.object({ method: z.literal('pickup') }),
  z.object({
    method: z.literal('post'),
    /** Left out: a waybill is created with the courier for the applicant's address. */
    trackingNumber: z.optional(z.string().check(z.trim(), z.regex(/^[A-Z0-9]{8,30}$/, '请填写快递单号（8–30位字母或数字）'))),
  }),
]);
export const DeliverRequest = z.object({
  /** Collected at the window: the code the resident shows. */
  pickupCode: z.optional(z.string().check(z.trim(), z.regex(/^\d{6}$/, '取件码为6位数字'))),
});
/**
 * A case registered at the window for an applicant at the counter (窗口收件), or filed by a community
 * agent for a resident who cannot use the internet (社区代办) — with the resident's consent: the
 * signed authorisation (代办授权书), photographed. Every case, online or not, gets the unified number.
 */
export const RegisterCaseRequest = z.object({
  itemCode: CatalogueCode,
  applicant: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('individual'),
      name: z.string().check(z.trim(), rule(personNameProblem)),
      idNumber: z.string().check(z.trim(), z.toUpperCase(), rule(idNumberProblem)),
    }),
    z.object({
      kind: z.literal('legalPerson'),
      name: z.string().check(z.trim(), z.minLength(2, '请填写单位名称'), z.maxLength(60, '单位名称不能超过60个字')),
      creditCode: z.string().check(z.trim(), z.toUpperCase(), rule(creditCodeProblem)),
      legalRepresentative: z.string().check(z.trim(), rule(personNameProblem)),
    }),
  ]),
  contactPhone: z.string().check(
    z.trim(),
    rule((v) => phoneProblem(v, '用于通知申请人办理进度')),
  ),
  answers: z.record(z.string().check(z.maxLength(40)), z.unknown()),
  materials: z.array(MaterialAttachment).check(z.maxLength(99)),
  delivery: z.optional(DeliveryChoice),
  /** 社区代办: the photographed, signed authorisation… */
  consentUploadId: z.optional(UploadId),
  /** …or the one-time code the resident received by SMS on the contact phone (POST /staff/consent-codes). */
  consent: z.optional(
    z.object({
      kind: z.literal('sms'),
      requestId: z.string().check(z.regex(/^[0-9a-f-]{36}$/, '验证请求编号格式不正确')),
      code: z.string().check(z.trim(), z.regex(/^\d{6}$/, '短信验证码为6位数字')),
    }),
  ),
});
export type RegisterCaseRequest = z.infer<typeof RegisterCaseRequest>;

export const StaffCaseNumberParam = z.object({ number: z.string().check(z.regex(/^\d{6}-\d{8}-\d{5}$/, '办件编号格式不正确')) });

/** The applicant's identity in full, for staff entitled to the case (every read is audited). */
export const StaffApplicantIdentity = z.object({
  kind: z.enum(['individual', 'legalPerson']),
  name: z.string(),
  idNumber: z.optional(z.string()),
  creditCode: z.optional(z.string()),
  legalRepresentative: z.optional(z.string()),
  contactPhone: z.string(),
});
export type StaffApplicantIdentity = z.infer<typeof StaffApplicantIdentity>;

/** Who may be assigned a case (承办人: reviewers of its department), with how many open cases each holds. */
export const CaseHandlerList = z.object({
  items: z.array(z.object({ userId: z.string(), displayName: z.string(), roles: z.array(z.string()), openCases: z.int() })),
});
export type CaseHandlerList = z.infer<typeof CaseHandlerList>;

/** Written notices (第三十二条): 受理通知书, 不予受理通知书, 补正材料通知书 (一次性告知). */
export const CASE_NOTICE_KINDS = ['acceptance', 'not-accepted', 'correction'] as const;
export type CaseNoticeKind = (typeof CASE_NOTICE_KINDS)[number];
export const CASE_NOTICE_TITLE = {
  acceptance: '受理通知书',
  'not-accepted': '不予受理通知书',
  correction: '补正材料通知书',
} as const;
export const CaseNoticeParams = z.object({
  number: z.string().check(z.regex(/^\d{6}-\d{8}-\d{5}$/, '办件编号格式不正确')),
  kind: z.enum(CASE_NOTICE_KINDS, '通知书类型应为 acceptance、not-accepted 或 correction'),
});
