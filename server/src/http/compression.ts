// gzip or brotli, as the client prefers, for every compressible answer above 1 KiB: API JSON, the
// H5 build's scripts and styles, the OpenAPI document. Below that the framing costs more than it
// saves. Brotli at quality 4 compresses about as fast as gzip and smaller; zstd and deflate are
// off so every client and nginx see the same two encodings.
import type { Context, Next } from 'koa';
import { constants } from 'node:zlib';
import compress from 'koa-compress';

export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * A JSON answer serialised once: koa-compress asks for the body's length, which Koa works out by
 * serialising an object body — and Koa serialises it again to send it.
 */
async function jsonOnce(ctx: Context, next: Next): Promise<void> {
  await next();
  const body: unknown = ctx.body;
  if (body === null || typeof body !== 'object' || Buffer.isBuffer(body) || typeof (body as { pipe?: unknown }).pipe === 'function') return;
  ctx.body = JSON.stringify(body); // the Content-Type stays the JSON one Koa set with the object
}

export function compression() {
  const compressing = compress({
    threshold: COMPRESSION_THRESHOLD_BYTES,
    gzip: { level: 6 },
    br: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    deflate: false,
    zstd: false,
  });
  return async (ctx: Context, next: Next): Promise<void> => {
    await compressing(ctx, () => jsonOnce(ctx, next));
  };
}
