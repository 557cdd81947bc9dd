// Taro's synchronous storage as the KeyValueStore the session and 长辈版 keep their state in.
import Taro from '@tarojs/taro';
import type { KeyValueStore } from './session';

export const taroStorage: KeyValueStore = {
  get: (key) => {
    // Storage can be unavailable (a private browser tab, a full quota): that reads as nothing stored.
    try {
      return Taro.getStorageSync(key);
    } catch {
      return null;
    }
  },
  set: (key, value) => Taro.setStorageSync(key, value),
  remove: (key) => Taro.removeStorageSync(key),
};
