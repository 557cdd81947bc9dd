// Rotating the encryption key: values sealed with the old key are re-sealed with the new one and
// read back the same.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDigitOf } from '@bianmin/shared';
import { openTestDatabase } from '../testing/database';
import { createDataProtector } from '../platform/sealing';
import { RealNameEntity, UserEntity } from '../modules/identity/entities';
import { newUserRow } from '../modules/identity/users';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileStore } from '../platform/file-store/file-store';
import { createUnitOfWork } from '../platform/unit-of-work';
import type { DataProtector } from '../platform/sealing';
import { UploadEntity } from '../modules/uploads/entities';
import { CaseDraftEntity } from '../modules/cases/entities';
import { resealPersonalData, resealStoredFiles } from './reseal';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});
const key = () => randomBytes(32).toString('base64');

/** A fresh database, dropped after the test, and the protector that sealed its data with the key about to be rotated. */
async function beforeRotation() {
  const db = await openTestDatabase();
  cleanups.push(db.close);
  const oldKey = key();
  const hashKey = key();
  return { dataSource: db.dataSource, oldKey, hashKey, before: createDataProtector({ encryptionKeys: `k1:${oldKey}`, hashKey }) };
}

describe('resealPersonalData', () => {
  it('moves every sealed value to the new key, leaving the plaintext unchanged', async () => {
    const { dataSource, oldKey, hashKey, before } = await beforeRotation();
    const id = `37021419900101123${checkDigitOf('37021419900101123')}`;
    const userId = '00000000-0000-4000-8000-000000000001';
    const now = new Date();
    await dataSource.getRepository(UserEntity).insert(
      newUserRow({
        id: userId,
        kind: 'resident',
        displayName: '居民',
        phoneEnc: before.encrypt('13812345678'),
        phoneHash: before.lookupHash('13812345678'),
      }),
    );
    await dataSource.getRepository(RealNameEntity).insert({
      userId,
      nameEnc: before.encrypt('张明'),
      idNumberEnc: before.encrypt(id),
      idNumberHash: before.lookupHash(id),
      verifiedAt: now,
    });
    const after = createDataProtector({ encryptionKeys: `k2:${key()},k1:${oldKey}`, hashKey });
    expect(await resealPersonalData(dataSource, after)).toMatchObject({ user_account: 1, real_name: 1 });
    const [real] = await dataSource.query<{ name_enc: string; id_number_enc: string }[]>('SELECT name_enc, id_number_enc FROM real_name');
    expect(real!.id_number_enc.split('.')[1]).toBe('k2');
    const newOnly = createDataProtector({ encryptionKeys: `k2:${key()}`, hashKey });
    expect(() => newOnly.decrypt(real!.name_enc)).toThrow(); // a different k2: proves the value really changed key
    expect(after.decrypt(real!.id_number_enc)).toBe(id);
    expect(await resealPersonalData(dataSource, after)).toMatchObject({ user_account: 0, real_name: 0 });
  });
});

describe('key rotation reaches cases, drafts and uploaded files', () => {
  it('re-seals application data and every stored file so the old key can go', async () => {
    const { dataSource, oldKey, hashKey, before } = await beforeRotation();
    const dir = mkdtempSync(join(tmpdir(), 'bianmin-reseal-'));
    const store = (p: DataProtector) =>
      createFileStore({ kind: 'fs', dir }, { dataSource, tx: createUnitOfWork(dataSource), protector: p });
    await store(before).put('u1', Buffer.from('photo of an ID card'));
    await store(before).put('u1t', Buffer.from('its thumbnail'));
    const now = new Date();
    await dataSource.getRepository(UploadEntity).insert({
      id: '00000000-0000-4000-8000-0000000000a1',
      ownerId: 'owner',
      kind: 'image',
      mimeType: 'image/jpeg',
      fileNameEnc: before.encrypt('张明身份证.jpg'),
      size: 19,
      width: null,
      height: null,
      pages: null,
      storageKey: 'u1',
      thumbnailKey: 'u1t',
      createdAt: now,
      attachedAt: null,
    });
    for (const itemCode of ['item-a', 'item-b'])
      await dataSource
        .getRepository(CaseDraftEntity)
        .insert({ userId: 'owner', itemCode, contentEnc: before.encrypt(`{"answers":{"spouseId":"${itemCode}"}}`), updatedAt: now });
    const newKey = key();
    const after = createDataProtector({ encryptionKeys: `k2:${newKey},k1:${oldKey}`, hashKey });
    expect(await resealPersonalData(dataSource, after)).toMatchObject({ upload: 1, case_draft: 2 });
    expect(await resealStoredFiles(dataSource, store(after))).toBe(2);
    expect(await resealStoredFiles(dataSource, store(after))).toBe(0);
    const drafts = await dataSource.query<{ content_enc: string }[]>('SELECT content_enc FROM case_draft ORDER BY item_code');
    expect(drafts.map((d) => after.decrypt(d.content_enc))).toEqual([
      '{"answers":{"spouseId":"item-a"}}',
      '{"answers":{"spouseId":"item-b"}}',
    ]);
    expect(drafts.every((d) => !after.needsRotation(d.content_enc))).toBe(true);
    // With the old key gone, everything still opens.
    const newOnly = createDataProtector({ encryptionKeys: `k2:${newKey}`, hashKey });
    expect((await store(newOnly).get('u1'))?.toString()).toBe('photo of an ID card');
  });
});
