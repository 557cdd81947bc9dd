// Public interface of the identity capability, and its wiring.
import type { Config } from '../../config';
import type { Platform } from '../../platform/index';
import type { CatalogueReader } from '../catalogue/index';
import { createAdminService } from './admin-service';
import { createAuthService } from './auth-service';
import { createDevLogin } from './dev-login';
import { createLoginThrottle } from './login-throttle';
import { createMeService } from './me-service';
import { createRefreshTokens } from './refresh-tokens';
import { createTotpService } from './totp';
import { createResidentDirectory } from './residents';
import { createFakeVerifier, type IdentityVerifier } from './verifier';

export { identityEntities } from './entities';
// For tests elsewhere that set up accounts and sessions directly (booking-crash writes them before the API starts).
export { RealNameEntity, RoleGrantEntity, UserEntity } from './entities';
export { newUserRow } from './users';
export { signAccessToken } from './access-token';
export { identityRoutes } from './routes';
export { authenticate, callerOf, principalOf, refusedCaller, requestMeta, signedInOrNull } from './http-auth';
export type { Caller, SessionProbe } from './session-probe';
export {
  assertCan,
  can,
  hasRole,
  isStaffRoleSet,
  filingChannel,
  mayWorkOnCase,
  scopeCovers,
  servesHall,
  type CaseWork,
  type Principal,
} from './policy';
export { hashPassword } from './passwords';
export type { ResidentDirectory } from './residents';

export type IdentityConfig = Pick<Config, 'jwt' | 'refreshTtlDays' | 'wechat'>;
export interface IdentityOverrides {
  verifier?: IdentityVerifier;
}

export function createIdentity(config: IdentityConfig, platform: Platform, catalogue: CatalogueReader, overrides: IdentityOverrides = {}) {
  const { dataSource, tx, clock, protector, audit, limiter, wechat } = platform;
  const refreshTokens = createRefreshTokens(dataSource, tx, protector, config.refreshTtlDays);
  const verifier = overrides.verifier ?? createFakeVerifier();
  return {
    refreshTokens,
    jwt: config.jwt,
    residents: createResidentDirectory(dataSource, protector),
    auth: createAuthService({
      dataSource,
      tx,
      clock,
      jwt: config.jwt,
      refreshTokens,
      audit,
      protector,
      wechat,
      limiter,
      throttle: createLoginThrottle(limiter, protector),
    }),
    me: createMeService({ dataSource, tx, protector, audit, verifier, wechat, limiter, catalogue }),
    totp: createTotpService({ dataSource, tx, protector, audit, limiter }),
    admin: createAdminService({ dataSource, tx, audit, protector, refreshTokens, catalogue }),
    devLogin: createDevLogin({ enabled: config.wechat.isFake, wechatBaseUrl: config.wechat.baseUrl }),
  };
}
export type Identity = ReturnType<typeof createIdentity>;
