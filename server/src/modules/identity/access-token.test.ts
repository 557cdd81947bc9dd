// Access tokens: what is remembered as verified is exactly what verification would accept, and no
// longer than the token's own expiry.
import { describe, expect, it } from 'vitest';
import { type JwtConfig, signAccessToken, verifyAccessToken } from './access-token';

const cfg: JwtConfig = { secret: 'access-token-test-secret-0123456789', issuer: 'bianmin', audience: 'bianmin-api', accessTtlSeconds: 900 };
const claims = { sub: 'user-1', sid: 'session-1' };

describe('verifying an access token', () => {
  it('accepts a token it signed, and again from memory', () => {
    const token = signAccessToken(cfg, claims);
    expect(verifyAccessToken(cfg, token)).toEqual(claims);
    expect(verifyAccessToken(cfg, token)).toEqual(claims);
  });

  it('refuses a remembered token once its expiry second has come', () => {
    const token = signAccessToken(cfg, claims);
    const now = Date.now();
    expect(verifyAccessToken(cfg, token, now)).toEqual(claims);
    const exp = Math.floor(now / 1000) + cfg.accessTtlSeconds;
    expect(verifyAccessToken(cfg, token, exp * 1000 - 1)).toEqual(claims);
    expect(verifyAccessToken(cfg, token, exp * 1000)).toBeNull();
  });

  it('does not let a token remembered by one verifier pass another issuer, audience or secret', () => {
    const token = signAccessToken(cfg, claims);
    expect(verifyAccessToken(cfg, token)).toEqual(claims);
    expect(verifyAccessToken({ ...cfg, issuer: 'elsewhere' }, token)).toBeNull();
    expect(verifyAccessToken({ ...cfg, audience: 'other-api' }, token)).toBeNull();
    expect(verifyAccessToken({ ...cfg, secret: 'another-secret-of-enough-length-000' }, token)).toBeNull();
  });

  it('does not let a remembered token pass once the same settings object is changed to another secret', () => {
    const settings: JwtConfig = { ...cfg };
    const token = signAccessToken(settings, claims);
    expect(verifyAccessToken(settings, token)).toEqual(claims);
    settings.secret = 'a-rotated-secret-of-enough-length-00';
    expect(verifyAccessToken(settings, token)).toBeNull();
    settings.secret = cfg.secret;
    expect(verifyAccessToken(settings, token)).toEqual(claims);
  });

  it('refuses a token changed by one character even after the genuine one was remembered', () => {
    const token = signAccessToken(cfg, claims);
    expect(verifyAccessToken(cfg, token)).toEqual(claims);
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(verifyAccessToken(cfg, token.slice(0, -1) + last)).toBeNull();
  });
});
