// Staff views of a case and of the hall's queue for component tests (typed by the shared DTOs, so
// drift fails typecheck).
import type { StaffCase, StaffCaseSummary } from '@bianmin/shared/cases/handling.schema';
import type { StaffHome } from '@bianmin/shared/identity/auth.schema';
import type { StaffQueueTicket } from '@bianmin/shared/queue/queue.schema';
import { caseDetail, caseSummary } from './fixtures';

export const STAFF_ID = '5f0c2b9e-3a41-4c7d-9e62-0d8a7b1c2e33';

/** The resident's case (as `caseDetail`) with what only the window sees. */
export const staffCase = (over: Partial<StaffCase> = {}): StaffCase => ({
  ...caseDetail({ canWithdraw: false }),
  parcelReturned: false,
  handler: null,
  notes: [],
  actions: ['request_correction', 'accept', 'not_accept'],
  card: 'green',
  extension: null,
  ...over,
});

/** The inbox row of `staffCase()`: what the resident's summary of it holds, and the window's columns. */
export const staffCaseSummary = (over: Partial<StaffCaseSummary> = {}): StaffCaseSummary => {
  const { number, item, status, statusLabel, channel, submittedAt, acceptanceDueOn, progress } = caseSummary();
  return {
    number,
    item,
    status,
    statusLabel,
    channel,
    submittedAt,
    progress,
    applicantName: '张*',
    handler: null,
    dueOn: acceptanceDueOn,
    dueKind: 'acceptance',
    card: 'green',
    parcelReturned: false,
    ...over,
  };
};

/** A window clerk at 城阳区政务服务中心. */
export const hallStaffHome = (displayName = '陈静'): StaffHome => ({
  displayName,
  roles: [{ role: 'window_staff', roleLabel: '窗口人员', scopeType: 'hall', scopeCode: 'cy-district', scopeName: '城阳区政务服务中心' }],
});

/** A walk-in's number, waiting to be called. */
export const queueTicket = (over: Partial<StaffQueueTicket> = {}): StaffQueueTicket => ({
  id: '9a1b2c3d-0000-4000-8000-000000000001',
  number: 'E001',
  kind: 'walk_in',
  status: 'waiting',
  statusLabel: '等候中',
  item: { code: 'JZZ', name: '居住证办理' },
  residentName: null,
  slotStart: null,
  window: null,
  issuedAt: '2026-11-27T01:00:00.000Z',
  calledAt: null,
  callCount: 0,
  ...over,
});
