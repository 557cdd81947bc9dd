// The window's side of a case (内网审查): the inbox, one case, and each step on it. Every step
// answers with the case as it now is (StaffCase), which the page shows in place of the old one.
import { handlingRoutes } from '@bianmin/shared/cases/handling.routes';
import type { CASE_NOTICE_KINDS, CorrectionRequest, DecisionRequest, StaffCasesQuery } from '@bianmin/shared/cases/handling.schema';
import { guideRoutes } from '@bianmin/shared/guides/guide.routes';
import { api, ApiError } from '@/lib/request';
import type { ProcedureKind } from './case-display';

export const INBOX_PAGE_SIZE = 20;

export function listInbox(view: StaffCasesQuery['view'], page: number) {
  return api.call(handlingRoutes.inbox, { query: { view, page, pageSize: INBOX_PAGE_SIZE } }, { silent: true });
}

export function getStaffCase(number: string) {
  return api.call(handlingRoutes.view, { params: { number } }, { silent: true });
}

/** The item's guide: the materials and application form a correction notice names. */
export function getGuide(code: string) {
  return api.call(guideRoutes.detail, { params: { code } }, { silent: true });
}

const at = (number: string) => ({ params: { number } });
const quiet = { silent: true };

/** Each step on a case, by the case number. */
export const caseSteps = {
  accept: (n: string) => api.call(handlingRoutes.accept, at(n), quiet),
  notAccept: (n: string, body: { reason: string; basis: string }) => api.call(handlingRoutes.notAccept, { ...at(n), body }, quiet),
  requestCorrection: (n: string, body: CorrectionRequest) => api.call(handlingRoutes.requestCorrection, { ...at(n), body }, quiet),
  assign: (n: string, handlerId: string) => api.call(handlingRoutes.assign, { ...at(n), body: { handlerId } }, quiet),
  note: (n: string, text: string) => api.call(handlingRoutes.note, { ...at(n), body: { text } }, quiet),
  extend: (n: string, body: { reason: string; approvedBy: string }) => api.call(handlingRoutes.extend, { ...at(n), body }, quiet),
  startProcedure: (n: string, body: { procedure: ProcedureKind; note: string }) =>
    api.call(handlingRoutes.startProcedure, { ...at(n), body }, quiet),
  endProcedure: (n: string, result: string) => api.call(handlingRoutes.endProcedure, { ...at(n), body: { result } }, quiet),
  decide: (n: string, body: DecisionRequest) => api.call(handlingRoutes.decide, { ...at(n), body }, quiet),
  dispatch: (n: string, body: { method: 'pickup' } | { method: 'post'; trackingNumber?: string }) =>
    api.call(handlingRoutes.dispatch, { ...at(n), body }, quiet),
  deliver: (n: string, pickupCode?: string) =>
    api.call(handlingRoutes.deliver, { ...at(n), body: pickupCode === undefined ? {} : { pickupCode } }, quiet),
};

/** The case moved on meanwhile, or the step no longer applies (409): the page offers to reload. */
export function isStale(err: unknown): boolean {
  return err instanceof ApiError && err.status === 409;
}

/** A 400's messages per field (`reason`, `items.0.problem`, `certificate.validTo` …). */
export function fieldErrorsOf(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError) || !err.fieldErrors) return {};
  return Object.fromEntries(Object.entries(err.fieldErrors).flatMap(([k, v]) => (v[0] ? [[k, v[0]]] : [])));
}

/** The applicant's full identity: every read is written to the audit log (个人信息查阅). */
export function revealApplicant(number: string) {
  return api.call(handlingRoutes.applicant, at(number), quiet);
}

/** Who may take the case over (承办人 of its department), with their open cases. */
export function listHandlers(number: string) {
  return api.call(handlingRoutes.handlers, at(number), quiet).then((r) => r.items);
}

/** 本站代办情况: the community station's cases, by status and by agent. */
export function getStationWorkload() {
  return api.call(handlingRoutes.stationWorkload, {}, quiet);
}

/** Where a written notice (受理/不予受理/补正通知书) of the case is downloaded. */
export type CaseNoticeKind = (typeof CASE_NOTICE_KINDS)[number];
export const noticePath = (number: string, kind: CaseNoticeKind) => `/api/v1/cases/${encodeURIComponent(number)}/notices/${kind}`;
