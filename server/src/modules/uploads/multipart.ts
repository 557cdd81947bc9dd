// Reads the one file of a multipart/form-data upload into memory with multer (busboy underneath),
// after access was checked. Limits are enforced while reading: a body over the limit is refused
// without being kept.
import type { Context } from 'koa';
import multer from 'multer';
import { UPLOAD_FIELD } from '@bianmin/shared';
import { AppError } from '../../errors';

export interface ReceivedFile {
  originalName: string;
  bytes: Buffer;
}

const tooLarge = (maxBytes: number) =>
  new AppError('FILE_TOO_LARGE', 413, `单个文件不能超过${Math.round(maxBytes / 1024 / 1024)}MB，请压缩或分页后重新上传`);

export async function receiveFile(ctx: Context, maxBytes: number): Promise<ReceivedFile> {
  if (!ctx.is('multipart/form-data')) throw new AppError('FILE_MISSING', 400, '请以 multipart/form-data 方式上传文件（字段名 file）');
  // Refuse at once what announces itself as too large: nothing is read.
  const announced = Number(ctx.get('Content-Length') || 0);
  if (announced > maxBytes + 64 * 1024) {
    ctx.set('Connection', 'close');
    throw tooLarge(maxBytes);
  }
  const parse = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 4, parts: 5, fieldSize: 1024, headerPairs: 50 },
  }).single(UPLOAD_FIELD);
  const failure = await new Promise<unknown>((resolve) => {
    parse(ctx.req as never, ctx.res as never, resolve);
  });
  if (failure) {
    // The rest of the body is discarded so the client can read the answer; the connection then closes.
    ctx.req.resume();
    ctx.set('Connection', 'close');
    const code = (failure as { code?: string }).code;
    if (code === 'LIMIT_FILE_SIZE') throw tooLarge(maxBytes);
    if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT')
      throw new AppError('FILE_MISSING', 400, '一次只能上传一个文件，字段名为 file');
    throw new AppError('BAD_REQUEST', 400, '上传的内容格式不正确，请重新选择文件上传');
  }
  const file = (ctx.req as { file?: Express.Multer.File }).file;
  if (!file || file.size === 0) throw new AppError('FILE_MISSING', 400, '没有收到文件，请重新选择文件上传');
  return { originalName: file.originalname, bytes: file.buffer };
}
