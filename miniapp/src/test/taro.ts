// Stand-in for @tarojs/taro under vitest: the APIs our code and NutUI touch, as spies.
import { vi } from 'vitest';

export const request = vi.fn();
export const showToast = vi.fn(() => Promise.resolve());
export const showLoading = vi.fn(() => Promise.resolve());
export const hideLoading = vi.fn();
export const navigateTo = vi.fn(() => Promise.resolve());
export const redirectTo = vi.fn(() => Promise.resolve());
export const makePhoneCall = vi.fn(() => Promise.resolve());
export const openLocation = vi.fn(() => Promise.resolve());
export const downloadFile = vi.fn();
export const openDocument = vi.fn(() => Promise.resolve());
export const getLocation = vi.fn();
export const pageScrollTo = vi.fn(() => Promise.resolve());
export const setNavigationBarTitle = vi.fn(() => Promise.resolve());
export const switchTab = vi.fn(() => Promise.resolve());
export const navigateBack = vi.fn(() => Promise.resolve());
export const login = vi.fn(() => Promise.resolve({ code: 'wx-code', errMsg: 'login:ok' }));
export const getCurrentPages = vi.fn(() => [] as { route: string }[]);
export const useDidShow = vi.fn();
export const useDidHide = vi.fn();
export const showModal = vi.fn(() => Promise.resolve({ confirm: true, cancel: false }));
export const scanCode = vi.fn();
export const setClipboardData = vi.fn(() => Promise.resolve());
export const chooseMedia = vi.fn();
export const chooseMessageFile = vi.fn();
export const compressImage = vi.fn((o: { src: string }) => Promise.resolve({ tempFilePath: o.src, errMsg: 'compressImage:ok' }));
export const uploadFile = vi.fn();
/** WeChat's subscription dialog: tests answer per template id ({ [id]: 'accept' | 'reject' }). */
export const requestSubscribeMessage = vi.fn();
/** Storage kept in memory; tests start from `storage.clear()`. */
export const storage = new Map<string, unknown>();
export const getStorageSync = (key: string) => (storage.has(key) ? storage.get(key) : '');
export const setStorageSync = (key: string, value: unknown) => void storage.set(key, value);
export const removeStorageSync = (key: string) => void storage.delete(key);
export const getEnv = () => 'WEB';
export const ENV_TYPE = { WEB: 'WEB', WEAPP: 'WEAPP' };
export const useRouter = vi.fn(() => ({ params: {} }));
export const useReachBottom = vi.fn();
export const usePageScroll = vi.fn();
export const getCurrentInstance = () => ({ router: { params: {} } });
export const eventCenter = { on: vi.fn(), off: vi.fn(), trigger: vi.fn() };
export const createSelectorQuery = () => ({
  select: () => ({ boundingClientRect: () => ({ exec: (cb: (r: unknown[]) => void) => cb([]) }) }),
  selectAll: () => ({ boundingClientRect: () => ({ exec: (cb: (r: unknown[]) => void) => cb([]) }) }),
});
export const getSystemInfoSync = () => ({ windowWidth: 375, windowHeight: 812, platform: 'devtools' });
export const getWindowInfo = () => ({ windowWidth: 375, windowHeight: 812 });

const Taro = {
  request,
  showToast,
  showLoading,
  hideLoading,
  navigateTo,
  redirectTo,
  makePhoneCall,
  openLocation,
  downloadFile,
  openDocument,
  getLocation,
  pageScrollTo,
  setNavigationBarTitle,
  getEnv,
  ENV_TYPE,
  getCurrentInstance,
  eventCenter,
  createSelectorQuery,
  getSystemInfoSync,
  getWindowInfo,
  switchTab,
  navigateBack,
  login,
  getCurrentPages,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  showModal,
  scanCode,
  setClipboardData,
  chooseMedia,
  chooseMessageFile,
  compressImage,
  uploadFile,
  requestSubscribeMessage,
};
export default Taro;
