// Import a district's catalogue: validate everything, then upsert by code in ONE transaction, so a
// bad file leaves nothing half-imported. Re-importing the same data changes nothing (not even the version).
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { createUnitOfWork } from '../../platform/unit-of-work';
import type { Hall, ServiceItem } from '@bianmin/shared';
import {
  DepartmentEntity,
  type DepartmentRow,
  HallEntity,
  LifeEventEntity,
  type LifeEventRow,
  MaterialEntity,
  ServiceItemEntity,
  WindowDepartmentEntity,
  WindowEntity,
  WindowItemEntity,
} from './entities';
import { bumpCatalogueVersion } from './version';
import { type ImportFile, type ImportProblem, validateImport } from './validate-import';

export type SectionCounts = { created: number; updated: number; unchanged: number };
export type ImportResult =
  | { ok: true; version: string; changed: boolean; counts: Record<'departments' | 'lifeEvents' | 'items' | 'halls', SectionCounts> }
  | { ok: false; problems: ImportProblem[] };
export type ImportProgress = (section: string, done: number, total: number) => void;

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const fresh = (): SectionCounts => ({ created: 0, updated: 0, unchanged: 0 });

export async function importCatalogue(
  dataSource: DataSource,
  files: ImportFile[],
  onProgress: ImportProgress = () => {},
): Promise<ImportResult> {
  const codes = async (entity: typeof DepartmentEntity | typeof LifeEventEntity | typeof ServiceItemEntity | typeof HallEntity) =>
    new Set((await dataSource.getRepository(entity).find({ select: { code: true } })).map((r) => r.code));
  const existing = {
    departments: await codes(DepartmentEntity),
    lifeEvents: await codes(LifeEventEntity),
    items: await codes(ServiceItemEntity),
    halls: await codes(HallEntity),
  };
  const checked = validateImport(files, existing);
  if (!checked.ok) return checked;
  const { departments, lifeEvents, items, halls } = checked.catalogue;

  return createUnitOfWork(dataSource).run(async (em) => {
    const counts = { departments: fresh(), lifeEvents: fresh(), items: fresh(), halls: fresh() };
    for (const [i, d] of departments.entries()) {
      await upsertSimple(em, DepartmentEntity, { code: d.code, name: d.name, phone: d.phone ?? null, sortOrder: i }, counts.departments);
    }
    onProgress('departments', departments.length, departments.length);
    for (const [i, e] of lifeEvents.entries()) {
      await upsertSimple(em, LifeEventEntity, { code: e.code, name: e.name, aliases: e.aliases, sortOrder: i }, counts.lifeEvents);
    }
    onProgress('lifeEvents', lifeEvents.length, lifeEvents.length);
    for (const [i, item] of items.entries()) {
      await upsertItem(em, item, i, counts.items);
      if ((i + 1) % 25 === 0 || i + 1 === items.length) onProgress('items', i + 1, items.length);
    }
    for (const [i, hall] of halls.entries()) {
      await upsertHall(em, hall, i, counts.halls);
      if ((i + 1) % 10 === 0 || i + 1 === halls.length) onProgress('halls', i + 1, halls.length);
    }
    const changed = Object.values(counts).some((c) => c.created + c.updated > 0);
    const version = await bumpCatalogueVersion(em, changed);
    return { ok: true as const, version, changed, counts };
  });
}

type SimpleEntity = typeof DepartmentEntity | typeof LifeEventEntity;
type SimpleRow = DepartmentRow | LifeEventRow;
async function upsertSimple(em: EntityManager, entity: SimpleEntity, row: SimpleRow, counts: SectionCounts) {
  const repo = em.getRepository<SimpleRow>(entity);
  const current = await repo.findOne({ where: { code: row.code } });
  if (!current) {
    await repo.insert(row);
    counts.created++;
    return;
  }
  if (JSON.stringify({ ...current }) === JSON.stringify({ ...current, ...row })) {
    counts.unchanged++;
    return;
  }
  await repo.update({ code: row.code }, row);
  counts.updated++;
}

async function upsertItem(em: EntityManager, item: ServiceItem, sortOrder: number, counts: SectionCounts) {
  const repo = em.getRepository(ServiceItemEntity);
  const contentHash = hashOf(item);
  const current = await repo.findOne({ where: { code: item.code }, select: { code: true, contentHash: true, sortOrder: true } });
  if (current?.contentHash === contentHash && current.sortOrder === sortOrder) {
    counts.unchanged++;
    return;
  }
  const { materials, conditions, legalBasis, fee, process, applicationForm, ...rest } = item;
  const row = {
    ...rest,
    summary: item.summary ?? null,
    guide: { conditions, legalBasis, fee, process, ...(applicationForm ? { applicationForm } : {}) },
    contentHash,
    sortOrder,
    updatedAt: new Date(),
  };
  if (current) await repo.update({ code: item.code }, row);
  else await repo.insert({ ...row, viewCount: 0 });
  await em.getRepository(MaterialEntity).delete({ itemCode: item.code });
  await em.getRepository(MaterialEntity).insert(
    materials.map((m, i) => ({
      itemCode: item.code,
      position: i + 1,
      name: m.name,
      requirement: m.requirement,
      conditionText: m.condition ?? null,
      originals: m.originals,
      copies: m.copies,
      source: m.source,
      notes: m.notes ?? null,
      sharedProof: m.sharedProof,
      filledOnline: m.filledOnline,
      form: m.form ?? null,
      upload: m.upload,
    })),
  );
  if (current) counts.updated++;
  else counts.created++;
}

async function upsertHall(em: EntityManager, hall: Hall, sortOrder: number, counts: SectionCounts) {
  const repo = em.getRepository(HallEntity);
  const contentHash = hashOf(hall);
  const current = await repo.findOne({ where: { code: hall.code }, select: { code: true, contentHash: true, sortOrder: true } });
  if (current?.contentHash === contentHash && current.sortOrder === sortOrder) {
    counts.unchanged++;
    return;
  }
  const { windows, ...rest } = hall;
  const row = { ...rest, parentCode: hall.parentCode ?? null, hoursNote: hall.hoursNote ?? null, contentHash, sortOrder };
  if (current) await repo.update({ code: hall.code }, row);
  else await repo.insert(row);
  // Windows keep their id across imports (matched by number: later capabilities refer to them);
  // their item and department links are replaced as a set.
  const windowRepo = em.getRepository(WindowEntity);
  const old = new Map((await windowRepo.find({ where: { hallCode: hall.code } })).map((w) => [w.number, w.id]));
  const gone = [...old].filter(([number]) => !windows.some((w) => w.number === number)).map(([, id]) => id);
  const links = [...old.values()];
  if (links.length) {
    await em.getRepository(WindowItemEntity).createQueryBuilder().delete().where('window_id IN (:...links)', { links }).execute();
    await em.getRepository(WindowDepartmentEntity).createQueryBuilder().delete().where('window_id IN (:...links)', { links }).execute();
  }
  if (gone.length) await windowRepo.createQueryBuilder().delete().where('id IN (:...gone)', { gone }).execute();
  for (const [i, w] of windows.entries()) {
    const fields = { hallCode: hall.code, number: w.number, name: w.name, phone: w.phone ?? null, sortOrder: i };
    let windowId = old.get(w.number);
    if (windowId !== undefined) await windowRepo.update({ id: windowId }, fields);
    else windowId = Number((await windowRepo.insert(fields)).identifiers[0]?.id);
    if (w.itemCodes.length) await em.getRepository(WindowItemEntity).insert(w.itemCodes.map((itemCode) => ({ windowId, itemCode })));
    if (w.departmentCodes.length) {
      await em.getRepository(WindowDepartmentEntity).insert(w.departmentCodes.map((departmentCode) => ({ windowId, departmentCode })));
    }
  }
  if (current) counts.updated++;
  else counts.created++;
}
