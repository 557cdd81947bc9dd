// Upload API: multipart in (read only after access is checked), private files out — never a public URL.
import { uploadEndpoints as e } from '@bianmin/shared';
import type { Context } from 'koa';
import { contentDisposition } from '../../http/content-disposition';
import type { ApiRouter } from '../../http/api-router';
import { receiveFile } from './multipart';
import type { UploadService } from './upload-service';

function sendFile(ctx: Context, file: { bytes: Buffer; mimeType: string; fileName: string }) {
  ctx.type = file.mimeType;
  // Photos open in place (thumbnails, previews); a PDF downloads, so it never runs in our origin.
  ctx.set('Content-Disposition', contentDisposition(file.fileName, file.mimeType === 'application/pdf' ? 'attachment' : 'inline'));
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Cache-Control', 'private, no-store');
  ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
  return file.bytes;
}

export function uploadRoutes(api: ApiRouter, uploads: UploadService, maxBytes: number): void {
  api.mount(e.upload, ({ principal, ctx }) => uploads.upload(principal, () => receiveFile(ctx, maxBytes)));
  api.mount(e.mine, ({ principal }) => uploads.reusable(principal));
  api.mount(e.file, async ({ principal, input, ctx }) => sendFile(ctx, await uploads.read(principal, input.params.id, 'file')));
  api.mount(e.thumbnail, async ({ principal, input, ctx }) => sendFile(ctx, await uploads.read(principal, input.params.id, 'thumbnail')));
}
