import { describe, expect, it } from 'vitest';
import { createElderModeStore, ELDER_MODE_KEY, ELDER_MODE_UNSAVED_KEY, type ElderModeAccount, prefersElderMode } from './elder-mode-store';
import type { KeyValueStore } from './session';

function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return { data, get: (k) => data.get(k) ?? '', set: (k, v) => void data.set(k, v), remove: (k) => void data.delete(k) };
}

describe('长辈版 switch', () => {
  it('starts on for a resident whose WeChat font is set large, off at the standard size', () => {
    expect(createElderModeStore({ store: memoryStore(), systemFontSize: () => 20 }).isOn()).toBe(true);
    expect(createElderModeStore({ store: memoryStore(), systemFontSize: () => 16 }).isOn()).toBe(false);
    // H5: no WeChat setting to read.
    expect(createElderModeStore({ store: memoryStore(), systemFontSize: () => undefined }).isOn()).toBe(false);
  });

  it('remembers the resident’s choice on this device, over the system font', () => {
    const store = memoryStore();
    const first = createElderModeStore({ store, systemFontSize: () => 22 });
    first.set(false);
    expect(store.data.get(ELDER_MODE_KEY)).toBe('off');
    expect(createElderModeStore({ store, systemFontSize: () => 22 }).isOn()).toBe(false);

    createElderModeStore({ store, systemFontSize: () => 16 }).set(true);
    expect(createElderModeStore({ store, systemFontSize: () => 16 }).isOn()).toBe(true);
  });

  it('tells subscribers when it changes, and only then', () => {
    const mode = createElderModeStore({ store: memoryStore({ [ELDER_MODE_KEY]: 'off' }), systemFontSize: () => 16 });
    let calls = 0;
    const stop = mode.subscribe(() => calls++);
    mode.set(false);
    mode.set(true);
    expect([mode.isOn(), calls]).toEqual([true, 1]);
    stop();
    mode.set(false);
    expect(calls).toBe(1);
  });

  it('counts 18 px and up as a large system font', () => {
    expect([16, 17, 18, 24].map(prefersElderMode)).toEqual([false, false, true, true]);
  });
});

/** The account as the server keeps it; `offline` makes every call fail as a lost connection does. */
function fakeAccount(initial: boolean | null = null) {
  const state = { signedIn: true, offline: false, saved: initial, reads: 0, saves: [] as boolean[] };
  const reachable = () => (state.offline ? Promise.reject(new Error('网络连接失败')) : Promise.resolve());
  const account: ElderModeAccount = {
    isSignedIn: () => state.signedIn,
    read: async () => {
      state.reads++;
      await reachable();
      return state.saved;
    },
    save: async (on) => {
      await reachable();
      state.saves.push(on);
      state.saved = on;
    },
  };
  return { state, account };
}
/** Lets the store's pending saves run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('长辈版 on the account', () => {
  it('on a new phone, takes the account’s choice over the system font and remembers it here', async () => {
    const store = memoryStore();
    const { state, account } = fakeAccount(true);
    const mode = createElderModeStore({ store, systemFontSize: () => 16, account });
    expect(mode.isOn()).toBe(false);
    let calls = 0;
    mode.subscribe(() => calls++);
    await mode.syncWithAccount();
    expect([mode.isOn(), calls, store.data.get(ELDER_MODE_KEY)]).toEqual([true, 1, 'on']);
    expect(state.saves).toEqual([]);
  });

  it('the account’s choice wins over one this device got before (another account, or the account earlier)', async () => {
    const store = memoryStore({ [ELDER_MODE_KEY]: 'on' });
    const { state, account } = fakeAccount(false);
    const mode = createElderModeStore({ store, systemFontSize: () => 16, account });
    await mode.syncWithAccount();
    expect([mode.isOn(), store.data.get(ELDER_MODE_KEY), state.saves]).toEqual([false, 'off', []]);
  });

  it('hands this device’s choice to an account that never made one', async () => {
    const { state, account } = fakeAccount(null);
    const mode = createElderModeStore({ store: memoryStore({ [ELDER_MODE_KEY]: 'on' }), systemFontSize: () => 16, account });
    await mode.syncWithAccount();
    expect([mode.isOn(), state.saved]).toEqual([true, true]);
  });

  it('leaves an account that never chose alone when nobody chose here either (the system font decides)', async () => {
    const store = memoryStore();
    const { state, account } = fakeAccount(null);
    const mode = createElderModeStore({ store, systemFontSize: () => 20, account });
    await mode.syncWithAccount();
    expect([mode.isOn(), state.saves, store.data.has(ELDER_MODE_KEY)]).toEqual([true, [], false]);
  });

  it('asks nothing while signed out', async () => {
    const { state, account } = fakeAccount(true);
    state.signedIn = false;
    const mode = createElderModeStore({ store: memoryStore(), systemFontSize: () => 16, account });
    await mode.syncWithAccount();
    mode.set(true);
    await settle();
    expect([state.reads, state.saves]).toEqual([0, []]);
  });

  it('saves the switch to the account when signed in, and remembers it here at once', async () => {
    const store = memoryStore();
    const { state, account } = fakeAccount(null);
    const mode = createElderModeStore({ store, systemFontSize: () => 16, account });
    mode.set(true);
    expect(store.data.get(ELDER_MODE_KEY)).toBe('on');
    await settle();
    expect(state.saved).toBe(true);
    expect(store.data.has(ELDER_MODE_UNSAVED_KEY)).toBe(false);
  });

  it('says nothing when the save fails, and saves at the next launch instead of taking the account’s old choice', async () => {
    const store = memoryStore({ [ELDER_MODE_KEY]: 'on' });
    const { state, account } = fakeAccount(true);
    state.offline = true;
    const first = createElderModeStore({ store, systemFontSize: () => 16, account });
    expect(() => first.set(false)).not.toThrow();
    await settle();
    expect([first.isOn(), state.saved]).toEqual([false, true]);

    state.offline = false;
    const nextLaunch = createElderModeStore({ store, systemFontSize: () => 16, account });
    await nextLaunch.syncWithAccount();
    expect([nextLaunch.isOn(), state.saved]).toEqual([false, false]);
    expect(store.data.has(ELDER_MODE_UNSAVED_KEY)).toBe(false);
  });

  it('keeps the device’s choice when the account cannot be read', async () => {
    const { state, account } = fakeAccount(true);
    state.offline = true;
    const mode = createElderModeStore({ store: memoryStore({ [ELDER_MODE_KEY]: 'off' }), systemFontSize: () => 16, account });
    await expect(mode.syncWithAccount()).resolves.toBeUndefined();
    expect(mode.isOn()).toBe(false);
  });

  it('a switch made signed out is the newest choice: signing in saves it rather than undoing it', async () => {
    const store = memoryStore({ [ELDER_MODE_KEY]: 'off' });
    const { state, account } = fakeAccount(false);
    state.signedIn = false;
    const mode = createElderModeStore({ store, systemFontSize: () => 16, account });
    mode.set(true);
    state.signedIn = true;
    await mode.syncWithAccount();
    expect([mode.isOn(), state.saved]).toEqual([true, true]);
  });

  it('a switch made while the account’s answer is on its way wins over that answer', async () => {
    const { state, account } = fakeAccount(false);
    let answer = () => {};
    const slowRead: ElderModeAccount = {
      ...account,
      read: () => new Promise((resolve) => (answer = () => resolve(state.saved))),
    };
    const mode = createElderModeStore({ store: memoryStore(), systemFontSize: () => 16, account: slowRead });
    const sync = mode.syncWithAccount();
    mode.set(true);
    answer();
    await sync;
    await settle();
    expect([mode.isOn(), state.saved]).toEqual([true, true]);
  });

  it('quick switches end with the last one on the account, sent one at a time', async () => {
    const { state, account } = fakeAccount(null);
    let inFlight = 0;
    let most = 0;
    const slowSave: ElderModeAccount = {
      ...account,
      save: async (on) => {
        most = Math.max(most, ++inFlight);
        await settle();
        await account.save(on);
        inFlight--;
      },
    };
    const mode = createElderModeStore({ store: memoryStore(), systemFontSize: () => 16, account: slowSave });
    mode.set(true);
    mode.set(false);
    mode.set(true);
    mode.set(false);
    for (let i = 0; i < 5; i++) await settle();
    expect([state.saved, most]).toEqual([false, 1]);
    expect(state.saves.at(-1)).toBe(false);
  });
});
