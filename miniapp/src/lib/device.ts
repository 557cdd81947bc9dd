// Phone, map and document actions. The mini-program has native APIs for each; H5 renders plain
// links instead (see components/ContactActions). Components branch on
// `process.env.TARO_ENV === 'h5'` written out in place: the build replaces it with a constant and
// drops the other platform's branch, which it cannot do through an imported constant.
import Taro from '@tarojs/taro';
import { wgs84ToGcj02 } from './geo';
import { tell } from './elder-mode-notices';

export interface Place {
  name: string;
  address: string;
  /** WGS-84, as stored. */
  latitude: number;
  longitude: number;
}

/** Dialable form: hyphens dropped (0532-87861000 → 053287861000). */
export function dialable(phone: string): string {
  return phone.replace(/[^\d+]/g, '');
}

export function callPhone(phone: string): void {
  Taro.makePhoneCall({ phoneNumber: dialable(phone) }).catch(() => {
    // Cancelling the call sheet is not an error worth telling.
  });
}

/** Amap's public marker link (no key needed), for H5; coordinates converted to GCJ-02. */
export function mapLink(place: Place): string {
  const { lat, lng } = wgs84ToGcj02(place.latitude, place.longitude);
  const name = encodeURIComponent(place.name);
  return `https://uri.amap.com/marker?position=${lng.toFixed(6)},${lat.toFixed(6)}&name=${name}&src=bianmin&coordinate=gaode&callnative=1`;
}

export function openMap(place: Place): void {
  const { lat, lng } = wgs84ToGcj02(place.latitude, place.longitude);
  Taro.openLocation({ latitude: lat, longitude: lng, name: place.name, address: place.address, scale: 17 }).catch(() => {
    tell('无法打开地图，请复制地址后在地图应用中搜索');
  });
}

/** Downloads a .docx form and opens it in WeChat's document viewer (where it can be forwarded or printed). */
export async function openDocx(url: string): Promise<void> {
  void Taro.showLoading({ title: '正在下载', mask: true });
  let filePath: string;
  try {
    const res = await Taro.downloadFile({ url });
    if (res.statusCode !== 200) throw new Error(`download ${res.statusCode}`);
    filePath = res.tempFilePath;
  } catch {
    // hideLoading also hides toasts on weapp, so it goes first.
    Taro.hideLoading();
    tell('表格下载失败，请稍后重试');
    return;
  }
  Taro.hideLoading();
  await Taro.openDocument({ filePath, fileType: 'docx', showMenu: true }).catch(() => {
    tell('无法打开表格，请稍后重试');
  });
}
