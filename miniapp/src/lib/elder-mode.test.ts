// The 长辈版 switch wired to the app: the session, the API and the page. The rules themselves are in
// elder-mode-store.test.ts; this checks they are reached at launch, at sign-in and on a switch.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/react';
import type { Route } from '@/test/fake-api';

const PREFERENCES = '/api/v1/me/preferences';

/** Starts the app afresh (modules evaluated again), with this device's storage and these API answers. */
async function launch({
  signedIn,
  routes,
  device = {},
}: {
  signedIn: boolean;
  routes: Record<string, Route>;
  device?: Record<string, unknown>;
}) {
  vi.resetModules();
  const fake = await import('@/test/fake-api');
  const taro = await import('@/test/taro');
  fake.resetApi();
  taro.showToast.mockClear();
  for (const [k, v] of Object.entries(device)) taro.storage.set(k, v);
  if (signedIn) fake.signInAs(1);
  fake.serveApi(routes);
  const { elderMode } = await import('./elder-mode');
  const { session } = await import('./auth');
  return { elderMode, session, fake, taro };
}
const pageIsElder = () => document.documentElement.classList.contains('elder');

describe('长辈版 follows the account', () => {
  beforeEach(() => document.documentElement.classList.remove('elder'));

  it('at launch with a session, shows the page as the account chose and remembers it on this device', async () => {
    const { elderMode, taro } = await launch({ signedIn: true, routes: { [`GET ${PREFERENCES}`]: () => [200, { elderMode: true }] } });
    await waitFor(() => expect(elderMode.isOn()).toBe(true));
    expect(pageIsElder()).toBe(true);
    expect(taro.storage.get('bm.elderMode')).toBe('on');
  });

  it('signed out, asks the server nothing', async () => {
    const { fake } = await launch({ signedIn: false, routes: {} });
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.sent()).toEqual([]);
  });

  it('on signing in, hands the choice made on this device to an account that has none', async () => {
    const { session, fake } = await launch({
      signedIn: false,
      device: { 'bm.elderMode': 'on' },
      routes: {
        [`GET ${PREFERENCES}`]: () => [200, { elderMode: null }],
        [`PUT ${PREFERENCES}`]: (body) => [200, body],
      },
    });
    session.start(fake.tokenPair(2));
    await waitFor(() => expect(fake.sentTo(`PUT ${PREFERENCES}`)).toHaveLength(1));
    expect(fake.sentTo(`PUT ${PREFERENCES}`)[0]!.data).toEqual({ elderMode: true });
    expect(fake.sentTo(`PUT ${PREFERENCES}`)[0]!.header.Authorization).toBe('Bearer access-2');
  });

  it('saves a switch to the account; when that fails the resident sees nothing, and the next launch saves it', async () => {
    const failing = await launch({
      signedIn: true,
      routes: {
        [`GET ${PREFERENCES}`]: () => [200, { elderMode: true }],
        [`PUT ${PREFERENCES}`]: () => [503, { code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用，请稍后重试' }],
      },
    });
    await waitFor(() => expect(failing.elderMode.isOn()).toBe(true));
    failing.elderMode.set(false);
    expect(pageIsElder()).toBe(false);
    await waitFor(() => expect(failing.fake.sentTo(`PUT ${PREFERENCES}`)).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 0));
    expect(failing.taro.showToast).not.toHaveBeenCalled();

    // Next launch, same device: the account still says on, but the resident's newer "off" is saved.
    const device = Object.fromEntries(failing.taro.storage);
    const next = await launch({
      signedIn: true,
      device,
      routes: {
        [`GET ${PREFERENCES}`]: () => [200, { elderMode: true }],
        [`PUT ${PREFERENCES}`]: (body) => [200, body],
      },
    });
    await waitFor(() => expect(next.fake.sentTo(`PUT ${PREFERENCES}`)).toHaveLength(1));
    expect(next.fake.sentTo(`PUT ${PREFERENCES}`)[0]!.data).toEqual({ elderMode: false });
    expect(next.elderMode.isOn()).toBe(false);
  });
});
