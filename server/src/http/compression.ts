// gzip or brotli, as the client prefers, for every compressible answer above 1 KiB: API JSON, the
// H5 build's scripts and styles, the OpenAPI document. Below that the framing costs more than it
// saves. Brotli at quality 4 compresses about as fast as gzip and smaller; zstd and deflate are
// off so every client and nginx see the same two encodings.
import { constants } from 'node:zlib';
import compress from 'koa-compress';

export const COMPRESSION_THRESHOLD_BYTES = 1024;

export function compression() {
  return compress({
    threshold: COMPRESSION_THRESHOLD_BYTES,
    gzip: { level: 6 },
    br: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    deflate: false,
    zstd: false,
  });
}
