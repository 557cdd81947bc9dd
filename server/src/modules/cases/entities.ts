// Case tables: the case (办件) with its sealed applicant and answers, the materials attached to it,
// its timeline, the per-day sequence behind unified numbers, and drafts.
import { EntitySchema } from 'typeorm';
import type { CasePause } from '@bianmin/shared';
import { AgentConsentCodeEntity } from './consent-entity';

export interface CorrectionItemRow {
  kind: 'material' | 'field';
  ref: string;
  label: string;
  problem: string;
}
export interface CorrectionRow {
  requestedAt: string;
  note: string | null;
  items: CorrectionItemRow[];
}

export interface ExtensionRow {
  days: number;
  reason: string;
  approvedBy: string;
  at: string;
}
export interface DecisionRow {
  result: 'approve' | 'deny' | 'not_accept';
  reason: string | null;
  basis: string | null;
  note: string | null;
  at: string;
  byUserId: string;
}
export interface DispatchRow {
  method: 'pickup' | 'post';
  trackingNumber: string | null;
  /** Sealed 6-digit pickup code (shown to the applicant, checked at the window). */
  pickupCodeEnc: string | null;
  at: string;
  byUserId: string;
}
/** A case pause with why it was opened (the deadline functions read only from/to). */
export interface CasePauseRow extends CasePause {
  reason?: 'correction' | 'procedure';
  procedure?: string;
}

export interface CaseRow {
  id: string;
  number: string;
  /** Keyed HMAC of number + query code: the code itself is never stored. */
  queryCodeHash: string;
  itemCode: string;
  departmentCode: string;
  catalogueVersion: string;
  status: string;
  /** Whether the case was ever accepted (a correction during review returns it to review). */
  accepted: boolean;
  channel: string;
  applicantUserId: string | null;
  filedByUserId: string;
  applicantKind: string;
  /** Sealed JSON: { name, idNumber } or { name, creditCode, legalRepresentative }. */
  applicantEnc: string;
  /** Keyed hash of the applicant's ID number or credit code (cases of one applicant, across channels). */
  applicantHash: string | null;
  contactPhoneEnc: string;
  /** Sealed JSON of the form answers (they may hold other people's ID numbers and phones). */
  answersEnc: string;
  correction: CorrectionRow | null;
  receivedOn: string;
  acceptedOn: string | null;
  legalLimitDays: number;
  promisedLimitDays: number;
  pauses: CasePauseRow[];
  submittedAt: Date;
  decidedAt: Date | null;
  handlerUserId: string | null;
  extension: ExtensionRow | null;
  decision: DecisionRow | null;
  /** Sealed JSON of the DeliveryChoice; null = collect at the window. */
  deliveryEnc: string | null;
  dispatch: DispatchRow | null;
  reusedCertificates: { materialId: number; number: string; type: string }[] | null;
  concludedAt: Date | null;
  deliveredAt: Date | null;
  /** When the courier reported the posted result returned (退件); cleared by dispatching again. */
  parcelReturnedAt: Date | null;
  updatedAt: Date;
  /** Every update is conditional on it; it also names each change's event. */
  version: number;
}

export interface CaseMaterialRow {
  caseId: string;
  uploadId: string;
  materialId: number;
  materialName: string;
  position: number;
}

export interface CaseTimelineRow {
  id: number;
  caseId: string;
  action: string;
  status: string;
  actor: string;
  actorId: string | null;
  note: string | null;
  at: Date;
}

export interface CaseNumberSequenceRow {
  day: string;
  lastValue: number;
}

export interface CaseDraftRow {
  userId: string;
  itemCode: string;
  contentEnc: string;
  updatedAt: Date;
}

const id36 = { type: 'varchar', length: 36 } as const;
const code = { type: 'varchar', length: 80 } as const;
const date10 = { type: 'varchar', length: 10 } as const;

export const CaseEntity = new EntitySchema<CaseRow>({
  name: 'CaseRecord',
  tableName: 'case_record',
  columns: {
    id: { ...id36, primary: true },
    number: { type: 'varchar', length: 32 },
    queryCodeHash: { name: 'query_code_hash', type: 'varchar', length: 64 },
    itemCode: { ...code, name: 'item_code' },
    departmentCode: { ...code, name: 'department_code' },
    catalogueVersion: { name: 'catalogue_version', type: 'varchar', length: 40 },
    status: { type: 'varchar', length: 24 },
    accepted: { type: 'boolean' },
    channel: { type: 'varchar', length: 12 },
    applicantUserId: { ...id36, name: 'applicant_user_id', nullable: true },
    filedByUserId: { ...id36, name: 'filed_by_user_id' },
    applicantKind: { name: 'applicant_kind', type: 'varchar', length: 12 },
    applicantEnc: { name: 'applicant_enc', type: 'text' },
    applicantHash: { name: 'applicant_hash', type: 'varchar', length: 64, nullable: true },
    contactPhoneEnc: { name: 'contact_phone_enc', type: 'varchar', length: 200 },
    answersEnc: { name: 'answers_enc', type: 'text' },
    correction: { type: 'simple-json', nullable: true },
    receivedOn: { ...date10, name: 'received_on' },
    acceptedOn: { ...date10, name: 'accepted_on', nullable: true },
    legalLimitDays: { name: 'legal_limit_days', type: 'int' },
    promisedLimitDays: { name: 'promised_limit_days', type: 'int' },
    pauses: { type: 'simple-json' },
    submittedAt: { name: 'submitted_at', type: 'datetime' },
    decidedAt: { name: 'decided_at', type: 'datetime', nullable: true },
    handlerUserId: { ...id36, name: 'handler_user_id', nullable: true },
    extension: { type: 'simple-json', nullable: true },
    decision: { type: 'simple-json', nullable: true },
    deliveryEnc: { name: 'delivery_enc', type: 'text', nullable: true },
    dispatch: { type: 'simple-json', nullable: true },
    reusedCertificates: { name: 'reused_certificates', type: 'simple-json', nullable: true },
    concludedAt: { name: 'concluded_at', type: 'datetime', nullable: true },
    deliveredAt: { name: 'delivered_at', type: 'datetime', nullable: true },
    parcelReturnedAt: { name: 'parcel_returned_at', type: 'datetime', nullable: true },
    updatedAt: { name: 'updated_at', type: 'datetime' },
    version: { type: 'int' },
  },
});

export const CaseMaterialEntity = new EntitySchema<CaseMaterialRow>({
  name: 'CaseMaterial',
  tableName: 'case_material',
  columns: {
    caseId: { ...id36, name: 'case_id', primary: true },
    uploadId: { ...id36, name: 'upload_id', primary: true },
    materialId: { name: 'material_id', type: 'int' },
    materialName: { name: 'material_name', type: 'varchar', length: 120 },
    position: { type: 'int' },
  },
});

export const CaseTimelineEntity = new EntitySchema<CaseTimelineRow>({
  name: 'CaseTimeline',
  tableName: 'case_timeline',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    caseId: { ...id36, name: 'case_id' },
    action: { type: 'varchar', length: 24 },
    status: { type: 'varchar', length: 24 },
    actor: { type: 'varchar', length: 12 },
    actorId: { ...id36, name: 'actor_id', nullable: true },
    note: { type: 'varchar', length: 500, nullable: true },
    at: { type: 'datetime' },
  },
});

export const CaseNumberSequenceEntity = new EntitySchema<CaseNumberSequenceRow>({
  name: 'CaseNumberSequence',
  tableName: 'case_number_sequence',
  columns: {
    day: { type: 'varchar', length: 8, primary: true },
    lastValue: { name: 'last_value', type: 'int' },
  },
});

export const CaseDraftEntity = new EntitySchema<CaseDraftRow>({
  name: 'CaseDraft',
  tableName: 'case_draft',
  columns: {
    userId: { ...id36, name: 'user_id', primary: true },
    itemCode: { ...code, name: 'item_code', primary: true },
    contentEnc: { name: 'content_enc', type: 'text' },
    updatedAt: { name: 'updated_at', type: 'datetime' },
  },
});

export interface CaseNoteRow {
  id: number;
  caseId: string;
  authorId: string;
  textEnc: string;
  at: Date;
}
export const CaseNoteEntity = new EntitySchema<CaseNoteRow>({
  name: 'CaseNote',
  tableName: 'case_note',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    caseId: { ...id36, name: 'case_id' },
    authorId: { ...id36, name: 'author_id' },
    textEnc: { name: 'text_enc', type: 'varchar', length: 4000 },
    at: { type: 'datetime' },
  },
});

export interface CertificateRow {
  id: string;
  number: string;
  verificationHash: string;
  verificationEnc: string;
  type: string;
  holderEnc: string;
  holderUserId: string | null;
  caseId: string;
  issuer: string;
  issuedOn: string;
  validFrom: string;
  validTo: string | null;
  status: string;
  createdAt: Date;
}
export const CertificateEntity = new EntitySchema<CertificateRow>({
  name: 'Certificate',
  tableName: 'certificate',
  columns: {
    id: { ...id36, primary: true },
    number: { type: 'varchar', length: 40 },
    verificationHash: { name: 'verification_hash', type: 'varchar', length: 64 },
    verificationEnc: { name: 'verification_enc', type: 'varchar', length: 200 },
    type: { type: 'varchar', length: 40 },
    holderEnc: { name: 'holder_enc', type: 'varchar', length: 400 },
    holderUserId: { ...id36, name: 'holder_user_id', nullable: true },
    caseId: { ...id36, name: 'case_id' },
    issuer: { type: 'varchar', length: 60 },
    issuedOn: { ...date10, name: 'issued_on' },
    validFrom: { ...date10, name: 'valid_from' },
    validTo: { ...date10, name: 'valid_to', nullable: true },
    status: { type: 'varchar', length: 12 },
    createdAt: { name: 'created_at', type: 'datetime' },
  },
});

export const caseEntities = [
  CaseEntity,
  CaseMaterialEntity,
  CaseTimelineEntity,
  CaseNumberSequenceEntity,
  CaseDraftEntity,
  CaseNoteEntity,
  CertificateEntity,
  AgentConsentCodeEntity,
];
