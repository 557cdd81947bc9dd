// Short-lived access JWTs: one pinned algorithm, issuer, audience and expiry all required.
import jwt from 'jsonwebtoken';

export interface AccessClaims { sub: string; sid: string }
export interface JwtConfig { secret: string; issuer: string; audience: string; accessTtlSeconds: number }

const ALGORITHM = 'HS256';

export function signAccessToken(cfg: JwtConfig, claims: AccessClaims): string {
  return jwt.sign({ sid: claims.sid }, cfg.secret, {
    algorithm: ALGORITHM, subject: claims.sub, issuer: cfg.issuer, audience: cfg.audience, expiresIn: cfg.accessTtlSeconds,
  });
}

/** The claims of a valid token, or null: wrong algorithm (incl. `none`), signature, issuer, audience or expiry. */
export function verifyAccessToken(cfg: JwtConfig, token: string): AccessClaims | null {
  try {
    const payload = jwt.verify(token, cfg.secret, { algorithms: [ALGORITHM], issuer: cfg.issuer, audience: cfg.audience });
    // jsonwebtoken accepts a token without `exp`; ours must always expire.
    if (typeof payload !== 'object' || typeof payload.exp !== 'number' || !payload.sub || typeof payload.sid !== 'string') return null;
    return { sub: payload.sub, sid: payload.sid };
  } catch {
    return null;
  }
}
