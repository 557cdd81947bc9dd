// Public interface of the identity capability, and its wiring.
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import type { CatalogueReader } from '../catalogue/index';
import { createAdminService } from './admin-service';
import { createAuditLog } from './audit';
import { createAuthService } from './auth-service';
import { createDataProtector } from './data-protector';
import { createDevLogin } from './dev-login';
import { createMeService } from './me-service';
import { createMemoryRateLimiter, createRedisRateLimiter, type RateLimiter } from './rate-limit';
import { createRefreshTokens } from './refresh-tokens';
import { createFakeVerifier, type IdentityVerifier } from './verifier';
import { createWechatClient, type WechatClient } from './wechat/client';

export { identityEntities } from './entities';
export { identityRoutes } from './routes';
export { authenticate, principalOf } from './http-auth';
export { assertCan, can, scopeCovers, servesHall, type Principal } from './policy';
export { hashPassword } from './passwords';
export type { AuditLog } from './audit';
export type { DataProtector } from './data-protector';

export type IdentityConfig = Pick<Config, 'jwt' | 'refreshTtlDays' | 'dataKeys' | 'wechat' | 'redisUrl' | 'lockout' | 'auditRetentionDays'>;
export interface IdentityOverrides { wechat?: WechatClient; verifier?: IdentityVerifier; limiter?: RateLimiter }

export function createIdentity(config: IdentityConfig, dataSource: DataSource, catalogue: CatalogueReader, overrides: IdentityOverrides = {}) {
  const protector = createDataProtector(config.dataKeys);
  const audit = createAuditLog(dataSource, config.auditRetentionDays);
  const refreshTokens = createRefreshTokens(dataSource, config.refreshTtlDays);
  const wechat = overrides.wechat ?? createWechatClient(config.wechat);
  const verifier = overrides.verifier ?? createFakeVerifier();
  const limiter = overrides.limiter
    ?? (config.redisUrl ? createRedisRateLimiter(new Redis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: false })) : createMemoryRateLimiter());
  return {
    protector, audit, refreshTokens, limiter,
    jwt: config.jwt,
    auth: createAuthService({ dataSource, jwt: config.jwt, refreshTokens, audit, protector, wechat, limiter, lockout: config.lockout }),
    me: createMeService({ dataSource, protector, audit, verifier, wechat, limiter, catalogue }),
    admin: createAdminService({ dataSource, audit, protector, refreshTokens, catalogue }),
    devLogin: createDevLogin({ enabled: config.wechat.isFake, wechatBaseUrl: config.wechat.baseUrl }),
  };
}
export type Identity = ReturnType<typeof createIdentity>;
