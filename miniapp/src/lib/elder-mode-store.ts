// 长辈版 (elder mode, MIIT 2021 适老化) as a small store: on or off, remembered on this device and on
// the account, and — until the resident chooses — on when WeChat reports a large system font.
// Taro-free, so the rules are tested as they are; lib/elder-mode.ts wires it to storage, the API
// and the page.
import type { KeyValueStore } from './session';

export const ELDER_MODE_KEY = 'bm.elderMode';
/** Set while this device holds a choice the account has not received yet (signed out, offline, a failed save). */
export const ELDER_MODE_UNSAVED_KEY = 'bm.elderMode.unsaved';

/**
 * WeChat's 「设置-通用-字体大小」 in px: 16 is 标准 (some clients report 17); anything larger is a
 * resident who asked for big text.
 */
export const LARGE_SYSTEM_FONT = 18;

export function prefersElderMode(systemFontSize: number | undefined): boolean {
  return typeof systemFontSize === 'number' && systemFontSize >= LARGE_SYSTEM_FONT;
}

/** The signed-in account's copy of the choice (GET/PUT /api/v1/me/preferences). */
export interface ElderModeAccount {
  isSignedIn: () => boolean;
  /** null: the account has never chosen. Rejects when it cannot be read (offline, server trouble). */
  read: () => Promise<boolean | null>;
  save: (on: boolean) => Promise<unknown>;
}

export interface ElderModeStore {
  isOn: () => boolean;
  /** The resident's own choice: remembered here at once, saved to the account when signed in. */
  set: (on: boolean) => void;
  /**
   * At sign-in and at launch. A choice this device has not yet handed to the account is the newest
   * and is saved; otherwise the account's choice wins and is remembered here; an account that never
   * chose takes this device's choice, if the resident made one. Never fails: what could not be
   * saved is tried again next time.
   */
  syncWithAccount: () => Promise<void>;
  subscribe: (listener: () => void) => () => void;
}

export function createElderModeStore({
  store,
  systemFontSize,
  account,
}: {
  store: KeyValueStore;
  systemFontSize: () => number | undefined;
  account?: ElderModeAccount;
}): ElderModeStore {
  const listeners = new Set<() => void>();
  const saved = store.get(ELDER_MODE_KEY);
  let on = saved === 'on' ? true : saved === 'off' ? false : prefersElderMode(systemFontSize());
  /** The saves queued so far; `drain` never rejects. */
  let saving = Promise.resolve();

  const chosenHere = () => ['on', 'off'].includes(store.get(ELDER_MODE_KEY) as string);
  const unsaved = () => store.get(ELDER_MODE_UNSAVED_KEY) === true;

  function remember(next: boolean) {
    store.set(ELDER_MODE_KEY, next ? 'on' : 'off');
    if (next === on) return;
    on = next;
    listeners.forEach((l) => l());
  }

  async function drain() {
    try {
      while (account?.isSignedIn() && unsaved()) {
        const value = on;
        await account.save(value);
        if (on === value) store.remove(ELDER_MODE_UNSAVED_KEY);
      }
    } catch {
      // Quietly: the device remembers, and the next launch or sign-in tries again.
    }
  }
  /** One save at a time, always of the latest choice: answers arriving out of order cannot undo a newer one. */
  function saveToAccount(): Promise<void> {
    saving = saving.then(drain);
    return saving;
  }

  return {
    isOn: () => on,
    set: (next) => {
      store.set(ELDER_MODE_UNSAVED_KEY, true);
      remember(next);
      void saveToAccount();
    },
    syncWithAccount: async () => {
      if (!account?.isSignedIn()) return;
      if (!unsaved()) {
        let chosen: boolean | null;
        try {
          chosen = await account.read();
        } catch {
          return; // offline: this device's choice stands until the next launch
        }
        // The resident may have switched while the answer was on its way: that choice is newer.
        if (!unsaved()) {
          if (chosen !== null) {
            remember(chosen);
            return;
          }
          if (!chosenHere()) return; // never chosen anywhere: the system font stays in charge
          store.set(ELDER_MODE_UNSAVED_KEY, true);
        }
      }
      await saveToAccount();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
