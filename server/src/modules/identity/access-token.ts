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

/** The claims of a valid token, or null: wrong algorithm (incl. `none`), signature, issuer, audience or expiry. */
export function verifyAccessToken(cfg: JwtConfig, token: string): AccessClaims | null {
  try {
    const payload = jwt.verify(token, keyOf(cfg.secret), { algorithms: [ALGORITHM], issuer: cfg.issuer, audience: cfg.audience });
    // jsonwebtoken accepts a token without `exp`; ours must always expire.
    if (typeof payload !== 'object' || typeof payload.exp !== 'number' || !payload.sub || typeof payload.sid !== 'string') return null;
    return { sub: payload.sub, sid: payload.sid };
  } catch {
    return null;
  }
}
