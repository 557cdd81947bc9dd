import { caseRoutes } from '@bianmin/shared/cases/case.routes';
import type { DraftInput, ResubmitRequest, SubmitCaseRequest } from '@bianmin/shared/cases/case.schema';
import type { RegisterCaseRequest } from '@bianmin/shared/cases/handling.schema';
import { handlingRoutes } from '@bianmin/shared/cases/handling.routes';
import { identityRoutes } from '@bianmin/shared/identity/identity.routes';
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

// ---- 窗口收件登记 / 社区代办 (staff) ----

/** The staff member's roles: a community agent files with the resident's consent, a window does not. */
export function getStaffRoles() {
  return api.call(identityRoutes.staffHome, {}, { silent: true }).then((h) => h.roles.map((r) => r.role));
}

/** Items that can be registered (those with an application form), by the resident's own words. */
export function searchRegistrableItems(q: string) {
  return api.call(guideRoutes.search, { query: { q, page: 1, pageSize: 20 } }, { silent: true }).then((r) => r.items);
}

/** `key`: the Idempotency-Key of this registration (see idempotency.ts). */
export function registerCase(key: string, body: RegisterCaseRequest) {
  return api.call(handlingRoutes.register, { body, headers: { 'idempotency-key': key } }, { silent: true });
}

/** 社区代办: a one-time code to the applicant's phone; they read it out to the agent as consent. */
export function requestConsentCode(phone: string) {
  return api.call(handlingRoutes.consentCode, { body: { phone } }, { silent: true });
}
