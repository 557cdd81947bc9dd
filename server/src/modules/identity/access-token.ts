// Short-lived access JWTs: one pinned algorithm, issuer, audience and expiry all required.
import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

export interface AccessClaims {
  sub: string;
  sid: string;
}
export interface JwtConfig {
  secret: string;
  issuer: string;
  audience: string;
  accessTtlSeconds: number;
}

const ALGORITHM = 'HS256';

// jsonwebtoken first tries a string secret as a public key (and throws) on every call: that was
// a tenth of the API's CPU in the booking rush. A prepared secret KeyObject skips it.
const keys = new Map<string, KeyObject>();
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}

export function signAccessToken(cfg: JwtConfig, claims: AccessClaims): string {
  return jwt.sign({ sid: claims.sid }, keyOf(cfg.secret), {
    algorithm: ALGORITHM,
    subject: claims.sub,
    issuer: cfg.issuer,
    audience: cfg.audience,
    expiresIn: cfg.accessTtlSeconds,
  });
}

/**
 * Tokens already verified, per secret, issuer and audience, each with its expiry: a resident's token
 * is checked (HMAC, two JSON parses: ~20 µs) once, not on every request it comes with. Only good
 * tokens are kept, never past their `exp`, at most REMEMBERED per verifier (the oldest go first).
 * Signing out still works at once: the session is read from the database on every request.
 */
const REMEMBERED = 20_000;
type Remembered = Map<string, { claims: AccessClaims; exp: number }>;
const remembered = new Map<string, Remembered>();
/**
 * The app passes the same settings object on every request: it finds its map by identity, without
 * building and hashing the verifier's key (~5 µs a request); a settings object changed since is looked up anew.
 */
const rememberedBySettings = new WeakMap<JwtConfig, { issuer: string; audience: string; secret: string; known: Remembered }>();

function rememberedFor(cfg: JwtConfig): Remembered {
  const cached = rememberedBySettings.get(cfg);
  if (cached?.issuer === cfg.issuer && cached.audience === cfg.audience && cached.secret === cfg.secret) return cached.known;
  const verifier = `${cfg.issuer}\n${cfg.audience}\n${cfg.secret}`;
  let known = remembered.get(verifier);
  if (!known) remembered.set(verifier, (known = new Map() as Remembered));
  rememberedBySettings.set(cfg, { issuer: cfg.issuer, audience: cfg.audience, secret: cfg.secret, known });
  return known;
}

/** The claims of a valid token, or null: wrong algorithm (incl. `none`), signature, issuer, audience or expiry. */
export function verifyAccessToken(cfg: JwtConfig, token: string, now = Date.now()): AccessClaims | null {
  const known = rememberedFor(cfg);
  const seen = known.get(token);
  // jsonwebtoken's rule: expired once the current second reaches `exp`.
  if (seen) {
    if (Math.floor(now / 1000) < seen.exp) return seen.claims;
    known.delete(token);
    return null;
  }
  try {
    const payload = jwt.verify(token, keyOf(cfg.secret), {
      algorithms: [ALGORITHM],
      issuer: cfg.issuer,
      audience: cfg.audience,
      clockTimestamp: Math.floor(now / 1000),
    });
    // jsonwebtoken accepts a token without `exp`; ours must always expire.
    if (typeof payload !== 'object' || typeof payload.exp !== 'number' || !payload.sub || typeof payload.sid !== 'string') return null;
    const claims = { sub: payload.sub, sid: payload.sid };
    if (known.size >= REMEMBERED) known.delete(known.keys().next().value ?? '');
    known.set(token, { claims, exp: payload.exp });
    return claims;
  } catch {
    return null;
  }
}
