// Sending a material file (multipart field `file`, POST /api/v1/uploads) with progress, outside
// api.call: the mini-program has Taro.uploadFile, the browser XMLHttpRequest + FormData (fetch has
// no upload progress). Both carry the bearer token, refresh it once on 401, and turn failures into
// the ApiError the rest of the app shows (the server's Chinese message, e.g. 文件类型不支持).
import Taro from '@tarojs/taro';
import type { Upload } from '@bianmin/shared/uploads/upload.schema';
import { uploadRoutes } from '@bianmin/shared/uploads/upload.routes';
import type { UploadKind } from '@bianmin/shared/catalogue/application-form.schema';
import { session } from '@/lib/auth';
import { api, ApiError, errorFromFailure, errorFromResponse } from '@/lib/request';

/** A file the resident picked: a browser File (H5) or a temporary path (mini-program). */
export interface PickedFile {
  name: string;
  kind: UploadKind;
  source: File | string;
  /** Shown while it uploads: the temporary path of a photo (mini-program) or an object URL (H5). */
  preview: string | null;
}

export const UPLOAD_TIMEOUT_MS = 120_000;
const TYPE_REFUSED = '文件类型不支持，请上传照片（JPG、PNG）或PDF文件';

/** The kind of a browser file, or null when it is neither a photo nor a PDF. */
export function kindOfFile(type: string, name: string): UploadKind | null {
  if (type === 'application/pdf' || /\.pdf$/i.test(name)) return 'pdf';
  if (type.startsWith('image/') || /\.(jpe?g|png|webp)$/i.test(name)) return 'image';
  return null;
}

/** Why a picked file is not accepted for this material, or null. */
export function kindProblem(kind: UploadKind | null, accepted: readonly UploadKind[]): string | null {
  if (!kind) return TYPE_REFUSED;
  if (accepted.includes(kind)) return null;
  return accepted.includes('pdf') ? '该材料只接受PDF文件，请上传扫描件或电子文件' : '该材料只接受照片，请拍照或从相册选择';
}

export function pickedFromBrowser(file: File): PickedFile | null {
  const kind = kindOfFile(file.type, file.name);
  if (!kind) return null;
  const preview = kind === 'image' && typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : null;
  return { name: file.name, kind, source: file, preview };
}

/** Mini-program: photos from the camera or album, or PDFs from a WeChat chat (chooseMessageFile). */
export async function pickInMiniProgram(kind: UploadKind, count: number): Promise<PickedFile[]> {
  if (kind === 'pdf') {
    const { tempFiles } = await Taro.chooseMessageFile({ count, type: 'file', extension: ['pdf'] });
    return tempFiles.map((f) => ({ name: f.name, kind: 'pdf', source: f.path, preview: null }));
  }
  const { tempFiles } = await Taro.chooseMedia({ count, mediaType: ['image'], sourceType: ['camera', 'album'], sizeType: ['compressed'] });
  return tempFiles.map((f, i) => ({
    name: f.tempFilePath.split('/').pop() ?? `照片${i + 1}.jpg`,
    kind: 'image',
    source: f.tempFilePath,
    preview: f.tempFilePath,
  }));
}

function parse(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

type Sent = { status: number; body: unknown };

function sendFromMiniProgram(path: string, kind: UploadKind, token: string | null, onProgress: (percent: number) => void): Promise<Sent> {
  return (async () => {
    // Photos are re-encoded by the server anyway; a smaller one uploads faster on a weak signal.
    const filePath =
      kind === 'image'
        ? await Taro.compressImage({ src: path, quality: 80 }).then(
            (r) => r.tempFilePath,
            () => path,
          )
        : path;
    const task = Taro.uploadFile({
      url: api.url(uploadRoutes.upload.path),
      filePath,
      name: 'file',
      header: token ? { Authorization: `Bearer ${token}` } : {},
      timeout: UPLOAD_TIMEOUT_MS,
    });
    task.progress((r) => onProgress(r.progress));
    const res = await task;
    return { status: res.statusCode, body: parse(res.data) };
  })();
}

function sendFromBrowser(file: File, name: string, token: string | null, onProgress: (percent: number) => void): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', api.url(uploadRoutes.upload.path));
    xhr.timeout = UPLOAD_TIMEOUT_MS;
    xhr.setRequestHeader('Accept', 'application/json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => resolve({ status: xhr.status, body: parse(xhr.responseText) });
    xhr.onerror = () => reject(new Error('network'));
    xhr.ontimeout = () => reject(new Error('timeout'));
    xhr.onabort = () => reject(new Error('abort'));
    const form = new FormData();
    form.append('file', file, name);
    xhr.send(form);
  });
}

/** Uploads one file; resolves to the stored Upload, rejects with an ApiError to show. */
export async function uploadFile(file: PickedFile, onProgress: (percent: number) => void): Promise<Upload> {
  const send = async (): Promise<Sent & { token: string | null }> => {
    const token = await session.provider.accessToken();
    try {
      const sent =
        typeof file.source === 'string'
          ? await sendFromMiniProgram(file.source, file.kind, token, onProgress)
          : await sendFromBrowser(file.source, file.name, token, onProgress);
      return { ...sent, token };
    } catch (failure) {
      throw errorFromFailure(failure);
    }
  };
  let res = await send();
  if (res.status === 401 && (await session.provider.refresh(res.token))) {
    onProgress(0);
    res = await send();
  }
  if (res.status >= 200 && res.status < 300 && res.body && typeof res.body === 'object') return res.body as Upload;
  if (res.status >= 200 && res.status < 300) throw new ApiError('HTTP_ERROR', '上传结果无法读取，请重试', res.status);
  throw errorFromResponse(res.status, res.body);
}
