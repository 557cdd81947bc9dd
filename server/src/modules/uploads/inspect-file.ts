// What a file really is, judged by its bytes (never its name or the Content-Type the client sent),
// made safe to keep: images are decoded and re-encoded (EXIF — with a phone's GPS position — and any
// other metadata is dropped, orientation applied) with a thumbnail; PDFs must open and not be
// encrypted. Pixel-count limits stop decompression bombs before they are decoded.
import { fileTypeFromBuffer } from 'file-type';
import { EncryptedPDFError, PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { AppError } from '../../errors';

export interface InspectedFile {
  kind: 'image' | 'pdf';
  mimeType: 'image/jpeg' | 'image/png' | 'application/pdf';
  extension: 'jpg' | 'png' | 'pdf';
  bytes: Buffer;
  thumbnail: Buffer | null;
  width: number | null;
  height: number | null;
  pages: number | null;
}

/** 50 megapixels: a 48 MP phone photo passes; a PNG claiming 20000 × 20000 does not. */
const MAX_INPUT_PIXELS = 50_000_000;
/** Long edge kept: enough to read any certificate, a fraction of a raw photo's size. */
const MAX_EDGE = 2400;
const THUMB_EDGE = 320;

const notAccepted = () =>
  new AppError('FILE_TYPE_NOT_ACCEPTED', 415, '只能上传 JPG、PNG、WebP 格式的照片或 PDF 文件，请转换格式后重新上传');

export async function inspectFile(bytes: Buffer): Promise<InspectedFile> {
  const type = await fileTypeFromBuffer(bytes);
  switch (type?.mime) {
    case 'image/jpeg':
    case 'image/png':
    case 'image/webp':
      return inspectImage(bytes, type.mime === 'image/png');
    case 'application/pdf':
      return inspectPdf(bytes);
    default:
      throw notAccepted();
  }
}

async function inspectImage(input: Buffer, png: boolean): Promise<InspectedFile> {
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' as const };
  try {
    const meta = await sharp(input, options).metadata();
    if ((meta.pages ?? 1) > 1) throw notAccepted(); // animated WebP: not a photo of a document
    const resized = sharp(input, options).rotate().resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true });
    // PNG stays lossless (screenshots, scans with text); photos become JPEG.
    const { data, info } = await (png ? resized.png({ compressionLevel: 9 }) : resized.jpeg({ quality: 85, mozjpeg: true })).toBuffer({
      resolveWithObject: true,
    });
    const thumbnail = await sharp(data)
      .resize({ width: THUMB_EDGE, height: THUMB_EDGE, fit: 'inside' })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 70 })
      .toBuffer();
    return {
      kind: 'image',
      mimeType: png ? 'image/png' : 'image/jpeg',
      extension: png ? 'png' : 'jpg',
      bytes: data,
      thumbnail,
      width: info.width,
      height: info.height,
      pages: null,
    };
  } catch (err) {
    if (err instanceof AppError) throw err;
    const message = err instanceof Error ? err.message : '';
    if (/pixel limit/i.test(message))
      throw new AppError('IMAGE_TOO_LARGE', 422, '图片尺寸过大（超过5000万像素），请用手机正常拍照或缩小后重新上传');
    throw new AppError('IMAGE_UNREADABLE', 422, '图片已损坏或不完整，无法打开，请重新拍照上传');
  }
}

async function inspectPdf(bytes: Buffer): Promise<InspectedFile> {
  // A PDF ends with %%EOF (perhaps followed by whitespace): a cut-off download does not.
  if (!bytes.subarray(-1024).toString('latin1').includes('%%EOF')) throw brokenPdf();
  // The trailer (or cross-reference stream) names an encryption dictionary: opening it needs a password.
  if (/\/Encrypt\s+\d+\s+\d+\s+R/.test(bytes.toString('latin1'))) throw encrypted();
  let pages: number;
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
    pages = doc.getPageCount();
  } catch (err) {
    if (err instanceof EncryptedPDFError) throw encrypted();
    throw brokenPdf();
  }
  if (pages < 1) throw brokenPdf();
  return { kind: 'pdf', mimeType: 'application/pdf', extension: 'pdf', bytes, thumbnail: null, width: null, height: null, pages };
}

const encrypted = () => new AppError('PDF_ENCRYPTED', 422, 'PDF 文件设置了密码或加密，工作人员无法打开，请取消加密后重新上传');
const brokenPdf = () => new AppError('PDF_BROKEN', 422, 'PDF 文件已损坏或不完整，无法打开，请重新导出或扫描后上传');
