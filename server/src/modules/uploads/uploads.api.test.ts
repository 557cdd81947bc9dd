// A resident photographs materials on the phone: what arrives is checked by its bytes, re-encoded
// without the GPS position the phone wrote, kept private, and what is bad is refused with a clear
// message and nothing stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import type { ReusableUploadList, Upload } from '@bianmin/shared';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';
import { verifiedResident } from '../../testing/appointments-fixture';
import { encryptedPdf, exeNamedJpg, pdf, photoWithGps, pngBomb, shopApplication, submit, uploadFile } from '../../testing/cases-fixture';
import { UploadEntity } from './entities';

let app: TestApp;
let resident: Awaited<ReturnType<typeof verifiedResident>>;
beforeAll(async () => {
  app = await startTestApp();
  resident = await verifiedResident(app, 'upl');
});
afterAll(() => closeIfStarted(app));

const uploads = () => app.dataSource.getRepository(UploadEntity).count();

describe('POST /api/v1/uploads', () => {
  it('keeps a photo without its EXIF (no GPS position), as JPEG, with a thumbnail', async () => {
    const original = await photoWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const res = await uploadFile(app, resident.accessToken, original, '../../张三的房产证.jpg');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'image', mimeType: 'image/jpeg', width: 1200, height: 900, fileName: '张三的房产证.jpg' });
    const file = await app.raw(res.body.url, { headers: { Authorization: `Bearer ${resident.accessToken}` } });
    expect(file.status).toBe(200);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toMatch(/^inline; filename=/);
    expect(file.headers.get('cache-control')).toBe('private, no-store');
    const stored = await sharp(Buffer.from(await file.arrayBuffer())).metadata();
    expect(stored.exif).toBeUndefined();
    expect(stored.format).toBe('jpeg');
    const thumb = await app.raw(res.body.thumbnailUrl ?? '', { headers: { Authorization: `Bearer ${resident.accessToken}` } });
    expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).width).toBeLessThanOrEqual(320);
  });

  it('keeps a PDF as it is and counts its pages; a PDF downloads rather than opening in place', async () => {
    const res = await uploadFile(app, resident.accessToken, await pdf(3), '租赁合同.pdf', 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'pdf', pages: 3, thumbnailUrl: null });
    const file = await app.raw(res.body.url, { headers: { Authorization: `Bearer ${resident.accessToken}` } });
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; /);
  });

  it('judges the type by the bytes: a PNG sent as "photo.pdf" is a PNG', async () => {
    const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const res = await uploadFile(app, resident.accessToken, png, 'photo.pdf', 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'image', mimeType: 'image/png', fileName: 'photo.png' });
  });

  it.each([
    ['a program renamed .jpg', () => exeNamedJpg(), 'x.jpg', 415, 'FILE_TYPE_NOT_ACCEPTED'],
    ['a zip bomb PNG', () => pngBomb(), 'bomb.png', 422, 'IMAGE_TOO_LARGE'],
    ['a truncated PDF', async () => (await pdf(2)).subarray(0, 600), 'cut.pdf', 422, 'PDF_BROKEN'],
    ['an encrypted PDF', () => encryptedPdf(), 'locked.pdf', 422, 'PDF_ENCRYPTED'],
    ['a truncated JPEG', async () => (await photoWithGps()).subarray(0, 4000), 'cut.jpg', 422, 'IMAGE_UNREADABLE'],
    [
      'a 30 MB image',
      () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(30 * 1024 * 1024)]),
      'big.jpg',
      413,
      'FILE_TOO_LARGE',
    ],
  ])('refuses %s with a clear message and keeps nothing', async (_what, make, name, status, code) => {
    const before = await uploads();
    const res = await uploadFile(app, resident.accessToken, await make(), name);
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(res.body.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await uploads()).toBe(before);
  });

  it('answers a JSON body or an empty form with 400, not 500', async () => {
    const json = await app.send<{ code: string }>('/api/v1/uploads', { file: 'x' }, { token: resident.accessToken });
    expect([json.status, json.body.code]).toEqual([400, 'FILE_MISSING']);
    const form = new FormData();
    form.append('note', 'no file');
    const empty = await app.raw('/api/v1/uploads', {
      method: 'POST',
      headers: { Authorization: `Bearer ${resident.accessToken}` },
      body: form,
    });
    expect(empty.status).toBe(400);
  });

  it('needs sign-in before reading the body', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await photoWithGps())]), 'a.jpg');
    expect((await app.raw('/api/v1/uploads', { method: 'POST', body: form })).status).toBe(401);
  });
});

describe('who may read an upload', () => {
  it('is a 404 for another resident and for staff of no case holding it; staff of the case may read it', async () => {
    const up = (await uploadFile(app, resident.accessToken, await photoWithGps(), 'a.jpg')).body;
    const other = await verifiedResident(app, 'other');
    const read = (token: string) => app.raw(up.url, { headers: { Authorization: `Bearer ${token}` } });
    expect((await read(other.accessToken)).status).toBe(404);
    const staff = await app.signInStaff(`xzsp-${Date.now()}`, [{ role: 'reviewer', scopeType: 'department', scopeCode: 'xzsp' }]);
    expect((await read(staff.accessToken)).status).toBe(404);
    const submitted = await submit(app, resident.accessToken, shopApplication([up.id]), `read-${Date.now()}`);
    expect(submitted.status).toBe(201);
    expect((await read(staff.accessToken)).status).toBe(200);
    const elsewhere = await app.signInStaff(`rs-${Date.now()}`, [{ role: 'reviewer', scopeType: 'department', scopeCode: 'rs' }]);
    expect((await read(elsewhere.accessToken)).status).toBe(404);
    expect((await read(other.accessToken)).status).toBe(404);
  });
});

describe('材料复用 and expiry', () => {
  it('offers files used in earlier cases again, with what they were used for', async () => {
    const r = await verifiedResident(app, 'reuse');
    const up = (await uploadFile(app, r.accessToken, await photoWithGps('#223344'), '租房合同.jpg')).body;
    await uploadFile(app, r.accessToken, await photoWithGps('#445566'), '没用上的.jpg');
    expect((await submit(app, r.accessToken, shopApplication([up.id]), `reuse-${Date.now()}`)).status).toBe(201);
    const mine = await app.get<ReusableUploadList>('/api/v1/uploads/mine', r.accessToken);
    // Newest first, but MariaDB keeps whole seconds: two uploads in one second may come in either order.
    const seen = mine.body.items.map((i) => [i.fileName, i.usedFor, i.pending]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(seen).toEqual(
      [
        ['没用上的.jpg', [], true],
        ['租房合同.jpg', ['经营场所使用相关文件'], false],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it('deletes uploads never attached to a case after a day, bytes and all, and keeps attached ones', async () => {
    const r = await verifiedResident(app, 'expiry');
    const kept = (await uploadFile(app, r.accessToken, await photoWithGps('#101010'), 'kept.jpg')).body;
    const stale = (await uploadFile(app, r.accessToken, await photoWithGps('#202020'), 'stale.jpg')).body;
    expect((await submit(app, r.accessToken, shopApplication([kept.id]), `exp-${Date.now()}`)).status).toBe(201);
    const staleRow = await app.dataSource.getRepository(UploadEntity).findOneByOrFail({ id: stale.id });
    expect(await app.services.uploads.purgeUnattached(new Date(Date.now() + 23 * 3_600_000))).toBe(0);
    expect(await app.services.uploads.purgeUnattached(new Date(Date.now() + 25 * 3_600_000))).toBeGreaterThanOrEqual(1);
    expect(await app.dataSource.getRepository(UploadEntity).findOneBy({ id: stale.id })).toBeNull();
    expect(await app.services.platform.files.get(staleRow.storageKey)).toBeNull();
    const read = await app.raw(kept.url, { headers: { Authorization: `Bearer ${r.accessToken}` } });
    expect(read.status).toBe(200);
  });
});

describe('quota and rate', () => {
  it('refuses more uploads than the rate allows, then more bytes than the quota allows', async () => {
    const small = await startTestApp({ env: { UPLOAD_RATE_PER_10_MIN: '3', UPLOAD_QUOTA_MB: '10' } });
    try {
      const r = await verifiedResident(small, 'rate');
      const photo = await photoWithGps();
      const answers: number[] = [];
      for (let i = 0; i < 4; i++) answers.push((await uploadFile(small, r.accessToken, photo, `p${i}.jpg`)).status);
      expect(answers).toEqual([201, 201, 201, 429]);
    } finally {
      await small.close();
    }
    const tight = await startTestApp({ env: { UPLOAD_QUOTA_MB: '10', UPLOAD_MAX_MB: '8' } });
    try {
      const r = await verifiedResident(tight, 'quota');
      // Noise does not compress: each stored PNG is about 7.7 MB.
      const noisy = await sharp(randomBytes(1600 * 1600 * 3), {
        raw: { width: 1600, height: 1600, channels: 3 },
      })
        .png({ compressionLevel: 0 })
        .toBuffer();
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await uploadFile(tight, r.accessToken, noisy, `n${i}.png`, 'image/png')).status);
      expect(statuses.slice(0, 1)).toEqual([201]);
      expect(statuses).toContain(422);
      const body = (await uploadFile(tight, r.accessToken, noisy, 'again.png', 'image/png')).body as Upload & { code?: string };
      expect(body.code).toBe('UPLOAD_QUOTA_EXCEEDED');
    } finally {
      await tight.close();
    }
  });
});
