// 窗口收件登记 and 社区代办: what the staff page holds while registering a case for an applicant who
// is at the counter (or at the community station), and the pure rules over it. The answers and
// materials are checked by the same validators as an online application; the applicant is typed
// in (they have no verified account on this device), and an agent adds the applicant's consent.
import type { ApplicationForm } from '@bianmin/shared/catalogue/application-form.schema';
import type { ApplicantKind } from '@bianmin/shared/catalogue/application-form-vocabulary';
import type { RegisterCaseRequest } from '@bianmin/shared/cases/handling.schema';
import { creditCodeProblem, idNumberProblem, personNameProblem, phoneProblem } from '@bianmin/shared/identity/form-rules';
import {
  shownAnswers,
  uploadIdsOf,
  type AttachedFile,
  type Answers,
  type DeliveryDraft,
  type MaterialFiles,
  PICKUP,
} from './application-state';

export interface WalkInApplicant {
  kind: ApplicantKind;
  /** 个人: the applicant's name; 法人: the organisation's name. */
  name: string;
  idNumber: string;
  creditCode: string;
  legalRepresentative: string;
}
export type WalkInField = keyof Omit<WalkInApplicant, 'kind'> | 'contactPhone';

/** How a resident who files through a community agent agreed to it. */
export type ConsentDraft =
  { method: 'photo'; file: AttachedFile | null } | { method: 'sms'; requestId: string | null; phoneTail: string | null; code: string };

export interface RegistrationState {
  applicant: WalkInApplicant;
  contactPhone: string;
  answers: Answers;
  files: MaterialFiles;
  delivery: DeliveryDraft;
  consent: ConsentDraft;
}

export function emptyRegistration(kinds: readonly ApplicantKind[]): RegistrationState {
  return {
    applicant: { kind: kinds[0] ?? 'individual', name: '', idNumber: '', creditCode: '', legalRepresentative: '' },
    contactPhone: '',
    answers: {},
    files: {},
    delivery: PICKUP,
    consent: { method: 'photo', file: null },
  };
}

export const APPLICANT_PHONE_PURPOSE = '用于通知申请人办理进度';

/** The applicant's problems, in the words the server uses too. */
export function walkInProblems(s: Pick<RegistrationState, 'applicant' | 'contactPhone'>): Partial<Record<WalkInField, string>> {
  const a = s.applicant;
  const problems: Partial<Record<WalkInField, string>> = {};
  const put = (field: WalkInField, problem: string | null) => {
    if (problem) problems[field] = problem;
  };
  if (a.kind === 'individual') {
    put('name', personNameProblem(a.name.trim()));
    put('idNumber', idNumberProblem(a.idNumber.trim().toUpperCase()));
  } else {
    const name = a.name.trim();
    put('name', name.length < 2 ? '请填写单位名称' : name.length > 60 ? '单位名称不能超过60个字' : null);
    put('creditCode', creditCodeProblem(a.creditCode.trim().toUpperCase()));
    put('legalRepresentative', personNameProblem(a.legalRepresentative.trim()));
  }
  put('contactPhone', phoneProblem(s.contactPhone.trim(), APPLICANT_PHONE_PURPOSE));
  return problems;
}

/** What is missing from an agent's consent, or null when it is complete. */
export function consentProblem(c: ConsentDraft): string | null {
  if (c.method === 'photo') {
    if (!c.file) return '请拍摄申请人签字的代办授权书';
    if (c.file.status === 'uploading') return '请等待授权书照片上传完成';
    if (c.file.status === 'failed' || !c.file.uploadId) return '授权书照片上传失败，请重新拍摄';
    return null;
  }
  if (!c.requestId) return '请先向申请人手机发送验证码';
  if (!/^\d{6}$/.test(c.code.trim())) return '请输入申请人收到的6位短信验证码';
  return null;
}

export function registration(
  itemCode: string,
  form: Pick<ApplicationForm, 'fields'>,
  s: RegistrationState,
  agent: boolean,
): RegisterCaseRequest {
  const a = s.applicant;
  const body: RegisterCaseRequest = {
    itemCode,
    applicant:
      a.kind === 'individual'
        ? { kind: 'individual', name: a.name.trim(), idNumber: a.idNumber.trim().toUpperCase() }
        : {
            kind: 'legalPerson',
            name: a.name.trim(),
            creditCode: a.creditCode.trim().toUpperCase(),
            legalRepresentative: a.legalRepresentative.trim(),
          },
    contactPhone: s.contactPhone.trim(),
    answers: shownAnswers(form, s.answers),
    materials: uploadIdsOf(s.files),
    delivery:
      s.delivery.method === 'pickup'
        ? { method: 'pickup' }
        : { method: 'post', recipient: s.delivery.recipient.trim(), phone: s.delivery.phone.trim(), address: s.delivery.address.trim() },
  };
  if (!agent) return body;
  const c = s.consent;
  if (c.method === 'photo' && c.file?.uploadId) return { ...body, consentUploadId: c.file.uploadId };
  if (c.method === 'sms' && c.requestId) return { ...body, consent: { kind: 'sms', requestId: c.requestId, code: c.code.trim() } };
  return body;
}

/** Server field paths → the keys the page shows problems under. */
export function registrationProblemKey(path: string): string {
  if (path.startsWith('applicant.')) return path.slice('applicant.'.length);
  if (path.startsWith('answers.')) return path.slice('answers.'.length);
  if (path === 'consentUploadId' || path.startsWith('consent')) return 'consent';
  return path;
}
