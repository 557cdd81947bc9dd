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
export const getEnv = () => 'WEB';
export const ENV_TYPE = { WEB: 'WEB', WEAPP: 'WEAPP' };
export const useRouter = vi.fn(() => ({ params: {} as Record<string, string> }));
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
  request, showToast, showLoading, hideLoading, navigateTo, redirectTo, makePhoneCall, openLocation, downloadFile,
  openDocument, getLocation, pageScrollTo, setNavigationBarTitle, getEnv, ENV_TYPE, getCurrentInstance,
  eventCenter, createSelectorQuery, getSystemInfoSync, getWindowInfo,
};
export default Taro;
