// How a case reads at the window: card colours, deadline kinds, inbox views, special procedures.
// Labels are copied from shared/cases/handling.schema.ts (typed against it, so they cannot drift)
// because that file's values bring zod into the bundle.
import type { CASE_CHANNEL_LABEL, TimelineStep } from '@bianmin/shared/cases/case.schema';
import type { CaseStatus } from '@bianmin/shared/cases/case-status';
import type {
  CARD_COLOUR_LABEL,
  SPECIAL_PROCEDURE_LABEL,
  SPECIAL_PROCEDURES,
  StaffCase,
  StaffCaseSummary,
  StaffCasesQuery,
} from '@bianmin/shared/cases/handling.schema';

export type InboxView = StaffCasesQuery['view'];
export type CardColour = StaffCase['card'];
export type ProcedureKind = (typeof SPECIAL_PROCEDURES)[number];

/** Colour is never the only signal: each card says what it means. */
export const CARD_LABEL: typeof CARD_COLOUR_LABEL = {
  red: '红牌（已超期）',
  orange: '橙牌（临近期限）',
  green: '绿牌（正常）',
  blue: '蓝牌（已办结）',
};

export const PROCEDURE_LABEL: typeof SPECIAL_PROCEDURE_LABEL = {
  hearing: '听证',
  bidding: '招标',
  auction: '拍卖',
  testing: '检验',
  inspection: '检测',
  quarantine: '检疫',
  appraisal: '鉴定',
  expert_review: '专家评审',
};

export const CHANNEL_LABEL: typeof CASE_CHANNEL_LABEL = { online: '网上申报', window: '窗口申报', agent: '社区代办' };

export const DUE_KIND_LABEL: Record<NonNullable<StaffCaseSummary['dueKind']>, string> = {
  acceptance: '受理期限',
  decision: '办结期限',
  delivery: '送达期限',
};

/** The inbox tabs and the statuses each holds (as the server files them; `all`: every status). */
export const INBOX_VIEWS: { view: InboxView; label: string; statuses: CaseStatus[] | null }[] = [
  {
    view: 'todo',
    label: '待办',
    statuses: ['submitted', 'resubmitted', 'correction_requested', 'accepted', 'under_review', 'approved', 'denied', 'concluded'],
  },
  { view: 'acceptance', label: '待受理', statuses: ['submitted', 'resubmitted'] },
  { view: 'review', label: '审查中', statuses: ['accepted', 'under_review', 'correction_requested'] },
  { view: 'dispatch', label: '待发件', statuses: ['approved', 'denied', 'concluded'] },
  { view: 'all', label: '全部', statuses: null },
];

/** How many cases a tab holds, from the per-status counts. */
export function countOf(statuses: CaseStatus[] | null, counts: Record<string, number>): number {
  const keys = statuses ?? Object.keys(counts);
  return keys.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
}

/** Timeline steps that keep the status: named, since the status label alone would repeat. */
export const STEP_LABEL: Partial<Record<TimelineStep, string>> = {
  extend: '延期',
  start_procedure: '开始特别程序',
  end_procedure: '特别程序结束',
  dispatch: '发件',
};

/** A special procedure has started and not yet ended (the timeline tells; the clock is paused). */
export function procedureOpen(c: Pick<StaffCase, 'timeline'>): boolean {
  const last = c.timeline.filter((e) => e.action === 'start_procedure' || e.action === 'end_procedure').at(-1);
  return last?.action === 'start_procedure';
}
