// What every capability needs and no capability owns, built once per process. The platform
// imports no capability; capabilities take the pieces they use from here.
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { createAuditLog } from './audit';
import { createDistrictClock, type DistrictClock } from './clock';
import { createCourierClient, type CourierClient } from './clients/courier/client';
import { createWechatClient, type WechatClient } from './clients/wechat/client';
import { createSmsClient, type SmsClient } from './clients/sms/client';
import { createIdempotency } from './idempotency';
import { createMemoryRateLimiter, createRedisRateLimiter, type RateLimiter } from './rate-limit';
import { createDataProtector } from './sealing';
import { createFileStore, type FileStoreConfig, type SealedFileStore } from './file-store/file-store';
import { createUnitOfWork } from './unit-of-work';

export type PlatformConfig = Pick<
  Config,
  'dataKeys' | 'auditRetentionDays' | 'timeZone' | 'redisUrl' | 'redisKeyPrefix' | 'wechat' | 'courier' | 'sms' | 'validateResponses'
> & { fileStore: FileStoreConfig };
/** Stand-ins tests may pass for outside services and the clock. */
export interface PlatformOverrides {
  wechat?: WechatClient;
  courier?: CourierClient;
  sms?: SmsClient;
  limiter?: RateLimiter;
  clock?: DistrictClock;
  fileStore?: SealedFileStore;
}

export function createPlatform(config: PlatformConfig, dataSource: DataSource, overrides: PlatformOverrides = {}) {
  const tx = createUnitOfWork(dataSource, { strict: config.validateResponses });
  const protector = createDataProtector(config.dataKeys);
  const files = overrides.fileStore ?? createFileStore(config.fileStore, { dataSource, tx, protector });
  const limiter =
    overrides.limiter ??
    (config.redisUrl
      ? createRedisRateLimiter(new Redis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: false }), config.redisKeyPrefix)
      : createMemoryRateLimiter());
  return {
    dataSource,
    tx,
    protector,
    clock: overrides.clock ?? createDistrictClock(config.timeZone),
    audit: createAuditLog({ dataSource, tx, retentionDays: config.auditRetentionDays }),
    idempotency: createIdempotency({ tx, protector }),
    limiter,
    wechat: overrides.wechat ?? createWechatClient(config.wechat),
    courier: overrides.courier ?? createCourierClient(config.courier),
    sms: overrides.sms ?? createSmsClient(config.sms),
    files,
  };
}
export type Platform = ReturnType<typeof createPlatform>;

export { platformEntities } from './entities';
export type { FileStore, SealedFileStore } from './file-store/file-store';
export type { CourierClient, CourierStatus, CourierTrace, NewWaybill, Tracking, Waybill } from './clients/courier/client';
