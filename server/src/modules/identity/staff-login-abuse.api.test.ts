// Guessing staff passwords: attempts are counted before the password is checked (so a parallel
// burst cannot sneak extra guesses in), the delay an attacker triggers grows with the failures
// but ends by itself, unknown usernames answer exactly like real ones, and one address cannot
// spray many usernames.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage, ErrorBody, TokenPair } from '@bianmin/shared';
import { createMemoryRateLimiter } from '../../platform/rate-limit';
import { closeIfStarted, STAFF_PASSWORD, startTestApp, type TestApp } from '../../testing/harness';

let app: TestApp;
let now = Date.now();
let admin: TokenPair & { userId: string };
beforeAll(async () => {
  // Behind the load balancer: the address comes from X-Forwarded-For.
  app = await startTestApp({ env: { TRUST_PROXY: 'true' }, overrides: { limiter: createMemoryRateLimiter(() => now) } });
  admin = await app.signInStaff('abuse-admin', [{ role: 'admin', scopeType: 'district', scopeCode: null }]);
});
afterAll(async () => {
  await closeIfStarted(app);
});

const login = (username: string, password: string, ip?: string) =>
  app.send<TokenPair & ErrorBody>('/api/v1/auth/staff', { username, password }, { headers: ip ? { 'x-forwarded-for': ip } : {} });
const passwordChecks = async (username: string) => {
  const page = await app.get<AuditPage>('/api/v1/admin/audit?action=auth.staff_login&pageSize=100', admin.accessToken);
  return page.body.items.filter((e) => e.detail?.username === username && e.outcome === 'failure').length;
};

describe('POST /api/v1/auth/staff under attack', () => {
  it('checks at most 5 of 20 wrong passwords sent at once; the rest are refused before any check', async () => {
    await app.signInStaff('abuse-window1', [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }]);
    now += 61_000; // the sign-in above was an attempt too
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => login('abuse-window1', `Wrong-guess-${i}-x`)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    expect(answers.find((a) => a.status === 429)?.body.message).toMatch(/请.*秒后再试/);
    expect(await passwordChecks('abuse-window1')).toBe(5);
  });

  it('lets the right password in once the delay has passed, without an administrator', async () => {
    await app.signInStaff('abuse-window2', [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }]);
    now += 61_000; // the sign-in above was an attempt too
    for (let i = 0; i < 6; i++) await login('abuse-window2', `Wrong-guess-${i}-y`);
    expect((await login('abuse-window2', STAFF_PASSWORD)).status).toBe(429);
    now += 61_000;
    expect((await login('abuse-window2', STAFF_PASSWORD)).status).toBe(200);
  });

  it('makes the delay grow with repeated failures', async () => {
    await app.signInStaff('abuse-window3', [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }]);
    now += 61_000; // the sign-in above was an attempt too
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 5; i++) await login('abuse-window3', `Wrong-${round}-${i}-z`);
      now += 61_000;
    }
    // Ten failures in a quarter of an hour: a minute is no longer enough.
    const refused = await login('abuse-window3', STAFF_PASSWORD);
    expect(refused.status).toBe(429);
    now += 15 * 60_000;
    expect((await login('abuse-window3', STAFF_PASSWORD)).status).toBe(200);
  });

  it('answers an unknown username exactly like a real one, delay included', async () => {
    await app.signInStaff('abuse-window4', [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }]);
    now += 60 * 60_000;
    const known = [];
    const unknown = [];
    for (let i = 0; i < 6; i++) known.push(await login('abuse-window4', `Wrong-${i}-known`));
    for (let i = 0; i < 6; i++) unknown.push(await login('abuse-nobody', `Wrong-${i}-known`));
    expect(unknown.map((a) => a.status)).toEqual(known.map((a) => a.status));
    expect(unknown.map((a) => a.body.code)).toEqual(known.map((a) => a.body.code));
  });

  it('stops one address from spraying passwords across many usernames', async () => {
    now += 60 * 60_000;
    const statuses = [];
    for (let i = 0; i < 40; i++) statuses.push((await login(`spray-${i}`, 'Spring-2026-guess', '203.0.113.9')).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    // Another address is not affected.
    expect((await login('spray-0', 'Spring-2026-guess', '198.51.100.7')).status).toBe(401);
  });
});
