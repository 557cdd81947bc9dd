// The decision PDF (决定书) is private: an authorised API path, never a public link. The mini-program
// downloads it with the bearer token and opens it in its document viewer; H5 fetches it with the
// token into a blob URL and opens that. (The staff feature has its own copy: features stand alone.)
import Taro from '@tarojs/taro';
import { session } from '@/lib/auth';
import { api } from '@/lib/request';
import { tell } from '@/lib/elder-mode-notices';

const DOWNLOAD_FAILED = '文件下载失败，请稍后重试';

async function authHeader(): Promise<Record<string, string>> {
  const token = await session.provider.accessToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** Opens the PDF at the API `path`: weapp downloadFile + openDocument; H5 fetch → blob → a new tab. */
export async function openPrivatePdf(path: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    // A tab opened after an await is a pop-up to the browser: open it now, fill it when the file is here.
    const tab = window.open('', '_blank');
    try {
      const res = await fetch(api.url(path), { headers: await authHeader() });
      if (!res.ok) throw new Error(DOWNLOAD_FAILED);
      const url = URL.createObjectURL(await res.blob());
      if (tab) tab.location.href = url;
      else window.location.href = url;
    } catch {
      tab?.close();
      tell(DOWNLOAD_FAILED);
    }
    return;
  }
  try {
    const res = await Taro.downloadFile({ url: api.url(path), header: await authHeader() });
    if (res.statusCode !== 200) throw new Error(DOWNLOAD_FAILED);
    await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'pdf', showMenu: true });
  } catch {
    tell(DOWNLOAD_FAILED);
  }
}
