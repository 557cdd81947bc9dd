// What the apply page holds between its steps, and the pure rules over it: who applies, the
// answers (checked by applicationProblems — the validator the server runs, no second one), the
// files attached to each material, and the draft that lets the resident resume on another device.
import type { ApplicationForm, FormField, UploadKind } from '@bianmin/shared/catalogue/application-form.schema';
import type { ApplicantKind } from '@bianmin/shared/catalogue/application-form-vocabulary';
import type { Draft, DraftInput, SubmitCaseRequest } from '@bianmin/shared/cases/case.schema';
import type { GuideMaterial } from '@bianmin/shared/guides/guide.schema';
import type { ReusableUpload } from '@bianmin/shared/uploads/upload.schema';
import { visibleFields, type AnswerValue, type Answers } from '@bianmin/shared/cases/application-schema';
import { creditCodeProblem, personNameProblem, phoneProblem } from '@bianmin/shared/identity/form-rules';
import type { PickedFile } from './upload';

export type { AnswerValue, Answers };

export interface ApplicantDraft {
  kind: ApplicantKind;
  /** 法人 only: as on the business licence. */
  name: string;
  creditCode: string;
  legalRepresentative: string;
}
export type ApplicantField = 'name' | 'creditCode' | 'legalRepresentative';

/** A file of a material: uploading, uploaded (with its id), or failed (with the reason and the file to retry). */
export interface AttachedFile {
  key: string;
  fileName: string;
  kind: UploadKind | null;
  status: 'uploading' | 'done' | 'failed';
  progress: number;
  uploadId?: string;
  thumbnailUrl?: string | null;
  preview?: string | null;
  error?: string;
  picked?: PickedFile;
}
/** Files by material id (GuideMaterial.id). */
export type MaterialFiles = Record<number, AttachedFile[]>;

export const CONTACT_PHONE_PURPOSE = '用于接收办理进度通知';
export const contactPhoneProblem = (phone: string) => phoneProblem(phone, CONTACT_PHONE_PURPOSE);

export function applicantProblems(a: ApplicantDraft): Partial<Record<ApplicantField, string>> {
  if (a.kind === 'individual') return {};
  const name = a.name.trim();
  const problems: Partial<Record<ApplicantField, string>> = {};
  if (name.length < 2) problems.name = '请填写单位名称';
  else if (name.length > 60) problems.name = '单位名称不能超过60个字';
  const code = creditCodeProblem(a.creditCode.trim().toUpperCase());
  if (code) problems.creditCode = code;
  const rep = personNameProblem(a.legalRepresentative);
  if (rep) problems.legalRepresentative = rep;
  return problems;
}

/** The materials to upload: not shared proofs (the department fetches them) nor the form filled in online. */
export const uploadable = (materials: readonly GuideMaterial[]) => materials.filter((m) => !m.sharedProof && !m.filledOnline);

/** What a material needs instead of an upload, or null when it is uploaded. */
export function notUploaded(m: GuideMaterial): string | null {
  if (m.sharedProof) return '免提交（部门共享）';
  if (m.filledOnline) return '在线填写（第1步的申请表）';
  return null;
}

/** A required material (not conditional) with no uploaded file. */
export function materialProblems(materials: readonly GuideMaterial[], files: MaterialFiles): Record<number, string> {
  const problems: Record<number, string> = {};
  for (const m of uploadable(materials)) {
    const done = (files[m.id] ?? []).filter((f) => f.status === 'done');
    if (m.requirement === 'required' && done.length === 0) problems[m.id] = `请上传“${m.name}”`;
  }
  return problems;
}

const isEmpty = (v: unknown) => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** The answers of the fields shown, without empty ones: what is submitted and summarised. */
export function shownAnswers(form: Pick<ApplicationForm, 'fields'>, answers: Answers): Answers {
  const kept: Answers = {};
  for (const f of visibleFields(form, answers)) {
    const v = answers[f.key];
    if (v !== undefined && !isEmpty(v)) kept[f.key] = v;
  }
  return kept;
}

/** An answer as the summary shows it. */
export function answerText(field: FormField, value: AnswerValue | undefined): string {
  if (value === undefined || isEmpty(value)) return '未填写';
  if (field.type === 'checkbox') return value === true ? '是' : '否';
  if (Array.isArray(value)) return value.join(field.type === 'region' ? ' ' : '、');
  if (field.type === 'number' && field.unit) return `${value}${field.unit}`;
  return String(value);
}

export const uploadIdsOf = (files: MaterialFiles) =>
  Object.entries(files)
    .map(([id, list]) => ({
      materialId: Number(id),
      uploadIds: list.flatMap((f) => (f.status === 'done' && f.uploadId ? [f.uploadId] : [])),
      certificateNumbers: [] as string[],
    }))
    .filter((m) => m.uploadIds.length > 0);

function applicantOf(a: ApplicantDraft): SubmitCaseRequest['applicant'] {
  if (a.kind === 'individual') return { kind: 'individual' };
  return {
    kind: 'legalPerson',
    name: a.name.trim(),
    creditCode: a.creditCode.trim().toUpperCase(),
    legalRepresentative: a.legalRepresentative.trim(),
  };
}

/** 领取方式 as the review step holds it: kept in the page only (drafts do not carry it). */
export interface DeliveryDraft {
  method: 'pickup' | 'post';
  recipient: string;
  phone: string;
  address: string;
}
export type DeliveryField = 'recipient' | 'phone' | 'address';
export const PICKUP: DeliveryDraft = { method: 'pickup', recipient: '', phone: '', address: '' };

/** What is wrong with a 邮寄到家 choice (the rules the server checks too). */
export function deliveryProblems(d: DeliveryDraft): Partial<Record<DeliveryField, string>> {
  if (d.method === 'pickup') return {};
  const problems: Partial<Record<DeliveryField, string>> = {};
  const name = personNameProblem(d.recipient);
  if (name) problems.recipient = name.replace('请输入姓名', '请输入收件人姓名');
  const phone = phoneProblem(d.phone, '用于快递员联系');
  if (phone) problems.phone = phone;
  const address = d.address.trim();
  if (address.length < 8) problems.address = '请填写详细地址（街道、门牌号）';
  else if (address.length > 120) problems.address = '地址不能超过120个字';
  return problems;
}

function deliveryOf(d: DeliveryDraft): SubmitCaseRequest['delivery'] {
  if (d.method === 'pickup') return { method: 'pickup' };
  return { method: 'post', recipient: d.recipient.trim(), phone: d.phone.trim(), address: d.address.trim() };
}

export interface ApplicationState {
  applicant: ApplicantDraft;
  /** Progress notices go to the phone bound to the account (the server uses it when none is sent). */
  useBoundPhone: boolean;
  contactPhone: string;
  answers: Answers;
  files: MaterialFiles;
}

export function submission(
  itemCode: string,
  form: Pick<ApplicationForm, 'fields'>,
  s: ApplicationState,
  delivery: DeliveryDraft = PICKUP,
): SubmitCaseRequest {
  return {
    itemCode,
    applicant: applicantOf(s.applicant),
    contactPhone: s.useBoundPhone ? undefined : s.contactPhone.trim(),
    answers: shownAnswers(form, s.answers),
    materials: uploadIdsOf(s.files),
    delivery: deliveryOf(delivery),
  };
}

export function draftOf(s: ApplicationState): DraftInput {
  const a = s.applicant;
  return {
    applicant:
      a.kind === 'individual'
        ? { kind: 'individual' }
        : {
            kind: 'legalPerson',
            name: a.name.slice(0, 60),
            creditCode: a.creditCode.slice(0, 18),
            legalRepresentative: a.legalRepresentative.slice(0, 20),
          },
    contactPhone: s.useBoundPhone ? undefined : s.contactPhone.slice(0, 11),
    answers: Object.fromEntries(Object.entries(s.answers).filter(([, v]) => !isEmpty(v))),
    materials: uploadIdsOf(s.files),
  };
}

const isAnswer = (v: unknown): v is AnswerValue =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));

/** The state a saved draft resumes: its files described from the resident's earlier uploads where known. */
export function stateFromDraft(
  draft: Draft,
  kinds: readonly ApplicantKind[],
  known: readonly ReusableUpload[],
  fields: readonly FormField[],
  hasBoundPhone: boolean,
): ApplicationState {
  const keys = new Set(fields.map((f) => f.key));
  const answers: Answers = {};
  for (const [k, v] of Object.entries(draft.answers)) if (keys.has(k) && isAnswer(v)) answers[k] = v;
  const files: MaterialFiles = {};
  for (const m of draft.materials) {
    files[m.materialId] = m.uploadIds.map((id) => {
      const u = known.find((k) => k.id === id);
      return {
        key: id,
        uploadId: id,
        fileName: u?.fileName ?? '已上传的文件',
        kind: u?.kind ?? null,
        thumbnailUrl: u?.thumbnailUrl ?? null,
        status: 'done',
        progress: 100,
      };
    });
  }
  const kind = draft.applicant && kinds.includes(draft.applicant.kind) ? draft.applicant.kind : (kinds[0] ?? 'individual');
  return {
    applicant: {
      kind,
      name: draft.applicant?.name ?? '',
      creditCode: draft.applicant?.creditCode ?? '',
      legalRepresentative: draft.applicant?.legalRepresentative ?? '',
    },
    useBoundPhone: hasBoundPhone && !draft.contactPhone,
    contactPhone: draft.contactPhone ?? '',
    answers,
    files,
  };
}

export function emptyState(kinds: readonly ApplicantKind[], hasBoundPhone: boolean): ApplicationState {
  return {
    applicant: { kind: kinds[0] ?? 'individual', name: '', creditCode: '', legalRepresentative: '' },
    useBoundPhone: hasBoundPhone,
    contactPhone: '',
    answers: {},
    files: {},
  };
}
