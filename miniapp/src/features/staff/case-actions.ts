// Which steps this member of staff may take on a case now: the state machine's steps the server
// lists in `actions` (already filtered by role and scope), plus the reviewer's steps that keep the
// status (审查意见, 延期, 特别程序, 改派), offered by role; the server has the last word on each.
import type { Me } from '@bianmin/shared/identity/auth.schema';
import type { StaffCase } from '@bianmin/shared/cases/handling.schema';
import { procedureOpen } from './case-display';

export type ActionKey =
  | 'accept'
  | 'not_accept'
  | 'request_correction'
  | 'assign'
  | 'note'
  | 'extend'
  | 'procedure_start'
  | 'procedure_end'
  | 'approve'
  | 'deny'
  | 'conclude'
  | 'deliver';

const MACHINE: Partial<Record<StaffCase['actions'][number], ActionKey>> = {
  accept: 'accept',
  not_accept: 'not_accept',
  request_correction: 'request_correction',
  start_review: 'assign',
  approve: 'approve',
  deny: 'deny',
  conclude: 'conclude',
  deliver: 'deliver',
};

/** Whether `me` reviews this case's department (policy.ts: reviewers by department or hall, district admins). */
export function reviews(me: Pick<Me, 'roles'>, c: Pick<StaffCase, 'item'>): boolean {
  return me.roles.some(
    (r) =>
      (r.role === 'admin' && r.scopeType === 'district') ||
      (r.role === 'reviewer' &&
        (r.scopeType === 'district' || r.scopeType === 'hall' || (r.scopeType === 'department' && r.scopeCode === c.item.department.code))),
  );
}

export function actionsFor(c: StaffCase, me: Pick<Me, 'roles'>): ActionKey[] {
  const keys = new Set(c.actions.flatMap((a) => MACHINE[a] ?? []));
  if (reviews(me, c)) {
    if (c.status === 'under_review') keys.add('assign');
    keys.add('note');
    if (!c.extension && !c.decision && (c.status === 'accepted' || c.status === 'under_review')) keys.add('extend');
    if (c.status === 'under_review') keys.add(procedureOpen(c) ? 'procedure_end' : 'procedure_start');
  }
  const order: ActionKey[] = [
    'accept',
    'not_accept',
    'request_correction',
    'assign',
    'approve',
    'deny',
    'procedure_start',
    'procedure_end',
    'extend',
    'note',
    'conclude',
    'deliver',
  ];
  return order.filter((k) => keys.has(k));
}

export function actionLabel(key: ActionKey, c: Pick<StaffCase, 'handler'>): string {
  const labels: Record<ActionKey, string> = {
    accept: '受理',
    not_accept: '不予受理',
    request_correction: '一次性告知补正',
    assign: c.handler ? '改派承办人' : '指定承办人',
    note: '写审查意见',
    extend: '延期',
    procedure_start: '特别程序',
    procedure_end: '结束特别程序',
    approve: '准予许可',
    deny: '不予许可',
    conclude: '发件（办结）',
    deliver: '送达',
  };
  return labels[key];
}
