// Material uploads (电子材料): a photo or PDF a resident sends once and attaches to an application.
// Files are private: every URL here is an authorised API path, never a public link.
import { z } from '../zod';
import { UPLOAD_KINDS } from '../catalogue/application-form.schema';

export const UploadId = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, '文件编号格式不正确'));
export const UploadIdParam = z.object({ id: UploadId.check(z.describe('文件编号')) });

export const Upload = z.object({
  id: z.string(),
  kind: z.enum(UPLOAD_KINDS),
  /** image/jpeg, image/png, image/webp or application/pdf — of the stored (re-encoded) file. */
  mimeType: z.string(),
  fileName: z.string(),
  /** Bytes of the stored file. */
  size: z.int(),
  width: z.nullable(z.int()),
  height: z.nullable(z.int()),
  pages: z.nullable(z.int()),
  /** Authorised download path of the file, and of a small JPEG preview (images and … only images). */
  url: z.string(),
  thumbnailUrl: z.nullable(z.string()),
  createdAt: z.string(),
});
export type Upload = z.infer<typeof Upload>;

/**
 * One of my uploads: those used in earlier cases are offered again (材料复用) under the materials
 * they were used for; pending ones (not yet in a submitted case, kept a day) let a draft resume on
 * another device with its files.
 */
export const ReusableUpload = z.object({
  ...Upload.shape,
  usedFor: z.array(z.string()),
  pending: z.boolean(),
});
export type ReusableUpload = z.infer<typeof ReusableUpload>;
export const ReusableUploadList = z.object({ items: z.array(ReusableUpload) });
export type ReusableUploadList = z.infer<typeof ReusableUploadList>;

/** The multipart field that carries the file. */
export const UPLOAD_FIELD = 'file';
