// Submitting an application (微信申报): checked in full before the transaction; then, in ONE
// transaction, a unified number, the case with its sealed applicant and answers, its materials, the
// first timeline entry, the event, and the idempotency record — so a double tap makes one case.
import { randomUUID } from 'node:crypto';
import { In, IsNull, type EntityManager } from 'typeorm';
import type { DeliveryChoice, SubmitCaseRequest } from '@bianmin/shared';
import { AppError, NotFoundError } from '../../errors';
import type { StoredResponse } from '../../platform/idempotency';
import type { Principal } from '../identity/index';
import { UploadEntity } from '../uploads/index';
import { checkSubmission, type CheckedSubmission } from './check-submission';
import type { CatalogueSnapshot } from '../catalogue/index';
import type { ItemApplication } from './item-form';
import { CaseDraftEntity, CaseEntity, CaseMaterialEntity, type CaseRow, CaseTimelineEntity } from './entities';
import { caseOutbox } from './events';
import type { SealedApplicant } from './mapper';
import { allocateCaseNumber, newQueryCode, queryCodeHash } from './numbering';
import type { CaseDeps } from './case-service';

/** What the idempotency record keeps: the number and the query code, sealed (the code is never stored in the clear). */
export interface SubmissionAnswer {
  number: string;
  queryCodeSealed: string;
}

export function createSubmission(d: CaseDeps) {
  async function prepare(p: Principal, body: SubmitCaseRequest) {
    const snapshot = await d.catalogue.current();
    const app = await d.itemForms.of(snapshot, body.itemCode);
    if (!app) throw new NotFoundError('没有找到这个事项，可能已调整或下线，请返回重新搜索');
    const identity = await d.residents.verifiedIdentity(p.userId);
    if (!identity) throw new AppError('REAL_NAME_REQUIRED', 403, '提交申请前请先完成实名认证');
    const phone = body.contactPhone ?? (await d.residents.boundPhone(p.userId));
    const ids = [...new Set(body.materials.flatMap((m) => m.uploadIds))];
    const owned = ids.length
      ? await d.dataSource.getRepository(UploadEntity).find({ where: { id: In(ids), ownerId: p.userId }, select: { id: true, kind: true } })
      : [];
    const held = await d.heldCertificates(p.userId);
    const checked = checkSubmission(app, body, new Map(owned.map((u) => [u.id, u])), !!phone, held);
    const applicant: SealedApplicant =
      body.applicant.kind === 'individual'
        ? { name: identity.name, idNumber: identity.idNumber }
        : { name: body.applicant.name, creditCode: body.applicant.creditCode, legalRepresentative: body.applicant.legalRepresentative };
    const applicantHash =
      body.applicant.kind === 'individual' ? identity.idNumberHash : d.protector.keyedHash('credit-code', body.applicant.creditCode);
    return { snapshot, app, checked, applicant, applicantHash, phone: phone ?? '' };
  }
  type Prepared = Awaited<ReturnType<typeof prepare>>;

  async function record(em: EntityManager, p: Principal, body: SubmitCaseRequest, x: Prepared): Promise<StoredResponse> {
    const filing: Filing = {
      applicantUserId: p.userId,
      filedBy: p.userId,
      channel: 'online',
      actor: 'applicant',
      note: '网上提交申请',
      extra: [],
    };
    return { status: 201, body: await recordCase(em, d, { ...x, kind: body.applicant.kind, delivery: body.delivery }, filing) };
  }

  return {
    async submit(p: Principal, key: string, body: SubmitCaseRequest): Promise<{ status: number; answer: SubmissionAnswer }> {
      const stored = await d.idempotency.run(
        { ownerId: p.userId, key, operation: 'case.submit', request: body },
        (em, prepared: Prepared) => record(em, p, body, prepared),
        () => prepare(p, body),
      );
      return { status: stored.status, answer: stored.body as SubmissionAnswer };
    },
  };
}

/** Who files a case and how: online by the applicant, at the window by staff, or by a community agent with consent. */
export interface Filing {
  applicantUserId: string | null;
  filedBy: string;
  channel: 'online' | 'window' | 'agent';
  actor: 'applicant' | 'staff' | 'agent';
  note: string;
  /** Files besides the item's materials (the agent's signed authorisation), with the name shown for them. */
  extra: { uploadId: string; materialName: string }[];
}

export interface CaseToRecord {
  app: ItemApplication;
  snapshot: CatalogueSnapshot;
  checked: CheckedSubmission;
  applicant: SealedApplicant;
  applicantHash: string;
  phone: string;
  kind: 'individual' | 'legalPerson';
  delivery: DeliveryChoice | undefined;
}

/** The one way a case comes to exist: number, row, materials, first timeline entry, event — in the caller's transaction. */
export async function recordCase(em: EntityManager, d: CaseDeps, x: CaseToRecord, f: Filing): Promise<SubmissionAnswer> {
  const now = d.clock.now();
  const today = d.clock.today(now);
  const number = await allocateCaseNumber(em, d.districtCode, today);
  const queryCode = newQueryCode();
  const row: CaseRow = {
    id: randomUUID(),
    number,
    queryCodeHash: queryCodeHash(d.protector, number, queryCode),
    itemCode: x.app.item.code,
    departmentCode: x.app.item.departmentCode,
    catalogueVersion: x.snapshot.version ?? '0',
    status: 'submitted',
    accepted: false,
    channel: f.channel,
    applicantUserId: f.applicantUserId,
    filedByUserId: f.filedBy,
    applicantKind: x.kind,
    applicantEnc: d.protector.encrypt(JSON.stringify(x.applicant)),
    applicantHash: x.applicantHash,
    contactPhoneEnc: d.protector.encrypt(x.phone),
    answersEnc: d.protector.encrypt(JSON.stringify(x.checked.answers)),
    correction: null,
    receivedOn: today,
    acceptedOn: null,
    legalLimitDays: x.app.item.legalLimitDays,
    promisedLimitDays: x.app.item.promisedLimitDays,
    pauses: [],
    submittedAt: now,
    decidedAt: null,
    handlerUserId: null,
    extension: null,
    decision: null,
    deliveryEnc: x.delivery?.method === 'post' ? d.protector.encrypt(JSON.stringify(x.delivery)) : null,
    dispatch: null,
    reusedCertificates: x.checked.certificates.length ? x.checked.certificates : null,
    concludedAt: null,
    deliveredAt: null,
    parcelReturnedAt: null,
    updatedAt: now,
    version: 1,
  };
  await em.getRepository(CaseEntity).insert(row);
  const links = [
    ...x.checked.attachments,
    ...f.extra.map((e, i) => ({ materialId: 0, materialName: e.materialName, uploadId: e.uploadId, position: 900 + i })),
  ];
  if (links.length) {
    const uploadIds = links.map((a) => a.uploadId);
    // The files must still be there (the expiry job may have taken one since the check).
    const present = await em.getRepository(UploadEntity).count({ where: { id: In(uploadIds), ownerId: f.filedBy } });
    if (present !== new Set(uploadIds).size)
      throw new AppError('UPLOAD_NOT_USABLE', 422, '部分材料文件已过期（超过24小时未提交），请重新上传');
    await em.getRepository(UploadEntity).update({ id: In(uploadIds), attachedAt: IsNull() }, { attachedAt: now });
    await em.getRepository(CaseMaterialEntity).insert(links.map((a) => ({ caseId: row.id, ...a })));
  }
  await em.getRepository(CaseTimelineEntity).insert({
    caseId: row.id,
    action: 'submit',
    status: 'submitted',
    actor: f.actor,
    actorId: f.filedBy,
    note: f.note,
    at: now,
  });
  await caseOutbox.record(em, {
    type: 'case.submitted',
    aggregateId: row.id,
    userId: f.applicantUserId,
    dedupeKey: `case.submitted:${row.id}:v1`,
    payload: {
      number,
      itemCode: row.itemCode,
      itemName: x.app.item.name,
      status: row.status,
      queryCodeSealed: d.protector.encrypt(queryCode),
      channel: row.channel,
      departmentCode: row.departmentCode,
    },
  });
  if (f.channel === 'online') await em.getRepository(CaseDraftEntity).delete({ userId: f.filedBy, itemCode: row.itemCode });
  return { number, queryCodeSealed: d.protector.encrypt(queryCode) };
}
