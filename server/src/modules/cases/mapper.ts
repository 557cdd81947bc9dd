// Builds case DTOs (shared contract) from rows; personal data leaves only masked.
import {
  type Answers,
  APPLICANT_KINDS,
  type ApplicationForm,
  type Case,
  type CasePublicView,
  type CaseStatus,
  type CaseSummary,
  type DeliveryChoice,
  CASE_STATUS_LABEL,
  caseDeadline,
  caseNextStep,
  caseProgress,
  isTerminalCaseStatus,
  maskChineseId,
  maskName,
  maskPhone,
  workingDaysUsed,
} from '@bianmin/shared';
import type { WorkingCalendar } from '@bianmin/shared/calendar/working-days';
import type { DataProtector } from '../../platform/sealing';
import type { CatalogueSnapshot } from '../catalogue/index';
import type { CaseMaterialRow, CaseRow, CaseTimelineRow } from './entities';

/** 第三十二条: a decision on acceptance within 5 working days of receipt. */
export const ACCEPTANCE_LIMIT_DAYS = 5;

export interface SealedApplicant {
  name: string;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
}

export interface UploadInfo {
  kind: 'image' | 'pdf';
  fileName: string;
  size: number;
  hasThumbnail: boolean;
}

export interface MapperDeps {
  protector: DataProtector;
  snapshot: CatalogueSnapshot;
  calendar: WorkingCalendar;
  today: string;
  /** The applicant (or the agent acting for them) sees the pickup code; staff never do. */
  viewer: 'applicant' | 'staff';
}

/** 第四十四条: the result is issued and delivered within 10 working days of the decision. */
export const DELIVERY_LIMIT_DAYS = 10;
const maskAddress = (address: string) => `${Array.from(address).slice(0, 6).join('')}****`;

function deliveryShown(c: CaseRow, d: MapperDeps): Case['delivery'] {
  const choice = c.deliveryEnc ? (JSON.parse(d.protector.decrypt(c.deliveryEnc)) as DeliveryChoice) : null;
  const post = choice?.method === 'post' ? choice : null;
  const decidedOn = c.decision ? c.decision.at.slice(0, 10) : null;
  const dispatch = c.dispatch;
  return {
    // Once dispatched, how it actually went (a returned parcel may be collected at the window instead).
    method: dispatch?.method ?? (post ? 'post' : 'pickup'),
    recipient: post ? maskName(post.recipient) : null,
    phone: post ? maskPhone(post.phone) : null,
    address: post ? maskAddress(post.address) : null,
    pickupCode: d.viewer === 'applicant' && dispatch?.pickupCodeEnc && !c.deliveredAt ? d.protector.decrypt(dispatch.pickupCodeEnc) : null,
    trackingNumber: dispatch?.trackingNumber ?? null,
    dispatchedAt: dispatch?.at ?? null,
    deliveredAt: c.deliveredAt?.toISOString() ?? null,
    dueOn:
      decidedOn && c.decision?.result !== 'not_accept' && !c.deliveredAt
        ? caseDeadline({ acceptedOn: decidedOn, limitDays: DELIVERY_LIMIT_DAYS, calendar: d.calendar })
        : null,
  };
}

function decisionShown(c: CaseRow): Case['decision'] {
  if (!c.decision) return null;
  const { result, reason, basis, at } = c.decision;
  return { result, reason, basis, at, documentUrl: `/api/v1/cases/${c.number}/decision.pdf` };
}

const WITHDRAWABLE: readonly CaseStatus[] = ['submitted', 'correction_requested', 'resubmitted', 'accepted', 'under_review'];
const maskCreditCode = (code: string) => `${code.slice(0, 4)}**********${code.slice(-4)}`;

export function itemRef(c: Pick<CaseRow, 'itemCode' | 'departmentCode'>, snapshot: CatalogueSnapshot) {
  const item = snapshot.itemByCode.get(c.itemCode);
  const department = snapshot.departmentByCode.get(c.departmentCode);
  return {
    code: c.itemCode,
    name: item?.name ?? c.itemCode,
    department: { code: c.departmentCode, name: department?.name ?? c.departmentCode },
  };
}

export function caseDates(c: CaseRow, calendar: WorkingCalendar, today: string): Case['dates'] {
  const status = c.status as CaseStatus;
  const pending = status === 'submitted' || status === 'resubmitted';
  // Each resubmission before acceptance starts a new 5-day window from its own receipt.
  const acceptanceDueOn = pending ? caseDeadline({ acceptedOn: c.receivedOn, limitDays: ACCEPTANCE_LIMIT_DAYS, calendar }) : null;
  const clock = c.acceptedOn ? { acceptedOn: c.acceptedOn, pauses: c.pauses, calendar } : null;
  return {
    submittedAt: c.submittedAt.toISOString(),
    acceptanceDueOn,
    acceptedOn: c.acceptedOn,
    legalLimitDays: c.legalLimitDays,
    promisedLimitDays: c.promisedLimitDays,
    legalDeadline: clock ? caseDeadline({ ...clock, limitDays: c.legalLimitDays }) : null,
    promisedDeadline: clock ? caseDeadline({ ...clock, limitDays: c.promisedLimitDays }) : null,
    workingDaysUsed: clock && !c.decidedAt ? workingDaysUsed({ ...clock, today }) : null,
  };
}

function timeline(rows: CaseTimelineRow[]): Case['timeline'] {
  return rows.map((t) => ({
    at: t.at.toISOString(),
    action: t.action as Case['timeline'][number]['action'],
    status: t.status as CaseStatus,
    statusLabel: CASE_STATUS_LABEL[t.status as CaseStatus],
    actor: t.actor as Case['timeline'][number]['actor'],
    note: t.note,
  }));
}

function shownValue(type: string, value: Answers[string], unit?: string): string {
  if (Array.isArray(value)) return value.join(type === 'region' ? ' ' : '、');
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return `${value}${unit ?? ''}`;
  if (type === 'idNumber') return maskChineseId(value);
  if (type === 'phone') return maskPhone(value);
  return value;
}

function answersShown(form: ApplicationForm | undefined, answers: Answers): Case['answers'] {
  return (form?.fields ?? []).flatMap((f) => {
    const value = answers[f.key];
    return value === undefined ? [] : [{ key: f.key, label: f.label, type: f.type, value: shownValue(f.type, value, f.unit) }];
  });
}

function applicantShown(kind: string, a: SealedApplicant): Case['applicant'] {
  return {
    kind: APPLICANT_KINDS.includes(kind as 'individual') ? (kind as Case['applicant']['kind']) : 'individual',
    name: kind === 'legalPerson' ? a.name : maskName(a.name),
    idNumber: a.idNumber ? maskChineseId(a.idNumber) : null,
    creditCode: a.creditCode ? maskCreditCode(a.creditCode) : null,
    legalRepresentative: a.legalRepresentative ? maskName(a.legalRepresentative) : null,
  };
}

export function toCase(
  c: CaseRow,
  parts: {
    timeline: CaseTimelineRow[];
    materials: CaseMaterialRow[];
    uploads: Map<string, UploadInfo>;
    form: ApplicationForm | undefined;
    /** Names of the item's materials, for those satisfied by a reused certificate alone. */
    materialNames: Map<number, string>;
  },
  d: MapperDeps,
): Case {
  const status = c.status as CaseStatus;
  const answers = JSON.parse(d.protector.decrypt(c.answersEnc)) as Answers;
  const applicant = JSON.parse(d.protector.decrypt(c.applicantEnc)) as SealedApplicant;
  type Entry = Omit<Case['materials'][number], 'materialId'>;
  const byMaterial = new Map<number, Entry>();
  for (const cert of c.reusedCertificates ?? []) {
    const entry = byMaterial.get(cert.materialId) ?? { name: parts.materialNames.get(cert.materialId) ?? '', files: [], certificates: [] };
    entry.certificates.push({ number: cert.number, type: cert.type });
    byMaterial.set(cert.materialId, entry);
  }
  for (const m of [...parts.materials].sort((a, b) => a.position - b.position)) {
    const upload = parts.uploads.get(m.uploadId);
    if (!upload) continue;
    const entry = byMaterial.get(m.materialId) ?? { name: m.materialName, files: [], certificates: [] };
    const url = `/api/v1/uploads/${m.uploadId}`;
    entry.files.push({
      uploadId: m.uploadId,
      kind: upload.kind,
      fileName: upload.fileName,
      size: upload.size,
      url,
      thumbnailUrl: upload.hasThumbnail ? `${url}/thumbnail` : null,
    });
    byMaterial.set(m.materialId, entry);
  }
  return {
    number: c.number,
    item: itemRef(c, d.snapshot),
    catalogueVersion: c.catalogueVersion,
    status,
    statusLabel: CASE_STATUS_LABEL[status],
    channel: c.channel as Case['channel'],
    applicant: applicantShown(c.applicantKind, applicant),
    contactPhone: maskPhone(d.protector.decrypt(c.contactPhoneEnc)),
    answers: answersShown(parts.form, answers),
    materials: [...byMaterial].sort(([a], [b]) => a - b).map(([materialId, m]) => ({ materialId, ...m })),
    timeline: timeline(parts.timeline),
    dates: caseDates(c, d.calendar, d.today),
    progress: caseProgress(status),
    correction: status === 'correction_requested' ? c.correction : null,
    delivery: deliveryShown(c, d),
    decision: decisionShown(c),
    canWithdraw: WITHDRAWABLE.includes(status) && !isTerminalCaseStatus(status),
    nextStep: caseNextStep(status),
  };
}

export function toCaseSummary(c: CaseRow, d: Omit<MapperDeps, 'protector' | 'viewer'>): CaseSummary {
  const status = c.status as CaseStatus;
  const dates = caseDates(c, d.calendar, d.today);
  return {
    number: c.number,
    item: itemRef(c, d.snapshot),
    status,
    statusLabel: CASE_STATUS_LABEL[status],
    channel: c.channel as CaseSummary['channel'],
    submittedAt: dates.submittedAt,
    acceptanceDueOn: dates.acceptanceDueOn,
    promisedDeadline: dates.promisedDeadline,
    progress: caseProgress(status),
    nextStep: caseNextStep(status),
  };
}

/** No personal data: not the applicant, not the answers, not the materials, not who acted. */
export function toPublicView(c: CaseRow, rows: CaseTimelineRow[], d: Omit<MapperDeps, 'protector' | 'viewer'>): CasePublicView {
  const status = c.status as CaseStatus;
  return {
    number: c.number,
    item: itemRef(c, d.snapshot),
    status,
    statusLabel: CASE_STATUS_LABEL[status],
    channel: c.channel as CasePublicView['channel'],
    timeline: timeline(rows),
    dates: caseDates(c, d.calendar, d.today),
    progress: caseProgress(status),
    nextStep: caseNextStep(status),
  };
}
