// Upload use cases: receive a material file, list what a resident may reuse, serve a file to those
// entitled to it, and drop files never attached to a case.
import { randomUUID } from 'node:crypto';
import { In, IsNull, LessThan, type DataSource } from 'typeorm';
import type { ReusableUploadList, Upload } from '@bianmin/shared';
import { AppError, NotFoundError } from '../../errors';
import type { DataProtector } from '../../platform/sealing';
import type { FileStore } from '../../platform/index';
import type { RateLimiter } from '../../platform/rate-limit';
import type { UnitOfWork } from '../../platform/unit-of-work';
import type { Principal } from '../identity/index';
import { UploadEntity, type UploadRow } from './entities';
import { inspectFile } from './inspect-file';
import type { ReceivedFile } from './multipart';

export interface UploadLimits {
  maxBytes: number;
  quotaBytes: number;
  perTenMinutes: number;
}

export interface UploadDeps {
  dataSource: DataSource;
  tx: UnitOfWork;
  files: FileStore;
  protector: DataProtector;
  limiter: RateLimiter;
  limits: UploadLimits;
  /** Whether a case holding this upload is visible to the caller (the cases capability answers). */
  attachedVisibleTo: (p: Principal, uploadId: string) => Promise<boolean>;
  /** Material names each upload was attached as, for reuse suggestions. */
  attachedAs: (uploadIds: string[]) => Promise<Map<string, string[]>>;
}

const UNATTACHED_TTL_MS = 24 * 3_600_000;
const notFound = () => new NotFoundError('文件不存在或已过期');

/** A name safe to show and to put in a header: no path, no control characters, the real extension. */
export function cleanFileName(original: string, extension: string): string {
  // Browsers send UTF-8 names; the multipart parser may have read them as Latin-1.
  const decoded =
    /[\u0080-\u00ff]/.test(original) && !/[\u0100-\uffff]/.test(original) ? Buffer.from(original, 'latin1').toString('utf8') : original;
  const base = (decoded.split(/[\\/]/).pop() ?? '')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/[\p{Cc}\u200b-\u200f\u202a-\u202e\u2066-\u2069"<>|:*?]/gu, '')
    .trim()
    .slice(0, 60);
  return `${base || '材料'}.${extension}`;
}

export function createUploadService(d: UploadDeps) {
  const repo = () => d.dataSource.getRepository(UploadEntity);

  function present(row: UploadRow): Upload {
    const url = `/api/v1/uploads/${row.id}`;
    return {
      id: row.id,
      kind: row.kind,
      mimeType: row.mimeType,
      fileName: d.protector.decrypt(row.fileNameEnc),
      size: row.size,
      width: row.width,
      height: row.height,
      pages: row.pages,
      url,
      thumbnailUrl: row.thumbnailKey ? `${url}/thumbnail` : null,
      createdAt: row.createdAt.toISOString(),
    };
  }

  async function pendingBytes(ownerId: string): Promise<number> {
    const raw = await repo()
      .createQueryBuilder('u')
      .select('COALESCE(SUM(u.size), 0)', 'total')
      .where('u.owner_id = :ownerId AND u.attached_at IS NULL', { ownerId })
      .getRawOne<{ total: number | string }>();
    return Number(raw?.total ?? 0);
  }

  async function readable(p: Principal, id: string): Promise<UploadRow> {
    const row = await repo().findOne({ where: { id } });
    if (!row) throw notFound();
    if (row.ownerId === p.userId || (row.attachedAt && (await d.attachedVisibleTo(p, id)))) return row;
    throw notFound();
  }

  return {
    /** `receive` reads the body: it is called only once the caller is counted against the rate limit. */
    async upload(p: Principal, receive: () => Promise<ReceivedFile>): Promise<Upload> {
      const rate = await d.limiter.hit(`upload:${p.userId}`, d.limits.perTenMinutes, 600);
      if (!rate.allowed) throw new AppError('RATE_LIMITED', 429, '上传太频繁，请稍后再试');
      const received = await receive();
      if ((await pendingBytes(p.userId)) + received.bytes.length > d.limits.quotaBytes)
        throw new AppError(
          'UPLOAD_QUOTA_EXCEEDED',
          422,
          '您上传但尚未提交的材料已达上限，请先提交申请，或等待未使用的文件在24小时后自动清除',
        );
      const file = await inspectFile(received.bytes);
      const id = randomUUID();
      const storageKey = `u${id.replaceAll('-', '')}`;
      const thumbnailKey = file.thumbnail ? `${storageKey}t` : null;
      // Bytes first: a row never points at a missing file (an orphaned file is swept with its row's absence in mind below).
      await d.files.put(storageKey, file.bytes);
      if (thumbnailKey && file.thumbnail) await d.files.put(thumbnailKey, file.thumbnail);
      const row: UploadRow = {
        id,
        ownerId: p.userId,
        kind: file.kind,
        mimeType: file.mimeType,
        fileNameEnc: d.protector.encrypt(cleanFileName(received.originalName, file.extension)),
        size: file.bytes.length,
        width: file.width,
        height: file.height,
        pages: file.pages,
        storageKey,
        thumbnailKey,
        createdAt: new Date(),
        attachedAt: null,
      };
      try {
        await d.tx.run((em) => em.getRepository(UploadEntity).insert(row));
      } catch (err) {
        await Promise.all([d.files.delete(storageKey), thumbnailKey ? d.files.delete(thumbnailKey) : null]);
        throw err;
      }
      return present(row);
    },

    /** My uploads, newest first: those in cases with what they were used as (材料复用), and the pending ones. */
    async reusable(p: Principal): Promise<ReusableUploadList> {
      const rows = await repo().find({ where: { ownerId: p.userId }, order: { createdAt: 'DESC' }, take: 200 });
      const usedFor = await d.attachedAs(rows.filter((r) => r.attachedAt).map((r) => r.id));
      return { items: rows.map((r) => ({ ...present(r), usedFor: usedFor.get(r.id) ?? [], pending: !r.attachedAt })) };
    },

    async read(p: Principal, id: string, variant: 'file' | 'thumbnail') {
      const row = await readable(p, id);
      const key = variant === 'file' ? row.storageKey : row.thumbnailKey;
      const bytes = key ? await d.files.get(key) : null;
      if (!bytes) throw notFound();
      return {
        bytes,
        mimeType: variant === 'file' ? row.mimeType : 'image/jpeg',
        fileName: d.protector.decrypt(row.fileNameEnc),
      };
    },

    /** The caller's own uploads among `ids` that can still be attached (present, not expired). */
    async ownedBy(ownerId: string, ids: string[]): Promise<UploadRow[]> {
      if (!ids.length) return [];
      return repo().find({ where: { id: In(ids), ownerId } });
    },

    /** Uploads never attached within a day go, bytes and all. Returns how many. */
    async purgeUnattached(now = new Date()): Promise<number> {
      const cutoff = new Date(now.getTime() - UNATTACHED_TTL_MS);
      const stale = await repo().find({ where: { attachedAt: IsNull(), createdAt: LessThan(cutoff) }, take: 500 });
      let purged = 0;
      for (const row of stale) {
        // Conditional: a case may have attached it a moment ago.
        const gone = await d.tx.run((em) =>
          em.getRepository(UploadEntity).createQueryBuilder().delete().where('id = :id AND attached_at IS NULL', { id: row.id }).execute(),
        );
        if (!gone.affected) continue;
        await d.files.delete(row.storageKey);
        if (row.thumbnailKey) await d.files.delete(row.thumbnailKey);
        purged++;
      }
      return purged;
    },
  };
}
export type UploadService = ReturnType<typeof createUploadService>;
