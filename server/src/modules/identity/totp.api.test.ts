// The optional TOTP second factor for staff: setup, confirm, sign-in with a code, replay, admin reset.
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Me, StaffSummary, TokenPair, TotpSetup } from '@bianmin/shared';
import { closeIfStarted, STAFF_PASSWORD, startTestApp, type TestApp } from '../../testing/harness';
import { UserEntity } from './entities';

let app: TestApp;
let admin: TokenPair & { userId: string };
beforeAll(async () => {
  // Each sign-in from its own address: this test makes more attempts per minute than the throttle allows one address.
  app = await startTestApp({ env: { TRUST_PROXY: 'true' } });
  admin = await app.signInStaff('admin-totp', [{ role: 'admin', scopeType: 'district', scopeCode: null }]);
});
afterAll(async () => {
  await closeIfStarted(app);
});

let address = 0;
const login = (username: string, totp?: string) =>
  app.send<TokenPair & ErrorBody>(
    '/api/v1/auth/staff',
    { username, password: STAFF_PASSWORD, ...(totp === undefined ? {} : { totp }) },
    { headers: { 'x-forwarded-for': `203.0.113.${++address}` } },
  );
const PERIOD = 30;
const codeAt = (secret: string, stepOffset = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepOffset * PERIOD });
const wrongCode = async (secret: string) => {
  // A code valid for no step in the window.
  const valid = new Set(await Promise.all([-1, 0, 1].map((o) => codeAt(secret, o))));
  let n = 123456;
  while (valid.has(String(n))) n++;
  return String(n);
};

describe('TOTP for staff', () => {
  it('sets up, confirms, then requires a code at sign-in, refuses a replay, and an admin can reset it', async () => {
    const staff = await app.signInStaff('supervisor-totp', [{ role: 'supervisor', scopeType: 'district', scopeCode: null }]);
    const setup = await app.send<TotpSetup>('/api/v1/me/totp/setup', {}, { token: staff.accessToken });
    expect(setup.status).toBe(200);
    expect(setup.body.issuer).toBe('便民政务');
    expect(setup.body.secret).toMatch(/^[A-Z2-7]+=*$/);
    expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    const { secret } = setup.body;

    // Not yet confirmed: the password alone still signs in.
    expect((await login('supervisor-totp')).status).toBe(200);

    // The secret is stored sealed, never in clear.
    const row = await app.dataSource.getRepository(UserEntity).findOneOrFail({ where: { id: staff.userId } });
    expect(row.totpSecretEnc).toBeTruthy();
    expect(row.totpSecretEnc).not.toContain(secret);
    expect(row.totpEnabledAt).toBeNull();
    expect(JSON.stringify(row)).not.toContain(secret);

    const badConfirm = await app.send<ErrorBody>(
      '/api/v1/me/totp/confirm',
      { code: await wrongCode(secret) },
      { token: staff.accessToken },
    );
    expect(badConfirm.status).toBe(401);
    expect(badConfirm.body.code).toBe('TOTP_INVALID');

    const confirmed = await app.send<Me>('/api/v1/me/totp/confirm', { code: await codeAt(secret) }, { token: staff.accessToken });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.totpEnabled).toBe(true);
    expect((await app.get<Me>('/api/v1/me', staff.accessToken)).body.totpEnabled).toBe(true);

    // Setting up again once enabled is refused.
    expect((await app.send<ErrorBody>('/api/v1/me/totp/setup', {}, { token: staff.accessToken })).status).toBe(409);

    const noCode = await login('supervisor-totp');
    expect(noCode.status).toBe(401);
    expect(noCode.body).toMatchObject({ code: 'TOTP_REQUIRED', message: '请输入身份验证器App中的6位动态验证码' });

    const wrong = await login('supervisor-totp', await wrongCode(secret));
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ code: 'BAD_CREDENTIALS', message: '用户名或密码错误' });

    const malformed = await login('supervisor-totp', '12ab');
    expect(malformed.status).toBe(400);

    // The next step's code: the confirm above used the current one.
    const next = await codeAt(secret, 1);
    const ok = await login('supervisor-totp', next);
    expect(ok.status).toBe(200);
    expect(ok.body.accessToken).toBeTruthy();

    const replay = await login('supervisor-totp', next);
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('BAD_CREDENTIALS');

    const listed = await app.get<StaffSummary>(`/api/v1/admin/staff/${staff.userId}`, admin.accessToken);
    expect(listed.body.totpEnabled).toBe(true);

    const reset = await app.send<StaffSummary>(
      `/api/v1/admin/staff/${staff.userId}`,
      { resetTotp: true },
      { token: admin.accessToken, method: 'PATCH' },
    );
    expect(reset.status).toBe(200);
    expect(reset.body.totpEnabled).toBe(false);
    expect((await login('supervisor-totp')).status).toBe(200);
    const cleared = await app.dataSource.getRepository(UserEntity).findOneOrFail({ where: { id: staff.userId } });
    expect(cleared.totpSecretEnc).toBeNull();

    const audit = await app.get<{ items: { action: string }[] }>('/api/v1/admin/audit?pageSize=100', admin.accessToken);
    const actions = audit.body.items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['identity.totp_setup', 'identity.totp_confirm', 'admin.staff_update']));
  });

  it('disables with a valid current code only', async () => {
    const staff = await app.signInStaff('reviewer-totp', [{ role: 'supervisor', scopeType: 'district', scopeCode: null }]);
    const { secret } = (await app.send<TotpSetup>('/api/v1/me/totp/setup', {}, { token: staff.accessToken })).body;
    // A second setup before confirming replaces the unconfirmed secret.
    const again = (await app.send<TotpSetup>('/api/v1/me/totp/setup', {}, { token: staff.accessToken })).body.secret;
    expect(again).not.toBe(secret);
    expect(
      (await app.send<ErrorBody>('/api/v1/me/totp/confirm', { code: await codeAt(secret) }, { token: staff.accessToken })).status,
    ).toBe(401);
    expect((await app.send<Me>('/api/v1/me/totp/confirm', { code: await codeAt(again) }, { token: staff.accessToken })).status).toBe(200);

    const refused = await app.send<ErrorBody>('/api/v1/me/totp/disable', { code: await wrongCode(again) }, { token: staff.accessToken });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('TOTP_INVALID');
    const disabled = await app.send<Me>('/api/v1/me/totp/disable', { code: await codeAt(again, 1) }, { token: staff.accessToken });
    expect(disabled.status).toBe(200);
    expect(disabled.body.totpEnabled).toBe(false);
    expect((await login('reviewer-totp')).status).toBe(200);
  });

  it('hides setup from residents (404)', async () => {
    const resident = await app.signInResident('openid-totp-resident');
    const res = await app.send<ErrorBody>('/api/v1/me/totp/setup', {}, { token: resident.accessToken });
    expect(res.status).toBe(404);
    expect((await app.get<Me>('/api/v1/me', resident.accessToken)).body.totpEnabled).toBe(false);
  });
});
