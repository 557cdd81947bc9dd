// Where uploaded files' bytes live, behind one interface with two adapters chosen by configuration:
// a directory (the embedded default) or chunked rows in the database (any number of API instances
// on any MySQL-protocol engine). Keys are opaque ASCII names the caller makes; every file is sealed
// (AES-256-GCM, key id inside) before it reaches either adapter: photos of ID cards are personal data.
import type { DataSource } from 'typeorm';
import type { DataProtector } from '../sealing';
import type { UnitOfWork } from '../unit-of-work';
import { createDatabaseFileStore } from './database-store';
import { createDirectoryFileStore } from './directory-store';

import type { FileStore } from './contract';

export type { FileStore } from './contract';
export type FileStoreConfig = { kind: 'fs'; dir: string } | { kind: 'db' };

export interface SealedFileStore extends FileStore {
  /** Key rotation: re-seals the file with the current key if an older one sealed it; true when it did. */
  resealIfStale(key: string): Promise<boolean>;
}

/** Seals on the way in, unseals on the way out. */
export function sealedFileStore(
  inner: FileStore,
  protector: Pick<DataProtector, 'sealBytes' | 'unsealBytes' | 'bytesNeedRotation'>,
): SealedFileStore {
  return {
    async resealIfStale(key) {
      const sealed = await inner.get(key);
      if (!sealed || !protector.bytesNeedRotation(sealed)) return false;
      await inner.put(key, protector.sealBytes(protector.unsealBytes(sealed)));
      return true;
    },
    put: (key, bytes) => inner.put(key, protector.sealBytes(bytes)),
    get: async (key) => {
      const sealed = await inner.get(key);
      return sealed ? protector.unsealBytes(sealed) : null;
    },
    delete: (key) => inner.delete(key),
  };
}

export function createFileStore(config: FileStoreConfig, deps: { dataSource: DataSource; tx: UnitOfWork; protector: DataProtector }) {
  const inner = config.kind === 'fs' ? createDirectoryFileStore(config.dir) : createDatabaseFileStore(deps);
  return sealedFileStore(inner, deps.protector);
}
