// Both file stores keep the same promises: a file comes back byte for byte (also one of many
// chunks), a missing file is null, deleting twice is fine, keys cannot climb out, and what lies on
// disk or in the table is sealed — no photo of an ID card in the clear.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { freshDatabase } from '../../testing/harness';
import { createDataProtector } from '../sealing';
import { createUnitOfWork } from '../unit-of-work';
import { StoredFileChunkEntity } from '../entities';
import { CHUNK_BYTES } from './database-store';
import { createFileStore, type FileStore } from './file-store';

const protector = createDataProtector({
  encryptionKeys: `k1:${randomBytes(32).toString('base64')}`,
  hashKey: randomBytes(32).toString('base64'),
});
let db: { dataSource: DataSource; drop: () => Promise<void> };
const dir = mkdtempSync(join(tmpdir(), 'bianmin-store-'));
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db.dataSource.destroy();
  await db.drop();
});

const stores: [string, () => FileStore, () => Promise<Buffer[]>][] = [
  [
    'directory',
    () => createFileStore({ kind: 'fs', dir }, { dataSource: db.dataSource, tx: createUnitOfWork(db.dataSource), protector }),
    () =>
      Promise.resolve(
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => readFileSync(join(e.parentPath, e.name))),
      ),
  ],
  [
    'database',
    () => createFileStore({ kind: 'db' }, { dataSource: db.dataSource, tx: createUnitOfWork(db.dataSource), protector }),
    async () => (await db.dataSource.getRepository(StoredFileChunkEntity).find()).map((c) => Buffer.from(c.data)),
  ],
];

describe.each(stores)('the %s file store', (_name, make, rawContents) => {
  it('gives back what it was given, also a file of many chunks, and an empty one', async () => {
    const store = make();
    const big = randomBytes(CHUNK_BYTES * 2 + 123);
    await store.put('big1', big);
    await store.put('empty1', Buffer.alloc(0));
    expect((await store.get('big1'))?.equals(big)).toBe(true);
    expect((await store.get('empty1'))?.length).toBe(0);
  });

  it('replaces a file put again under the same key, answers null for a missing one, deletes idempotently', async () => {
    const store = make();
    await store.put('again1', Buffer.from('first version, a long one'));
    await store.put('again1', Buffer.from('second'));
    expect((await store.get('again1'))?.toString()).toBe('second');
    await store.delete('again1');
    await store.delete('again1');
    expect(await store.get('again1')).toBeNull();
    expect(await store.get('never1')).toBeNull();
  });

  it('refuses keys that could name another place', async () => {
    const store = make();
    await expect(store.put('../etc/passwd', Buffer.from('x'))).rejects.toThrow(/invalid file store key/);
    await expect(store.get('a/b')).rejects.toThrow(/invalid file store key/);
  });

  it('keeps files sealed at rest', async () => {
    const store = make();
    const secret = Buffer.from('居民身份证 370214199001011234 张三');
    await store.put('sealed1', secret);
    const raw = Buffer.concat(await rawContents());
    expect(raw.includes(secret)).toBe(false);
    expect(raw.includes(Buffer.from('370214199001011234'))).toBe(false);
    expect((await store.get('sealed1'))?.equals(secret)).toBe(true);
  });
});
