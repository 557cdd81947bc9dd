// The window's side of a case, wired: reading as staff (scope checked by the policy module), the
// inbox, every step, the deemed-acceptance job (第三十二条) and the decision document.
import type { DataSource } from 'typeorm';
import type { StaffCase, StaffCasesQuery } from '@bianmin/shared';
import type { WorkingCalendar } from '@bianmin/shared/calendar/working-days';
import type { AuditLog } from '../../../platform/audit';
import type { CourierClient } from '../../../platform/index';
import type { DistrictClock } from '../../../platform/clock';
import type { DataProtector } from '../../../platform/sealing';
import type { UnitOfWork } from '../../../platform/unit-of-work';
import type { CatalogueReader } from '../../catalogue/index';
import { mayWorkOnCase, type Principal, type ResidentDirectory } from '../../identity/index';
import { caseNotFound } from '../access';
import type { CaseService } from '../case-service';
import { CaseEntity, type CaseRow } from '../entities';
import type { ItemForms } from '../item-form';
import { createActions } from './actions';
import type { Certificates } from './certificates';
import { recordDeemedAcceptances } from './deemed-acceptance';
import { trackPostedResults } from './posted-results';
import { createStaffReads } from './staff-reads';
import { createStations } from './station';
import { inbox, staffView, targetOf } from './staff-view';
import { createTransitions } from './transition';

export interface HandlingDeps {
  dataSource: DataSource;
  tx: UnitOfWork;
  clock: DistrictClock;
  protector: DataProtector;
  audit: AuditLog;
  catalogue: CatalogueReader;
  itemForms: ItemForms;
  residents: ResidentDirectory;
  workingCalendar: () => Promise<WorkingCalendar>;
  certificates: Certificates;
  cases: CaseService;
  /** Local practice: a correction requested during review stops the decision clock. */
  pauseOnReviewCorrection: boolean;
  /** 橙牌 threshold in working days. */
  orangeDays: number;
  courier: CourierClient;
}

export function createHandling(d: HandlingDeps) {
  const transition = createTransitions({
    tx: d.tx,
    audit: d.audit,
    itemName: async (code) => (await d.catalogue.current()).itemByCode.get(code)?.name ?? code,
  });

  async function context() {
    const [snapshot, calendar] = await Promise.all([d.catalogue.current(), d.workingCalendar()]);
    return { snapshot, calendar, today: d.clock.today() };
  }
  const stations = createStations({ dataSource: d.dataSource, residents: d.residents, orangeDays: d.orangeDays, context });
  async function viewDeps() {
    return { ...d, ...(await context()), stationColleagues: (p: Principal) => stations.colleagues(p) };
  }

  /** A case the caller may read as staff (or filed by their station's agents); anyone else: 404. */
  async function load(p: Principal, number: string): Promise<CaseRow> {
    const c = await d.dataSource.getRepository(CaseEntity).findOne({ where: { number } });
    if (!c) throw caseNotFound();
    const filed = c.filedByUserId === p.userId || (await stations.filedAtStationOf(p, c.filedByUserId));
    if (!filed && !mayWorkOnCase(p, 'read', targetOf(c, await d.catalogue.current()))) throw caseNotFound();
    return c;
  }

  async function view(p: Principal, c: CaseRow): Promise<StaffCase> {
    return staffView(await d.cases.present(c, 'staff'), c, p, await viewDeps());
  }

  const actions = createActions(d, transition, load, view);
  return {
    ...actions,
    ...createStaffReads(d, load),
    stationWorkload: (p: Principal) => stations.workload(p),
    async view(p: Principal, number: string) {
      return view(p, await load(p, number));
    },
    async inbox(p: Principal, q: StaffCasesQuery) {
      return inbox(p, q, await viewDeps());
    },
    /** Posted results: the courier's tracking closes a case when the parcel is signed for. */
    async trackPostedResults() {
      return trackPostedResults({
        dataSource: d.dataSource,
        courier: d.courier,
        transition,
        now: () => d.clock.now(),
        deliver: (...args) => actions.deliver(...args),
      });
    },
    /** 第三十二条: cases not acted on within 5 working days of receipt are accepted as of receipt. */
    async recordDeemedAcceptances() {
      return recordDeemedAcceptances({ dataSource: d.dataSource, transition, clock: d.clock, calendar: await d.workingCalendar() });
    },
    load,
  };
}
export type Handling = ReturnType<typeof createHandling>;
