import { caseRoutes } from '@bianmin/shared/cases/case.routes';
import type { DraftInput, ResubmitRequest, SubmitCaseRequest } from '@bianmin/shared/cases/case.schema';
import { handlingRoutes } from '@bianmin/shared/cases/handling.routes';
import { guideRoutes } from '@bianmin/shared/guides/guide.routes';
import { uploadRoutes } from '@bianmin/shared/uploads/upload.routes';
import { api, ApiError } from '@/lib/request';

export const CASE_PAGE_SIZE = 20;
export type CaseState = 'all' | 'open' | 'closed';

export function getGuide(code: string) {
  return api.call(guideRoutes.detail, { params: { code } }, { silent: true });
}

/** The resident's saved draft of this item's application, or null when there is none. */
export async function getDraft(itemCode: string) {
  try {
    return await api.call(caseRoutes.draft, { params: { itemCode } }, { silent: true });
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}

export function saveDraft(itemCode: string, body: DraftInput) {
  return api.call(caseRoutes.saveDraft, { params: { itemCode }, body }, { silent: true });
}

/** `key`: the Idempotency-Key of this submission (see idempotency.ts). */
export function submitCase(key: string, body: SubmitCaseRequest) {
  return api.call(caseRoutes.submit, { body, headers: { 'idempotency-key': key } }, { silent: true });
}

export function listMyCases(state: CaseState, page: number) {
  return api.call(caseRoutes.mine, { query: { state, page, pageSize: CASE_PAGE_SIZE } }, { silent: true });
}

export function getCase(number: string) {
  return api.call(caseRoutes.get, { params: { number } }, { silent: true });
}

export function withdrawCase(number: string, reason: string) {
  return api.call(caseRoutes.withdraw, { params: { number }, body: { reason: reason.trim() || undefined } }, { silent: true });
}

/** 办件查询: public, so no token is sent (and no refresh is tried). */
export function lookupCase(number: string, code: string) {
  return api.call(caseRoutes.lookup, { query: { number, code } }, { silent: true, anonymous: true });
}

/** Files uploaded before, offered again (材料复用); not essential, so a failure offers none. */
export function listReusableUploads() {
  return api
    .call(uploadRoutes.mine, {}, { silent: true })
    .then((r) => r.items)
    .catch(() => []);
}

/** 补正: only what the notice lists. `key`: the Idempotency-Key of this resubmission. */
export function resubmitCase(number: string, key: string, body: ResubmitRequest) {
  return api.call(caseRoutes.resubmit, { params: { number }, body, headers: { 'idempotency-key': key } }, { silent: true });
}

/** 我的证照: certificates this government issued to the resident. */
export function listMyCertificates() {
  return api.call(handlingRoutes.myCertificates, {}, { silent: true }).then((r) => r.items);
}

/** Valid certificates, offered for materials (电子证照复用); not essential, so a failure offers none. */
export function listUsableCertificates() {
  return listMyCertificates()
    .then((items) => items.filter((c) => c.status === 'valid'))
    .catch(() => []);
}
