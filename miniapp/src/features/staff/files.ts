// Private files (materials, the decision PDF): authorised API paths, never public links, so neither
// <Image src> nor a plain link can fetch them. The mini-program downloads with the bearer token to a
// temporary path; H5 fetches with it into a blob URL.
import Taro from '@tarojs/taro';
import { session } from '@/lib/auth';
import { api } from '@/lib/request';

async function authHeader(): Promise<Record<string, string>> {
  const token = await session.provider.accessToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

const DOWNLOAD_FAILED = '文件下载失败，请稍后重试';

/** A local path (weapp) or blob URL (H5) showing the file at the API `path`. */
export async function downloadPrivate(path: string): Promise<string> {
  const header = await authHeader();
  if (process.env.TARO_ENV === 'h5') {
    const res = await fetch(api.url(path), { headers: header });
    if (!res.ok) throw new Error(DOWNLOAD_FAILED);
    return URL.createObjectURL(await res.blob());
  }
  const res = await Taro.downloadFile({ url: api.url(path), header });
  if (res.statusCode !== 200) throw new Error(DOWNLOAD_FAILED);
  return res.tempFilePath;
}

/** Opens a file full size: the mini-program's document or image viewer, or a new browser tab on H5. */
export async function openPrivate(path: string, kind: 'pdf' | 'image'): Promise<void> {
  // A tab opened after an await is a pop-up to the browser: open it now, fill it when the file is here.
  const tab = process.env.TARO_ENV === 'h5' ? window.open('', '_blank') : null;
  try {
    const file = await downloadPrivate(path);
    if (process.env.TARO_ENV !== 'h5') {
      if (kind === 'pdf') await Taro.openDocument({ filePath: file, fileType: 'pdf', showMenu: true });
      else await Taro.previewImage({ urls: [file], current: file });
    } else if (tab) tab.location.href = file;
    else void Taro.showToast({ title: '请允许本站打开新窗口后重试', icon: 'none' });
  } catch {
    tab?.close();
    void Taro.showToast({ title: DOWNLOAD_FAILED, icon: 'none' });
  }
}

/** Lets go of a blob URL made by downloadPrivate (a temporary path needs nothing). */
export function releasePrivate(url: string): void {
  if (url.startsWith('blob:')) URL.revokeObjectURL(url);
}
