// The case's statuses and the only ways between them (外网申报、内网审查、外网反馈), one machine
// both sides use: the server refuses a step the machine does not allow, the mini-app shows only
// the steps it allows. A correction (补正) before acceptance and one during review share a
// status; resubmitting returns to where the case was — awaiting acceptance, or under review.

export const CASE_STATUSES = [
  'draft',
  'submitted',
  'correction_requested',
  'resubmitted',
  'accepted',
  'not_accepted',
  'under_review',
  'approved',
  'denied',
  'concluded',
  'delivered',
  'withdrawn',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABEL: Record<CaseStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  correction_requested: '待补正',
  resubmitted: '已补正',
  accepted: '已受理',
  not_accepted: '不予受理',
  under_review: '审查中',
  approved: '准予许可',
  denied: '不予许可',
  concluded: '已办结',
  delivered: '已送达',
  withdrawn: '已撤回',
};

export const CASE_ACTIONS = [
  'submit',
  'request_correction',
  'resubmit',
  'accept',
  'deem_accepted',
  'not_accept',
  'start_review',
  'approve',
  'deny',
  'conclude',
  'deliver',
  'withdraw',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** What the machine needs to know besides the status: whether the case was accepted (补正 during review). */
export interface CaseContext {
  accepted: boolean;
}

const AWAITING_ACCEPTANCE: readonly CaseStatus[] = ['submitted', 'resubmitted'];
/** Before a decision the applicant may withdraw (撤回申请). */
const WITHDRAWABLE: readonly CaseStatus[] = ['draft', 'submitted', 'correction_requested', 'resubmitted', 'accepted', 'under_review'];

const RULES: Record<CaseAction, (from: CaseStatus, c: CaseContext) => CaseStatus | null> = {
  submit: (from) => (from === 'draft' ? 'submitted' : null),
  request_correction: (from) => (AWAITING_ACCEPTANCE.includes(from) || from === 'under_review' ? 'correction_requested' : null),
  resubmit: (from, c) => (from === 'correction_requested' ? (c.accepted ? 'under_review' : 'resubmitted') : null),
  accept: (from) => (AWAITING_ACCEPTANCE.includes(from) ? 'accepted' : null),
  // 第三十二条: not told within 5 working days of receipt → accepted from the day of receipt.
  deem_accepted: (from) => (AWAITING_ACCEPTANCE.includes(from) ? 'accepted' : null),
  not_accept: (from) => (AWAITING_ACCEPTANCE.includes(from) ? 'not_accepted' : null),
  start_review: (from) => (from === 'accepted' ? 'under_review' : null),
  approve: (from) => (from === 'under_review' ? 'approved' : null),
  deny: (from) => (from === 'under_review' ? 'denied' : null),
  conclude: (from) => (from === 'approved' || from === 'denied' ? 'concluded' : null),
  deliver: (from) => (from === 'concluded' ? 'delivered' : null),
  withdraw: (from) => (WITHDRAWABLE.includes(from) ? 'withdrawn' : null),
};

/** The status after `action`, or null when the machine does not allow it from `from`. */
export function nextCaseStatus(from: CaseStatus, action: CaseAction, context: CaseContext): CaseStatus | null {
  return RULES[action](from, context);
}

/** The actions allowed from a status. */
export function allowedCaseActions(from: CaseStatus, context: CaseContext): CaseAction[] {
  return CASE_ACTIONS.filter((a) => RULES[a](from, context) !== null);
}

/** No step leads out of these. */
export const TERMINAL_CASE_STATUSES: readonly CaseStatus[] = ['not_accepted', 'delivered', 'withdrawn'];
export const isTerminalCaseStatus = (s: CaseStatus) => TERMINAL_CASE_STATUSES.includes(s);

/** Where a case stands for the machine. */
export interface CaseState extends CaseContext {
  status: CaseStatus;
}

/** The state after `action` (acceptance remembered for later corrections), or null when not allowed. */
export function applyCaseAction(state: CaseState, action: CaseAction): CaseState | null {
  const status = nextCaseStatus(state.status, action, state);
  if (!status) return null;
  return { status, accepted: state.accepted || status === 'accepted' };
}
