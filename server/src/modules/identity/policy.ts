// The one place that decides access. Denials surface as 404 (never 403): a caller without the
// right must not learn that a record or a staff function exists.
import type { Role, RoleGrant } from '@bianmin/shared';
import { NotFoundError } from '../../errors';

export interface Principal {
  userId: string;
  kind: 'resident' | 'staff';
  roles: RoleGrant[];
  /** The refresh-token family: signing out ends it everywhere. */
  sessionId: string;
}

const STAFF_ROLES: Role[] = ['window_staff', 'reviewer', 'community_agent', 'supervisor', 'admin'];

export type Action = 'staff.home' | 'admin.staff.manage' | 'admin.audit.read' | 'admin.personalData.read' | 'admin.appointments.manage';

const RULES: Record<Action, (p: Principal) => boolean> = {
  'staff.home': (p) => p.roles.some((g) => STAFF_ROLES.includes(g.role)),
  'admin.staff.manage': (p) => hasRole(p, 'admin'),
  'admin.audit.read': (p) => hasRole(p, 'admin'),
  'admin.personalData.read': (p) => hasRole(p, 'admin'),
  'admin.appointments.manage': (p) => hasRole(p, 'admin'),
};

export function hasRole(p: Principal, role: Role): boolean {
  return p.roles.some((g) => g.role === role);
}

export function isStaffRoleSet(roles: RoleGrant[]): boolean {
  return roles.some((g) => STAFF_ROLES.includes(g.role));
}

export function can(p: Principal, action: Action): boolean {
  return RULES[action](p);
}

export function assertCan(p: Principal, action: Action): void {
  if (!can(p, action)) throw new NotFoundError('请求的内容不存在');
}

/** Window staff of the hall (or a district-wide admin) may run its appointments. */
export function servesHall(p: Principal, hallCode: string): boolean {
  return p.roles.some(
    (g) => (g.role === 'window_staff' && scopeCovers(g, { hallCode })) || (g.role === 'admin' && g.scopeType === 'district'),
  );
}

/**
 * The window's side of a case (内网审查). Receiving, acceptance, 补正 before acceptance, dispatch and
 * delivery are the window's (统一收件、统一发件): window staff of a hall that serves the item.
 * Assignment, review notes, 补正 during review, extension, special procedures and the decision
 * are the department's: reviewers of the item's department. Supervisors read; administrators
 * district-wide may do all. Anything else is a 404.
 */
export type CaseWork = 'read' | 'receive' | 'review';

export function mayWorkOnCase(
  p: Principal,
  work: CaseWork,
  target: { departmentCode: string; servedByHall: (hall: string) => boolean },
): boolean {
  return p.roles.some((g) => {
    if (g.role === 'admin') return g.scopeType === 'district';
    const hall = g.scopeType === 'hall' && !!g.scopeCode && target.servedByHall(g.scopeCode);
    const department = scopeCovers(g, { departmentCode: target.departmentCode }) && g.scopeType !== 'hall';
    if (g.role === 'window_staff') return (work === 'read' || work === 'receive') && (hall || department);
    if (g.role === 'reviewer') return (work === 'read' || work === 'review') && (department || hall);
    if (g.role === 'supervisor') return work === 'read' && (department || hall);
    return false;
  });
}

/** Who may file a case for someone else: window staff of a hall serving the item (窗口收件), or a community agent (代办). */
export function filingChannel(p: Principal, target: { servedByHall: (hall: string) => boolean }): 'window' | 'agent' | null {
  if (
    p.roles.some(
      (g) =>
        (g.role === 'window_staff' && g.scopeType === 'hall' && !!g.scopeCode && target.servedByHall(g.scopeCode)) ||
        (g.role === 'admin' && g.scopeType === 'district'),
    )
  )
    return 'window';
  if (p.roles.some((g) => g.role === 'community_agent')) return 'agent';
  return null;
}

/** Whether a grant covers a hall or department: district-wide grants cover everything. */
export function scopeCovers(grant: RoleGrant, target: { hallCode?: string; departmentCode?: string }): boolean {
  if (grant.scopeType === 'district') return true;
  if (grant.scopeType === 'hall') return grant.scopeCode === target.hallCode;
  if (grant.scopeType === 'department') return grant.scopeCode === target.departmentCode;
  return false;
}
