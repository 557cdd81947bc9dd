// The app's 长辈版 switch. On H5 the root element carries `elder`, so every page (and Taro's title
// bar, tab bar and toasts) grows at once; pages also put `elder` on their own root (the only root a
// mini-program page has) through `useElderMode`. The choice follows the account: it is read at
// launch and at every sign-in, and saved when the resident switches (elder-mode-store.ts).
import { useSyncExternalStore } from 'react';
import Taro from '@tarojs/taro';
import { identityRoutes } from '@bianmin/shared/identity/identity.routes';
import { session } from './auth';
import { createElderModeStore, type ElderModeAccount } from './elder-mode-store';
import { followElderMode } from './elder-mode-notices';
import { api } from './request';
import { taroStorage } from './taro-storage';

function systemFontSize(): number | undefined {
  try {
    // WeChat reports it (base library ≥ 2.20.1) though Taro's type leaves it out; a browser has none.
    const info = Taro.getAppBaseInfo() as { fontSizeSetting?: unknown };
    return typeof info.fontSizeSetting === 'number' ? info.fontSizeSetting : undefined;
  } catch {
    return undefined;
  }
}

// Silent calls: the preference is never worth a message to the resident.
const account: ElderModeAccount = {
  // A session past its refresh lifetime is over: leave telling that to the pages that need one.
  isSignedIn: () => (session.tokens()?.refreshExpiresAt ?? 0) > Date.now(),
  read: async () => (await api.call(identityRoutes.preferences, {}, { silent: true })).elderMode,
  save: (on) => api.call(identityRoutes.setPreferences, { body: { elderMode: on } }, { silent: true }),
};

export const elderMode = createElderModeStore({ store: taroStorage, systemFontSize, account });
followElderMode(elderMode.isOn);

void elderMode.syncWithAccount();
session.subscribe((change) => {
  if (change === 'signed-in') void elderMode.syncWithAccount();
});

function applyToDocument() {
  if (process.env.TARO_ENV === 'h5') document.documentElement.classList.toggle('elder', elderMode.isOn());
}
applyToDocument();
elderMode.subscribe(applyToDocument);

/** Re-renders when the resident switches 长辈版 on or off. */
export function useElderMode(): boolean {
  return useSyncExternalStore(elderMode.subscribe, elderMode.isOn);
}

/** A page root's class names, with `elder` added in 长辈版. */
export function usePageClass(names: string): string {
  return useElderMode() ? `${names} elder` : names;
}
