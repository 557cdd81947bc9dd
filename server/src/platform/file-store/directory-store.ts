// The file store as a directory: two levels of fan-out so no directory grows huge; a file is written
// to a temporary name and renamed, so a reader never sees half a file.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { assertStoreKey, type FileStore } from './contract';

export function createDirectoryFileStore(root: string): FileStore {
  const pathOf = (key: string) => {
    assertStoreKey(key);
    return { dir: join(root, key.slice(0, 2)), file: join(root, key.slice(0, 2), key) };
  };
  return {
    async put(key, bytes) {
      const { dir, file } = pathOf(key);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const temporary = `${file}.${randomUUID()}.tmp`;
      await writeFile(temporary, bytes, { mode: 0o600 });
      await rename(temporary, file);
    },
    async get(key) {
      try {
        return await readFile(pathOf(key).file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    async delete(key) {
      await rm(pathOf(key).file, { force: true });
    },
  };
}
