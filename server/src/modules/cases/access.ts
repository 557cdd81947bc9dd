// Who may see a case: its applicant, the community agent who filed it for them, and staff whose
// department or hall handles the item. Anyone else gets a 404 — the case does not exist for them.
import { NotFoundError } from '../../errors';
import type { CatalogueSnapshot } from '../catalogue/index';
import { scopeCovers, type Principal } from '../identity/index';
import type { CaseRow } from './entities';

const CASE_STAFF_ROLES = new Set(['window_staff', 'reviewer', 'supervisor', 'admin']);

export function staffHandles(p: Principal, c: Pick<CaseRow, 'itemCode' | 'departmentCode'>, snapshot: CatalogueSnapshot): boolean {
  const item = { code: c.itemCode, departmentCode: c.departmentCode };
  return p.roles.some((g) => {
    if (!CASE_STAFF_ROLES.has(g.role)) return false;
    if (g.scopeType === 'hall') return !!g.scopeCode && snapshot.hallServes(g.scopeCode, item);
    return scopeCovers(g, { departmentCode: c.departmentCode });
  });
}

export function canSeeCase(p: Principal, c: CaseRow, snapshot: CatalogueSnapshot): boolean {
  return c.applicantUserId === p.userId || c.filedByUserId === p.userId || staffHandles(p, c, snapshot);
}

export const caseNotFound = () => new NotFoundError('没有找到该办件，请核对办件编号');

export function assertCanSee(p: Principal, c: CaseRow | null, snapshot: CatalogueSnapshot): CaseRow {
  if (!c || !canSeeCase(p, c, snapshot)) throw caseNotFound();
  return c;
}
