// Signing in with WeChat, staying signed in, and signing out — and every way a token can be abused.
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Me, TokenPair } from '@bianmin/shared';
import { DEV_DEFAULTS } from '../../config-safety';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';
import { RefreshTokenEntity } from './entities';
import { REFRESH_GRACE_MS } from './refresh-tokens';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await closeIfStarted(app);
});

const me = (token?: string) => app.get<Me & ErrorBody>('/api/v1/me', token);

describe('POST /api/v1/auth/wechat', () => {
  it('signs a resident in with a wx.login code and creates the account once', async () => {
    const first = await app.signInResident('openid-resident-a1');
    expect(first).toMatchObject({ tokenType: 'Bearer', accessTokenExpiresIn: 900 });
    const again = await app.signInResident('openid-resident-a1');
    const a = await me(first.accessToken);
    const b = await me(again.accessToken);
    expect(a.status).toBe(200);
    expect(a.body.id).toBe(b.body.id);
    expect(a.body).toMatchObject({ isStaff: false, realName: null, phone: null, wechatBound: true });
    expect(a.body.roles).toEqual([{ role: 'resident', scopeType: null, scopeCode: null }]);
  });

  it('never sends the WeChat session_key to the client', async () => {
    const code = app.wechat.loginCode('openid-resident-a2');
    const res = await app.raw('/api/v1/auth/wechat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const text = await res.text();
    expect(text).not.toMatch(/session_?key/i);
  });

  it.each([
    [40029, 401, 'WECHAT_CODE_INVALID'],
    [45011, 429, 'RATE_LIMITED'],
    [40226, 403, 'WECHAT_USER_BLOCKED'],
    [-1, 503, 'WECHAT_UNAVAILABLE'],
  ])('turns WeChat errcode %i into %i %s with a Chinese message', async (errcode, status, code) => {
    app.wechat.failNext('jscode2session', errcode);
    const res = await app.send<ErrorBody>('/api/v1/auth/wechat', { code: app.wechat.loginCode('openid-resident-a3') });
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('rejects a code used twice', async () => {
    const code = app.wechat.loginCode('openid-resident-a4');
    expect((await app.send('/api/v1/auth/wechat', { code })).status).toBe(200);
    expect((await app.send<ErrorBody>('/api/v1/auth/wechat', { code })).body.code).toBe('WECHAT_CODE_INVALID');
  });

  it('asks for the code when the body is empty or not JSON', async () => {
    expect((await app.send<ErrorBody>('/api/v1/auth/wechat', {})).status).toBe(400);
    const res = await app.raw('/api/v1/auth/wechat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).code).toBe('VALIDATION_FAILED');
  });
});

describe('tokens', () => {
  const forge = (payload: object, secret: string, options: jwt.SignOptions) => jwt.sign(payload, secret, options);
  const good = { algorithm: 'HS256' as const, issuer: 'bianmin-api', audience: 'bianmin-miniapp', expiresIn: 300 };

  it('answers 401 UNAUTHENTICATED without a token', async () => {
    const res = await me();
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it("refuses a token whose session belongs to another account (the key holder's subject swap)", async () => {
    const victim = await app.signInResident('openid-session-owner');
    const { sid } = jwt.decode(victim.accessToken) as { sid: string };
    const admin = await app.signInStaff('session-admin', [{ role: 'admin', scopeType: 'district', scopeCode: null }]);
    const swapped = forge({ sid }, DEV_DEFAULTS.jwtSecret, { ...good, subject: admin.userId });
    const res = await app.get<ErrorBody>('/api/v1/admin/staff', swapped);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('TOKEN_INVALID');
  });

  it('rejects forged and stale tokens with 401 TOKEN_INVALID', async () => {
    const pair = await app.signInResident('openid-attacker-target');
    const { sub, sid } = jwt.decode(pair.accessToken) as { sub: string; sid: string };
    const [header, body] = pair.accessToken.split('.');
    const attacks: Record<string, string> = {
      'alg none': `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${body}.`,
      'tampered signature': `${header}.${body}.${'A'.repeat(43)}`,
      'tampered payload': `${header}.${Buffer.from(JSON.stringify({ sub: 'someone-else', sid })).toString('base64url')}.${pair.accessToken.split('.')[2]}`,
      'wrong key': forge({ sid }, 'another-secret-that-is-long-enough-000000', { ...good, subject: sub }),
      expired: forge({ sid, exp: Math.floor(Date.now() / 1000) - 10 }, DEV_DEFAULTS.jwtSecret, {
        algorithm: 'HS256',
        issuer: good.issuer,
        audience: good.audience,
        subject: sub,
      }),
      'no expiry': forge({ sid }, DEV_DEFAULTS.jwtSecret, {
        algorithm: 'HS256',
        issuer: good.issuer,
        audience: good.audience,
        subject: sub,
      }),
      'wrong audience': forge({ sid }, DEV_DEFAULTS.jwtSecret, { ...good, audience: 'another-app', subject: sub }),
      'wrong issuer': forge({ sid }, DEV_DEFAULTS.jwtSecret, { ...good, issuer: 'evil', subject: sub }),
      'HS512 instead of the pinned HS256': forge({ sid }, DEV_DEFAULTS.jwtSecret, { ...good, algorithm: 'HS512', subject: sub }),
    };
    expect((await me(forge({ sid }, DEV_DEFAULTS.jwtSecret, { ...good, subject: sub }))).status).toBe(200); // the control
    for (const [name, token] of Object.entries(attacks)) {
      const res = await me(token);
      expect(res.status, name).toBe(401);
      expect(res.body.code, name).toBe('TOKEN_INVALID');
    }
  });

  it('rotates the refresh token on every use', async () => {
    const first = await app.signInResident('openid-rotate');
    const second = await app.send<TokenPair>('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect((await me(second.body.accessToken)).status).toBe(200);
  });

  it('treats a reused refresh token as theft and ends the whole session', async () => {
    const first = await app.signInResident('openid-reuse');
    const rotated = await app.send<TokenPair>('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    // Past the grace period for double refreshes (see below), a used token can only be a stolen one.
    await app.dataSource
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ usedAt: new Date(Date.now() - REFRESH_GRACE_MS - 1000) })
      .where('used_at IS NOT NULL')
      .execute();
    const replay = await app.send<ErrorBody>('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('REFRESH_TOKEN_INVALID');
    // The legitimate holder's newer tokens die with the family.
    expect((await app.send('/api/v1/auth/refresh', { refreshToken: rotated.body.refreshToken })).status).toBe(401);
    expect((await me(rotated.body.accessToken)).status).toBe(401);
  });

  it('gives ten refreshes at once with one token the same new pair, and keeps the session', async () => {
    const first = await app.signInResident('openid-race');
    const results = await Promise.all(
      Array.from({ length: 10 }, () => app.send<TokenPair>('/api/v1/auth/refresh', { refreshToken: first.refreshToken })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(new Set(results.map((r) => r.body.refreshToken)).size).toBe(1);
    const next = results[0]!.body;
    expect((await me(next.accessToken)).status).toBe(200);
    expect((await app.send('/api/v1/auth/refresh', { refreshToken: next.refreshToken })).status).toBe(200);
  });

  it('hands out the same new token only while it is unused: once the successor was used, the old one is theft', async () => {
    const first = await app.signInResident('openid-race-late');
    const second = await app.send<TokenPair>('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    const third = await app.send<TokenPair>('/api/v1/auth/refresh', { refreshToken: second.body.refreshToken });
    expect(third.status).toBe(200);
    const replay = await app.send<ErrorBody>('/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    expect((await me(third.body.accessToken)).status).toBe(401);
  });

  it('signs out: the refresh token and the access token stop working at once', async () => {
    const pair = await app.signInResident('openid-logout');
    const out = await app.send('/api/v1/auth/logout', { refreshToken: pair.refreshToken });
    expect(out.status).toBe(204);
    expect((await me(pair.accessToken)).status).toBe(401);
    expect((await app.send('/api/v1/auth/refresh', { refreshToken: pair.refreshToken })).status).toBe(401);
  });
});
