// Staff accounts: password sign-in with lockout, the staff entry, administration, audit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage, ErrorBody, Me, PersonalData, RoleGrant, StaffHome, StaffSummary, TokenPair } from '@bianmin/shared';
import { checkDigitOf, REAL_NAME_CONSENT } from '@bianmin/shared';
import { closeIfStarted, STAFF_PASSWORD, startTestApp, type TestApp } from '../../testing/harness';

let app: TestApp;
let admin: TokenPair & { userId: string };
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.signInStaff('admin1', [{ role: 'admin', scopeType: 'district', scopeCode: null }]);
});
afterAll(async () => {
  await closeIfStarted(app);
});

const login = (username: string, password: string) => app.send<TokenPair & ErrorBody>('/api/v1/auth/staff', { username, password });
const createStaff = (account: { username: string; displayName: string; password: string; roles: RoleGrant[] }) =>
  app.send<StaffSummary & ErrorBody>('/api/v1/admin/staff', account, { token: admin.accessToken });

describe('staff sign-in', () => {
  it('signs window staff in with a password and opens the staff entry with their hall', async () => {
    const staff = await app.signInStaff('window1', [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }]);
    const home = await app.get<StaffHome>('/api/v1/staff/home', staff.accessToken);
    expect(home.status).toBe(200);
    expect(home.body.roles).toEqual([
      expect.objectContaining({ role: 'window_staff', roleLabel: '窗口人员', scopeName: '城阳区政务服务中心' }),
    ]);
    expect((await app.get<Me>('/api/v1/me', staff.accessToken)).body.isStaff).toBe(true);
  });

  it('shows an officer with several roles each of them, in the order they were granted', async () => {
    const granted: RoleGrant[] = [
      { role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' },
      { role: 'supervisor', scopeType: 'district', scopeCode: null },
      { role: 'reviewer', scopeType: 'department', scopeCode: 'xzsp' },
    ];
    const staff = await app.signInStaff('many-roles', granted);
    const home = await app.get<StaffHome>('/api/v1/staff/home', staff.accessToken);
    expect(home.body.roles.map((g) => g.role)).toEqual(['window_staff', 'supervisor', 'reviewer']);
  });

  it('does not say whether the username or the password was wrong', async () => {
    await app.signInStaff('window2', [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }]);
    const wrongPassword = await login('window2', 'WrongPass123');
    const unknownUser = await login('nobody-here', 'WrongPass123');
    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(wrongPassword.body).toMatchObject({ code: 'BAD_CREDENTIALS', message: unknownUser.body.message });
  });

  it('after 5 attempts in a minute makes the next one wait, whatever the password (a delay, not a lock: see staff-login-abuse)', async () => {
    await app.signInStaff('window3', [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }]); // attempt 1
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await login('window3', `Wrong${i}pass123`)).status);
    expect(statuses).toEqual([401, 401, 401, 401]);
    const waiting = await login('window3', STAFF_PASSWORD);
    expect(waiting.status).toBe(429);
    expect(waiting.body.message).toMatch(/请.*秒后再试/);
  });

  it('hides the staff entry from residents (404, not 403)', async () => {
    const resident = await app.signInResident('openid-curious');
    const res = await app.get<ErrorBody>('/api/v1/staff/home', resident.accessToken);
    expect(res.status).toBe(404);
  });
});

describe('administration', () => {
  it('creates a staff account with scoped roles, who can then sign in', async () => {
    const res = await createStaff({
      username: 'Reviewer.Li',
      displayName: '李审核',
      password: 'Lantern-Orchard-47-Ferry',
      roles: [{ role: 'reviewer', scopeType: 'department', scopeCode: 'xzsp' }],
    });
    expect(res.status).toBe(201);
    expect(res.body.username).toBe('reviewer.li');
    expect((await login('reviewer.li', 'Lantern-Orchard-47-Ferry')).status).toBe(200);
  });

  it('refuses scopes that do not exist and weak passwords, naming the field', async () => {
    const agent = {
      username: 'agent9',
      displayName: '代办员',
      roles: [{ role: 'community_agent', scopeType: 'hall', scopeCode: 'no-such-hall' } as const],
    };
    const res = await createStaff({ ...agent, password: 'short' });
    expect(res.status).toBe(400);
    expect(res.body.fieldErrors).toHaveProperty('password');
    const scope = await createStaff({ ...agent, password: 'Agent2026pass' });
    expect(scope.body.fieldErrors?.roles?.[0]).toContain('no-such-hall');
  });

  it('refuses common and guessable passwords (ASVS V6.2), and takes a long unusual one without composition rules', async () => {
    const create = (username: string, password: string) =>
      createStaff({ username, displayName: '测试人员', password, roles: [{ role: 'supervisor', scopeType: 'district', scopeCode: null }] });
    for (const [username, weak] of [
      ['admin2', 'password12'],
      ['admin3', 'Admin2026demo'],
      ['chen.ming', 'chengyang2026!'],
      ['wang.li', 'qwertyuiop123456'],
    ]) {
      const res = await create(username!, weak!);
      expect(res.status, weak).toBe(400);
      expect(res.body.fieldErrors?.password?.[0], weak).toMatch(/密码/);
    }
    // Lower case only, with spaces: length and unpredictability are what count.
    expect((await create('zhou.jie', 'my grandmother grew lychees in fuzhou')).status).toBe(201);
  });

  it('disabling an account ends its sessions at once', async () => {
    const staff = await app.signInStaff('window4', [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }]);
    await app.send(`/api/v1/admin/staff/${staff.userId}`, { disabled: true }, { token: admin.accessToken, method: 'PATCH' });
    expect((await app.get('/api/v1/staff/home', staff.accessToken)).status).toBe(401);
    expect((await login('window4', STAFF_PASSWORD)).body.code).toBe('ACCOUNT_DISABLED');
  });

  it('shows full personal data only to an admin, and records the read', async () => {
    const resident = await app.signInResident('openid-for-admin');
    const id = `37021419880808321${checkDigitOf('37021419880808321')}`;
    await app.send('/api/v1/me/real-name', { name: '赵敏', idNumber: id, ...REAL_NAME_CONSENT }, { token: resident.accessToken });
    const { body: meBody } = await app.get<Me>('/api/v1/me', resident.accessToken);
    const full = await app.get<PersonalData>(`/api/v1/admin/users/${meBody.id}/personal-data`, admin.accessToken);
    expect(full.body).toMatchObject({ name: '赵敏', idNumber: id });
    const audit = await app.get<AuditPage>(`/api/v1/admin/audit?action=personal_data.read&actor=${admin.userId}`, admin.accessToken);
    expect(audit.body.items[0]).toMatchObject({ action: 'personal_data.read', targetId: meBody.id });
    expect(JSON.stringify(audit.body)).not.toContain(id);
  });

  it('records sign-ins, failed ones too', async () => {
    const audit = await app.get<AuditPage>('/api/v1/admin/audit?action=auth.staff_login&pageSize=100', admin.accessToken);
    const outcomes = new Set(audit.body.items.map((e) => e.outcome));
    expect(outcomes).toEqual(new Set(['success', 'failure']));
  });

  it('keeps the audit log at least the retention period and purges what is older', async () => {
    const purged = await app.services.platform.audit.purgeExpired(new Date(Date.now() + 400 * 86_400_000));
    expect(purged).toBeGreaterThan(0);
    expect(await app.services.platform.audit.purgeExpired()).toBe(0);
  });
});
