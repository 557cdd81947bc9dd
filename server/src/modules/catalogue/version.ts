// The catalogue version: a counter bumped by every import that changed something. Instances compare
// it to decide when to rebuild their in-memory search index.
import type { EntityManager } from 'typeorm';
import { CatalogueMetaEntity } from './entities';

const KEY = 'version';

export async function readCatalogueVersion(em: EntityManager): Promise<string | null> {
  const row = await em.getRepository(CatalogueMetaEntity).findOne({ where: { key: KEY } });
  return row?.value ?? null;
}

export async function bumpCatalogueVersion(em: EntityManager, changed: boolean): Promise<string> {
  const repo = em.getRepository(CatalogueMetaEntity);
  const row = await repo.findOne({ where: { key: KEY } });
  if (row && !changed) return row.value;
  const next = String(Number(row?.value ?? 0) + 1);
  if (row) await repo.update({ key: KEY }, { value: next, updatedAt: new Date() });
  else await repo.insert({ key: KEY, value: next, updatedAt: new Date() });
  return next;
}
