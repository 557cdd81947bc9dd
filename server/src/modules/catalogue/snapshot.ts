// An immutable in-memory read model of the published catalogue, reloaded when the version changes.
// A district's catalogue (and even a province's item list) fits comfortably in memory, and every
// instance holding its own copy keeps the API stateless.
import { createUnitOfWork } from '../../platform/unit-of-work';
import type { DataSource } from 'typeorm';
import {
  type DepartmentRow,
  DepartmentEntity,
  type HallRow,
  HallEntity,
  type LifeEventRow,
  LifeEventEntity,
  type ServiceItemRow,
  ServiceItemEntity,
  type WindowRow,
  WindowDepartmentEntity,
  WindowEntity,
  WindowItemEntity,
} from './entities';
import { readCatalogueVersion } from './version';

export type ItemSummaryRow = Omit<ServiceItemRow, 'guide'>;
export type WindowWithScope = WindowRow & { itemCodes: string[]; departmentCodes: string[] };
export interface ServicePointRows {
  hall: HallRow;
  windows: WindowWithScope[];
}

const LEVEL_ORDER: Record<string, number> = { district: 0, street: 1, community: 2 };

export class CatalogueSnapshot {
  readonly departmentByCode: Map<string, DepartmentRow>;
  readonly lifeEventByCode: Map<string, LifeEventRow>;
  readonly itemByCode: Map<string, ItemSummaryRow>;
  readonly hallByCode: Map<string, HallRow>;
  readonly windowsByHall: Map<string, WindowWithScope[]>;

  constructor(
    readonly version: string | null,
    readonly departments: DepartmentRow[],
    readonly lifeEvents: LifeEventRow[],
    /** Published items only, in catalogue order. */
    readonly items: ItemSummaryRow[],
    /** District hall first, then streets, then community stations. */
    readonly halls: HallRow[],
    windows: WindowWithScope[],
  ) {
    this.departmentByCode = new Map(departments.map((d) => [d.code, d]));
    this.lifeEventByCode = new Map(lifeEvents.map((e) => [e.code, e]));
    this.itemByCode = new Map(items.map((i) => [i.code, i]));
    this.hallByCode = new Map(halls.map((h) => [h.code, h]));
    this.windowsByHall = new Map();
    for (const w of windows) {
      const list = this.windowsByHall.get(w.hallCode) ?? [];
      list.push(w);
      this.windowsByHall.set(w.hallCode, list);
    }
  }

  /** Where an item is handled: windows naming it, or serving its whole department. */
  servicePoints(item: Pick<ItemSummaryRow, 'code' | 'departmentCode'>): ServicePointRows[] {
    const points: ServicePointRows[] = [];
    for (const hall of this.halls) {
      const windows = (this.windowsByHall.get(hall.code) ?? []).filter(
        (w) => w.itemCodes.includes(item.code) || w.departmentCodes.includes(item.departmentCode),
      );
      if (windows.length) points.push({ hall, windows });
    }
    return points;
  }

  hallServes(hallCode: string, item: Pick<ItemSummaryRow, 'code' | 'departmentCode'>): boolean {
    return (this.windowsByHall.get(hallCode) ?? []).some(
      (w) => w.itemCodes.includes(item.code) || w.departmentCodes.includes(item.departmentCode),
    );
  }
}

export async function loadSnapshot(dataSource: DataSource): Promise<CatalogueSnapshot> {
  // One read transaction so the parts agree with each other and with the version.
  return createUnitOfWork(dataSource).run(async (em) => {
    const version = await readCatalogueVersion(em);
    const departments = await em.getRepository(DepartmentEntity).find({ order: { sortOrder: 'ASC' } });
    const lifeEvents = await em.getRepository(LifeEventEntity).find({ order: { sortOrder: 'ASC' } });
    const items = await em.getRepository(ServiceItemEntity).find({
      where: { status: 'published' },
      select: {
        code: true,
        name: true,
        kind: true,
        audiences: true,
        departmentCode: true,
        implementingBody: true,
        legalLimitDays: true,
        promisedLimitDays: true,
        summary: true,
        onlineDepth: true,
        fullyOnline: true,
        onSiteVisits: true,
        consultPhone: true,
        complaintPhone: true,
        appointmentAvailable: true,
        onlineSubmission: true,
        aliases: true,
        lifeEvents: true,
        status: true,
        viewCount: true,
        contentHash: true,
        sortOrder: true,
        updatedAt: true,
      },
      order: { sortOrder: 'ASC' },
    });
    const halls = (await em.getRepository(HallEntity).find({ order: { sortOrder: 'ASC' } })).sort(
      (a, b) => (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9) || a.sortOrder - b.sortOrder,
    );
    const windowRows = await em.getRepository(WindowEntity).find({ order: { hallCode: 'ASC', sortOrder: 'ASC' } });
    const itemLinks = await em.getRepository(WindowItemEntity).find();
    const deptLinks = await em.getRepository(WindowDepartmentEntity).find();
    const itemsOf = groupBy(
      itemLinks,
      (l) => l.windowId,
      (l) => l.itemCode,
    );
    const departmentsOf = groupBy(
      deptLinks,
      (l) => l.windowId,
      (l) => l.departmentCode,
    );
    const windows = windowRows.map((w) => ({
      ...w,
      itemCodes: itemsOf.get(w.id) ?? [],
      departmentCodes: departmentsOf.get(w.id) ?? [],
    }));
    return new CatalogueSnapshot(version, departments, lifeEvents, items, halls, windows);
  });
}

function groupBy<T, K, V>(rows: T[], key: (r: T) => K, value: (r: T) => V): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const r of rows) {
    const list = map.get(key(r));
    if (list) list.push(value(r));
    else map.set(key(r), [value(r)]);
  }
  return map;
}

/** Hands out the current snapshot, checking the version at most every `checkMs`. */
export class CatalogueReader {
  private snapshot: CatalogueSnapshot | null = null;
  private checkedAt = 0;
  private pending: Promise<CatalogueSnapshot> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly checkMs: number,
  ) {}

  async current(): Promise<CatalogueSnapshot> {
    if (this.snapshot && Date.now() - this.checkedAt < this.checkMs) return this.snapshot;
    // Concurrent requests share one check instead of stampeding the database.
    this.pending ??= this.refresh().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async refresh(): Promise<CatalogueSnapshot> {
    const version = await readCatalogueVersion(this.dataSource.manager);
    if (this.snapshot?.version !== version) this.snapshot = await loadSnapshot(this.dataSource);
    this.checkedAt = Date.now();
    return this.snapshot;
  }
}
