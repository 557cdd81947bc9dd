// Case contract (办件): submission from the phone, my cases, the case page, drafts, and the
// account-free status query (办件查询) that never shows personal data.
import { z, rule } from '../zod';
import { CatalogueCode } from '../catalogue/catalogue.schema';
import { APPLICANT_KINDS, FORM_FIELD_TYPES } from '../catalogue/application-form-vocabulary';
import { creditCodeProblem, personNameProblem, phoneProblem, PHONE_PATTERN } from '../identity/form-rules';
import { CASE_ACTIONS, CASE_STATUSES } from './case-status';
import { caseNumberProblem, normalizeCaseNumber, normalizeQueryCode, queryCodeProblem } from './case-codes';
import { UploadId } from '../uploads/upload.schema';
import { pageOf, PageQuery } from '../common/pagination.schema';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
export const CASE_CHANNELS = ['online', 'window', 'agent'] as const;
export const CASE_CHANNEL_LABEL = { online: '网上申报', window: '窗口申报', agent: '社区代办' } as const;
export const TIMELINE_ACTORS = ['applicant', 'agent', 'staff', 'system'] as const;
/** Timeline entries: the state machine's actions, and steps that keep the status but are told to the applicant. */
export const TIMELINE_STEPS = [...CASE_ACTIONS, 'extend', 'start_procedure', 'end_procedure', 'dispatch', 'parcel_returned'] as const;
export type TimelineStep = (typeof TIMELINE_STEPS)[number];

export const CaseNumber = z.string().check(z.overwrite(normalizeCaseNumber), rule(caseNumberProblem), z.describe('办件编号'));
export const QueryCode = z.string().check(z.overwrite(normalizeQueryCode), rule(queryCodeProblem), z.describe('查询码'));
export const CaseNumberParam = z.object({ number: CaseNumber });

const ContactPhone = z.string().check(
  z.trim(),
  rule((v) => phoneProblem(v, '用于接收办理进度通知')),
  z.meta({ pattern: PHONE_PATTERN.source }),
);

/** 个人: the verified resident (name and ID number come from the account); 法人: as on the business licence. */
export const ApplicantInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('individual') }),
  z.object({
    kind: z.literal('legalPerson'),
    name: z.string().check(z.trim(), z.minLength(2, '请填写单位名称'), z.maxLength(60, '单位名称不能超过60个字')),
    creditCode: z.string().check(z.trim(), z.toUpperCase(), rule(creditCodeProblem)),
    legalRepresentative: z.string().check(z.trim(), rule(personNameProblem)),
  }),
]);
export type ApplicantInput = z.infer<typeof ApplicantInput>;

export const MaterialAttachment = z.object({
  /** The material's position in the guide (GuideMaterial.id). */
  materialId: z.int().check(z.minimum(1), z.maximum(99)),
  uploadIds: z.array(UploadId).check(z.maxLength(20, '每项材料最多20个文件')),
  /** Certificates this government issued to the applicant, reused instead of an upload (避免“循环证明”). */
  certificateNumbers: z._default(
    z.array(z.string().check(z.regex(/^ZZ\d{6}-\d{8}-\d{5}$/, '证照编号格式不正确'))).check(z.maxLength(5)),
    [],
  ),
});
export type MaterialAttachment = z.infer<typeof MaterialAttachment>;

/** Answers are checked against the item's own form (applicationSchema) once the item is known. */
const RawAnswers = z.record(z.string().check(z.maxLength(40)), z.unknown());

/** How the result reaches the applicant (统一发件): collected at the window, or posted home (邮政快递送证到家). */
export const DeliveryChoice = z.discriminatedUnion('method', [
  z.object({ method: z.literal('pickup') }),
  z.object({
    method: z.literal('post'),
    recipient: z.string().check(z.trim(), rule(personNameProblem)),
    phone: z.string().check(
      z.trim(),
      rule((v) => phoneProblem(v, '用于快递员联系')),
    ),
    address: z.string().check(z.trim(), z.minLength(8, '请填写详细地址（街道、门牌号）'), z.maxLength(120, '地址不能超过120个字')),
  }),
]);
export type DeliveryChoice = z.infer<typeof DeliveryChoice>;

export const SubmitCaseRequest = z.object({
  itemCode: CatalogueCode,
  applicant: ApplicantInput,
  /** Left out: the phone bound to the account (shown masked on the form) is used. */
  contactPhone: z.optional(ContactPhone),
  answers: RawAnswers,
  materials: z.array(MaterialAttachment).check(z.maxLength(99)),
  /** Left out: collected at the window. */
  delivery: z.optional(DeliveryChoice),
});
export type SubmitCaseRequest = z.infer<typeof SubmitCaseRequest>;

/** After 补正: only what the correction notice lists — the fields (new answers) and the materials (new files). */
export const ResubmitRequest = z.object({
  answers: RawAnswers,
  materials: z.array(MaterialAttachment).check(z.maxLength(99)),
});
export type ResubmitRequest = z.infer<typeof ResubmitRequest>;

export const WithdrawRequest = z.object({
  reason: z.optional(z.string().check(z.trim(), z.maxLength(200, '撤回原因不能超过200个字'))),
});

export const CaseFile = z.object({
  uploadId: z.string(),
  kind: z.enum(['image', 'pdf']),
  fileName: z.string(),
  size: z.int(),
  url: z.string(),
  thumbnailUrl: z.nullable(z.string()),
});
export const CaseMaterial = z.object({
  materialId: z.int(),
  name: z.string(),
  files: z.array(CaseFile),
  /** Certificates reused for this material: checked in this system, nothing uploaded. */
  certificates: z.array(z.object({ number: z.string(), type: z.string() })),
});
export const CaseAnswer = z.object({
  key: z.string(),
  label: z.string(),
  type: z.enum(FORM_FIELD_TYPES),
  /** As shown: choices joined, checkboxes 是/否, personal data masked. */
  value: z.string(),
});
export const TimelineEntry = z.object({
  at: z.string(),
  action: z.enum(TIMELINE_STEPS),
  status: z.enum(CASE_STATUSES),
  statusLabel: z.string(),
  actor: z.enum(TIMELINE_ACTORS),
  /** What the applicant is told (never internal review notes). */
  note: z.nullable(z.string()),
});
export const CorrectionItem = z.object({
  kind: z.enum(['material', 'field']),
  /** materialId (as a string) or field key. */
  ref: z.string(),
  label: z.string(),
  problem: z.string(),
});
export const CorrectionNotice = z.object({ requestedAt: z.string(), note: z.nullable(z.string()), items: z.array(CorrectionItem) });

/** Working-day dates (行政许可法 第三十二、四十二、八十二条): null until they can be known. */
export const CaseDates = z.object({
  submittedAt: z.string(),
  /** 受理期限: 5 working days after receipt, while acceptance is pending. */
  acceptanceDueOn: z.nullable(isoDate),
  acceptedOn: z.nullable(isoDate),
  legalLimitDays: z.int(),
  promisedLimitDays: z.int(),
  legalDeadline: z.nullable(isoDate),
  promisedDeadline: z.nullable(isoDate),
  /** Working days of the limit used so far (after acceptance, pauses left out). */
  workingDaysUsed: z.nullable(z.int()),
});

export const CaseItemRef = z.object({
  code: z.string(),
  name: z.string(),
  department: z.object({ code: z.string(), name: z.string() }),
});
export const CaseProgress = z.object({ step: z.int(), of: z.int(), label: z.string() });

export const Applicant = z.object({
  kind: z.enum(APPLICANT_KINDS),
  /** Masked for everyone but an entitled reader. */
  name: z.string(),
  idNumber: z.nullable(z.string()),
  creditCode: z.nullable(z.string()),
  legalRepresentative: z.nullable(z.string()),
});

/** The result's way to the applicant; the pickup code shows once the result is ready (它就是取件凭证). */
export const CaseDelivery = z.object({
  method: z.enum(['pickup', 'post']),
  /** Masked: 收件人、电话、地址. */
  recipient: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  address: z.nullable(z.string()),
  pickupCode: z.nullable(z.string()),
  trackingNumber: z.nullable(z.string()),
  dispatchedAt: z.nullable(z.string()),
  deliveredAt: z.nullable(z.string()),
  /** 第四十四条: issued and delivered within 10 working days of the decision. */
  dueOn: z.nullable(isoDate),
});

export const Case = z.object({
  number: z.string(),
  item: CaseItemRef,
  catalogueVersion: z.string(),
  status: z.enum(CASE_STATUSES),
  statusLabel: z.string(),
  channel: z.enum(CASE_CHANNELS),
  applicant: Applicant,
  contactPhone: z.string(),
  answers: z.array(CaseAnswer),
  materials: z.array(CaseMaterial),
  timeline: z.array(TimelineEntry),
  dates: CaseDates,
  progress: CaseProgress,
  correction: z.nullable(CorrectionNotice),
  delivery: CaseDelivery,
  /** The decision once made: result, reason and basis as written on the 决定书. */
  decision: z.nullable(
    z.object({
      result: z.enum(['approve', 'deny', 'not_accept']),
      reason: z.nullable(z.string()),
      basis: z.nullable(z.string()),
      at: z.string(),
      documentUrl: z.nullable(z.string()),
    }),
  ),
  /** What the applicant can do now. */
  canWithdraw: z.boolean(),
  /** One sentence: what happens next, and who acts. */
  nextStep: z.string(),
});
export type Case = z.infer<typeof Case>;

/** The answer to a submission: the case, and its query code — shown this once (and sent by message). */
export const SubmittedCase = z.object({ case: Case, queryCode: z.string() });
export type SubmittedCase = z.infer<typeof SubmittedCase>;

export const CaseSummary = z.object({
  number: z.string(),
  item: CaseItemRef,
  status: z.enum(CASE_STATUSES),
  statusLabel: z.string(),
  channel: z.enum(CASE_CHANNELS),
  submittedAt: z.string(),
  acceptanceDueOn: z.nullable(isoDate),
  promisedDeadline: z.nullable(isoDate),
  progress: CaseProgress,
  nextStep: z.string(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;
export const MyCasesQuery = z.object({ ...PageQuery.shape, state: z._default(z.enum(['open', 'closed', 'all']), 'all') });
export const CaseList = pageOf(CaseSummary);
export type CaseList = z.infer<typeof CaseList>;

export const CaseLookupQuery = z.object({ number: CaseNumber, code: QueryCode });
/** 办件查询 without an account: the item, status, timeline and dates — never personal data. */
export const CasePublicView = z.object({
  number: z.string(),
  item: CaseItemRef,
  status: z.enum(CASE_STATUSES),
  statusLabel: z.string(),
  channel: z.enum(CASE_CHANNELS),
  timeline: z.array(TimelineEntry),
  dates: CaseDates,
  progress: CaseProgress,
  nextStep: z.string(),
});
export type CasePublicView = z.infer<typeof CasePublicView>;

/** A draft (草稿) saved on the server, resumable on another device; checked only on submission. */
export const DraftInput = z.object({
  applicant: z.optional(
    z.object({
      kind: z.enum(APPLICANT_KINDS),
      name: z.optional(z.string().check(z.maxLength(60))),
      creditCode: z.optional(z.string().check(z.maxLength(18))),
      legalRepresentative: z.optional(z.string().check(z.maxLength(20))),
    }),
  ),
  contactPhone: z.optional(z.string().check(z.maxLength(11))),
  answers: z.record(z.string().check(z.maxLength(40)), z.unknown()).check(
    z.refine((a) => Object.keys(a).length <= 60, '草稿字段过多'),
    z.refine((a) => JSON.stringify(a).length <= 20_000, '草稿内容过长'),
  ),
  materials: z.array(MaterialAttachment).check(z.maxLength(99)),
});
export type DraftInput = z.infer<typeof DraftInput>;
export const Draft = z.object({
  ...DraftInput.shape,
  itemCode: z.string(),
  itemName: z.string(),
  updatedAt: z.string(),
});
export type Draft = z.infer<typeof Draft>;
export const DraftList = z.object({ items: z.array(z.object({ itemCode: z.string(), itemName: z.string(), updatedAt: z.string() })) });
export const DraftItemParam = z.object({ itemCode: CatalogueCode.check(z.describe('事项编码')) });
