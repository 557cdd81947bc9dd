// Who on the staff side hears of a case: its handler, and the supervisors whose grant covers its
// department (or the whole district) — the same rule as the 超时警告 job (cases/handling/deadline-alerts.ts).
import type { DataSource } from 'typeorm';
import { RoleGrantEntity } from '../../identity/index';
import type { StaffDirectory } from './render';

export function createStaffDirectory(dataSource: DataSource): StaffDirectory {
  return {
    async handlerOf(caseNumber) {
      // Read by table: the cases module exports no entity, and one column is all this needs.
      const row = await dataSource
        .createQueryBuilder()
        .select('c.handler_user_id', 'handler')
        .from('case_record', 'c')
        .where('c.number = :n', { n: caseNumber })
        .getRawOne<{ handler: string | null }>();
      return row?.handler ?? null;
    },
    async supervisorsOf(departmentCode) {
      const grants = await dataSource.getRepository(RoleGrantEntity).find({ where: { role: 'supervisor' } });
      return grants
        .filter((g) => g.scopeType === 'district' || (g.scopeType === 'department' && g.scopeCode === departmentCode))
        .map((g) => g.userId);
    },
  };
}
