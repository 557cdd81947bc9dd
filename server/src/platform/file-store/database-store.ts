// The file store as database rows: a file in 256 KiB chunks (under MySQL's default
// max_allowed_packet with room to spare, and small enough for a Galera write set), written in one
// transaction so a file is whole or absent.
import type { DataSource } from 'typeorm';
import type { UnitOfWork } from '../unit-of-work';
import { StoredFileChunkEntity } from '../entities';
import { assertStoreKey, type FileStore } from './contract';

export const CHUNK_BYTES = 256 * 1024;

export function createDatabaseFileStore(deps: { dataSource: DataSource; tx: UnitOfWork }): FileStore {
  const { tx } = deps;
  return {
    async put(key, bytes) {
      assertStoreKey(key);
      await tx.run(async (em) => {
        const repo = em.getRepository(StoredFileChunkEntity);
        await repo.delete({ storageKey: key });
        for (let seq = 0, at = 0; at < bytes.length || seq === 0; seq++, at += CHUNK_BYTES)
          await repo.insert({ storageKey: key, seq, data: bytes.subarray(at, at + CHUNK_BYTES) });
      });
    },
    async get(key) {
      assertStoreKey(key);
      const chunks = await deps.dataSource.getRepository(StoredFileChunkEntity).find({ where: { storageKey: key }, order: { seq: 'ASC' } });
      return chunks.length ? Buffer.concat(chunks.map((c) => c.data)) : null;
    },
    async delete(key) {
      assertStoreKey(key);
      await tx.run((em) => em.getRepository(StoredFileChunkEntity).delete({ storageKey: key }));
    },
  };
}
