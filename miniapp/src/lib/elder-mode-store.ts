// 长辈版 (elder mode, MIIT 2021 适老化) as a small store: on or off, remembered on this device, and
// — until the resident chooses — on when WeChat reports a large system font. Taro-free, so the
// rules are tested as they are; lib/elder-mode.ts wires it to storage and the page.
import type { KeyValueStore } from './session';

export const ELDER_MODE_KEY = 'bm.elderMode';

/**
 * WeChat's 「设置-通用-字体大小」 in px: 16 is 标准 (some clients report 17); anything larger is a
 * resident who asked for big text.
 */
export const LARGE_SYSTEM_FONT = 18;

export function prefersElderMode(systemFontSize: number | undefined): boolean {
  return typeof systemFontSize === 'number' && systemFontSize >= LARGE_SYSTEM_FONT;
}

export interface ElderModeStore {
  isOn: () => boolean;
  /** The resident's own choice: remembered, and it wins over the system font from now on. */
  set: (on: boolean) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createElderModeStore({
  store,
  systemFontSize,
}: {
  store: KeyValueStore;
  systemFontSize: () => number | undefined;
}): ElderModeStore {
  const listeners = new Set<() => void>();
  const saved = store.get(ELDER_MODE_KEY);
  let on = saved === 'on' ? true : saved === 'off' ? false : prefersElderMode(systemFontSize());
  return {
    isOn: () => on,
    set: (next) => {
      store.set(ELDER_MODE_KEY, next ? 'on' : 'off');
      if (next === on) return;
      on = next;
      listeners.forEach((l) => l());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
