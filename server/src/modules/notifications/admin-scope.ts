// Whose deliveries a member of staff may look into. Administrators: all. Supervisors: what their
// grant covers, as for reading a case (cases/access.ts) — district-wide all; a department its cases
// and its items' appointments; a hall the cases of items it serves and its own appointments.
// Everyone else: nothing (404). Cases and appointments are read by table: neither module exports
// its entity, and two columns are all this needs.
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { NotFoundError } from '../../errors';
import type { CatalogueReader, CatalogueSnapshot } from '../catalogue/index';
import { hasRole, type Principal } from '../identity/index';

/** null: everything; otherwise the supervisor's departments and halls. */
export type DeliveryScope = { departments: string[]; halls: string[] } | null;

/** What the principal may see; anyone neither administrator nor supervisor: 404, as for any record not theirs. */
export function deliveryScopeOf(p: Principal): DeliveryScope {
  if (hasRole(p, 'admin')) return null;
  const grants = p.roles.filter((g) => g.role === 'supervisor');
  if (!grants.length) throw new NotFoundError('页面不存在');
  if (grants.some((g) => g.scopeType === 'district')) return null;
  const codes = (type: string) => grants.flatMap((g) => (g.scopeType === type && g.scopeCode ? [g.scopeCode] : []));
  return { departments: codes('department'), halls: codes('hall') };
}

/** Cases of the scope: of its departments, or of an item (or department) one of its halls serves. */
function caseReach(scope: NonNullable<DeliveryScope>, snapshot: CatalogueSnapshot) {
  const windows = scope.halls.flatMap((h) => snapshot.windowsByHall.get(h) ?? []);
  return {
    departments: [...new Set([...scope.departments, ...windows.flatMap((w) => w.departmentCodes)])],
    items: [...new Set(windows.flatMap((w) => w.itemCodes))],
  };
}

/** Appointments of the scope: for its departments' items, or at its halls. */
function appointmentReach(scope: NonNullable<DeliveryScope>, snapshot: CatalogueSnapshot) {
  const departments = new Set(scope.departments);
  return { items: snapshot.items.filter((i) => departments.has(i.departmentCode)).map((i) => i.code), halls: scope.halls };
}

/** `column IN (:...name)` for the non-empty lists, joined by OR; never true when all are empty. */
function anyOf(lists: [column: string, name: string, values: string[]][], params: Record<string, string[]>): string {
  const parts = lists.flatMap(([column, name, values]) => {
    if (!values.length) return [];
    params[name] = values;
    return [`${column} IN (:...${name})`];
  });
  return parts.length ? `(${parts.join(' OR ')})` : '1 = 0';
}

export function createDeliveryScopes(d: { dataSource: DataSource; catalogue: CatalogueReader }) {
  return {
    /** Whether the scope covers a case or an appointment (false when there is no such record). */
    async covers(scope: DeliveryScope, subject: { kind: string; id: string } | null): Promise<boolean> {
      if (!scope) return true;
      if (!subject) return false;
      const snapshot = await d.catalogue.current();
      const params: Record<string, string[]> = {};
      let from: { table: string; alias: string; key: string; within: string };
      if (subject.kind === 'case') {
        const reach = caseReach(scope, snapshot);
        const within = anyOf(
          [
            ['c.department_code', 'departments', reach.departments],
            ['c.item_code', 'items', reach.items],
          ],
          params,
        );
        from = { table: 'case_record', alias: 'c', key: 'c.number', within };
      } else if (subject.kind === 'appointment') {
        const reach = appointmentReach(scope, snapshot);
        const within = anyOf(
          [
            ['a.item_code', 'items', reach.items],
            ['a.hall_code', 'halls', reach.halls],
          ],
          params,
        );
        from = { table: 'appointment', alias: 'a', key: 'a.id', within };
      } else return false;
      const found = await d.dataSource
        .createQueryBuilder()
        .select('1', 'found')
        .from(from.table, from.alias)
        .where(`${from.key} = :id`, { id: subject.id })
        .andWhere(from.within, params)
        .getRawOne<{ found: unknown }>();
      return found !== undefined;
    },

    /** Narrows a query over deliveries (alias `d`) to those about the scope's cases and appointments. */
    async narrow<T extends object>(q: SelectQueryBuilder<T>, scope: DeliveryScope): Promise<SelectQueryBuilder<T>> {
      if (!scope) return q;
      const snapshot = await d.catalogue.current();
      const params: Record<string, string[]> = {};
      const cases = caseReach(scope, snapshot);
      const appointments = appointmentReach(scope, snapshot);
      const caseWhere = anyOf(
        [
          ['c.department_code', 'sDepartments', cases.departments],
          ['c.item_code', 'sCaseItems', cases.items],
        ],
        params,
      );
      const appointmentWhere = anyOf(
        [
          ['a.item_code', 'sAppointmentItems', appointments.items],
          ['a.hall_code', 'sHalls', appointments.halls],
        ],
        params,
      );
      return q
        .andWhere(
          `((d.subject_kind = 'case' AND d.subject_id IN (SELECT c.number FROM case_record c WHERE ${caseWhere}))` +
            ` OR (d.subject_kind = 'appointment' AND d.subject_id IN (SELECT a.id FROM appointment a WHERE ${appointmentWhere})))`,
        )
        .setParameters(params);
    },
  };
}
export type DeliveryScopes = ReturnType<typeof createDeliveryScopes>;
