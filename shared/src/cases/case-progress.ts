// Where a case stands, as residents read it: five steps (提交 → 受理 → 审查 → 决定 → 办结), and one
// sentence on what happens next and who acts. Zod-free: the mini-app shows it as a progress bar.
import type { CaseStatus } from './case-status';

const STEPS = ['提交申请', '受理', '审查', '作出决定', '办结送达'] as const;

const STEP_OF: Record<CaseStatus, number> = {
  draft: 0,
  submitted: 1,
  correction_requested: 1,
  resubmitted: 1,
  not_accepted: 2,
  accepted: 2,
  under_review: 3,
  approved: 4,
  denied: 4,
  concluded: 5,
  delivered: 5,
  withdrawn: 1,
};

export function caseProgress(status: CaseStatus): { step: number; of: number; label: string } {
  const step = STEP_OF[status];
  return { step, of: STEPS.length, label: STEPS[Math.max(0, step - 1)] ?? STEPS[0] };
}

const NEXT: Record<CaseStatus, string> = {
  draft: '请完成填写并提交申请。',
  submitted: '窗口工作人员将在5个工作日内审核材料并决定是否受理，结果会通知您。',
  correction_requested: '请按补正告知修改或补充所列材料后重新提交；其他内容无需改动。',
  resubmitted: '补正材料已收到，窗口工作人员将重新审核并决定是否受理。',
  accepted: '已受理，承办人将进行审查；办理期限从受理次日起按工作日计算。',
  not_accepted: '申请未被受理，原因和依据见办理记录；如有疑问可致电咨询。',
  under_review: '承办人正在审查，作出决定后会通知您。',
  approved: '已准予许可，将按您选择的方式送达结果。',
  denied: '决定不予许可，理由和依据见办理记录；您可依法申请行政复议或提起行政诉讼。',
  concluded: '已办结，结果将按您选择的方式送达。',
  delivered: '结果已送达，本次办理完成。',
  withdrawn: '申请已撤回，如需办理请重新申请。',
};

export const caseNextStep = (status: CaseStatus): string => NEXT[status];
