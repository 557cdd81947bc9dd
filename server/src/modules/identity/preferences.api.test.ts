// 长辈版 on the account: chosen on one phone, found again on the next one the user signs in on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisplayPreferences, ErrorBody } from '@bianmin/shared';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';

const PATH = '/api/v1/me/preferences';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await closeIfStarted(app);
});

const read = (token?: string) => app.get<DisplayPreferences & ErrorBody>(PATH, token);
const choose = (token: string | undefined, body: unknown) => app.send<DisplayPreferences & ErrorBody>(PATH, body, { token, method: 'PUT' });

describe('GET and PUT /api/v1/me/preferences', () => {
  it('knows no choice until the resident makes one', async () => {
    const { accessToken } = await app.signInResident('pref-new');
    expect(await read(accessToken)).toMatchObject({ status: 200, body: { elderMode: null } });
  });

  it('keeps 长辈版 on the account: switched on, found on the next phone signed in; switched off again', async () => {
    const phone1 = (await app.signInResident('pref-grandma')).accessToken;
    expect(await choose(phone1, { elderMode: true })).toMatchObject({ status: 200, body: { elderMode: true } });
    const phone2 = (await app.signInResident('pref-grandma')).accessToken;
    expect((await read(phone2)).body).toEqual({ elderMode: true });

    expect(await choose(phone2, { elderMode: false })).toMatchObject({ status: 200, body: { elderMode: false } });
    expect((await read(phone1)).body).toEqual({ elderMode: false });
  });

  it('is each account’s own: another resident does not get the first one’s choice', async () => {
    const first = (await app.signInResident('pref-first')).accessToken;
    const second = (await app.signInResident('pref-second')).accessToken;
    await choose(first, { elderMode: true });
    expect((await read(second)).body).toEqual({ elderMode: null });
    await choose(second, { elderMode: false });
    expect((await read(first)).body).toEqual({ elderMode: true });
  });

  it('is kept for staff accounts too', async () => {
    const staff = await app.signInStaff('pref-window', [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }]);
    await choose(staff.accessToken, { elderMode: true });
    expect((await read(staff.accessToken)).body).toEqual({ elderMode: true });
  });

  it('asks a signed-out caller to sign in', async () => {
    expect((await read()).status).toBe(401);
    const res = await choose(undefined, { elderMode: true });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it('refuses anything but on or off, in words, and changes nothing', async () => {
    const { accessToken } = await app.signInResident('pref-typo');
    await choose(accessToken, { elderMode: true });
    for (const body of [{ elderMode: 'yes' }, { elderMode: 1 }, { elderMode: null }, {}]) {
      const res = await choose(accessToken, body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.fieldErrors?.elderMode?.[0]).toMatch(/长辈版/);
    }
    expect((await choose(accessToken, { elderMode: 'yes' })).body.fieldErrors?.elderMode).toEqual(['长辈版应选择“是”或“否”，请重新选择']);
    expect((await read(accessToken)).body).toEqual({ elderMode: true });
  });
});
