import { describe, expect, it } from 'vitest';
import { createElderModeStore, ELDER_MODE_KEY, prefersElderMode } from './elder-mode-store';
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
