// What production refuses to start with: development defaults, fake outside services, in-memory data.
import type { DatabaseConfig } from './config';

/** Development-only values: usable on a laptop, refused in production. */
export const DEV_DEFAULTS = {
  jwtSecret: 'dev-only-jwt-secret-change-me-in-production-0000',
  encryptionKeys: `dev1:${Buffer.from('dev-only-data-encryption-key-32b').toString('base64')}`,
  hashKey: Buffer.from('dev-only-data-hash-key-0000000000').toString('base64'),
  /** The key the fake courier (`@bianmin/fakes/courier`) accepts by default. */
  courierApiKey: 'dev-only-courier-api-key',
  /** The key pair the fake SMS service (`@bianmin/fakes/sms`) accepts by default. */
  smsAccessKeyId: 'LTAIfakeSmsKeyId0001',
  smsAccessKeySecret: 'dev-only-sms-access-key-secret',
  /** The message-push token the tests sign fake WeChat pushes with. */
  wechatPushToken: 'devOnlyWechatPushToken',
};

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]', '::1'];

export function checkProductionSafety(
  raw: NodeJS.ProcessEnv,
  e: {
    JWT_SECRET: string;
    DATA_ENCRYPTION_KEYS: string;
    DATA_HASH_KEY: string;
    WECHAT_API_BASE_URL: string;
    WECHAT_APP_SECRET: string;
    COURIER_API_BASE_URL: string;
    COURIER_API_KEY: string;
    SMS_API_BASE_URL: string;
    SMS_ACCESS_KEY_SECRET: string;
    WECHAT_PUSH_TOKEN: string;
    IDENTITY_VERIFIER: string;
  },
  database: DatabaseConfig,
): void {
  const problems: string[] = [];
  if (!raw.DATABASE_URL) problems.push('DATABASE_URL must be set explicitly in production');
  if (database.type === 'sqlite' && database.path === ':memory:')
    problems.push('an in-memory database loses every case on restart; set DATABASE_URL');
  if (!raw.JWT_SECRET || e.JWT_SECRET === DEV_DEFAULTS.jwtSecret) problems.push('JWT_SECRET must be set (not the development default)');
  if (!raw.DATA_ENCRYPTION_KEYS || e.DATA_ENCRYPTION_KEYS === DEV_DEFAULTS.encryptionKeys)
    problems.push('DATA_ENCRYPTION_KEYS (the encryption key) is missing');
  if (!raw.DATA_HASH_KEY || e.DATA_HASH_KEY === DEV_DEFAULTS.hashKey) problems.push('DATA_HASH_KEY is missing');
  if (LOOPBACK.includes(new URL(e.WECHAT_API_BASE_URL).hostname) || !raw.WECHAT_APP_SECRET) {
    problems.push('WECHAT_API_BASE_URL points at the fake WeChat server (or WECHAT_APP_SECRET is unset)');
  }
  if (
    LOOPBACK.includes(new URL(e.COURIER_API_BASE_URL).hostname) ||
    !raw.COURIER_API_KEY ||
    e.COURIER_API_KEY === DEV_DEFAULTS.courierApiKey
  ) {
    problems.push('COURIER_API_BASE_URL points at the fake courier (or COURIER_API_KEY is unset or the development key)');
  }
  if (
    LOOPBACK.includes(new URL(e.SMS_API_BASE_URL).hostname) ||
    !raw.SMS_ACCESS_KEY_SECRET ||
    e.SMS_ACCESS_KEY_SECRET === DEV_DEFAULTS.smsAccessKeySecret
  ) {
    problems.push('SMS_API_BASE_URL points at the fake SMS service (or SMS_ACCESS_KEY_SECRET is unset or the development secret)');
  }
  if (e.WECHAT_PUSH_TOKEN === DEV_DEFAULTS.wechatPushToken) problems.push('WECHAT_PUSH_TOKEN must be set (not the development default)');
  if (e.IDENTITY_VERIFIER === 'fake')
    problems.push('IDENTITY_VERIFIER=fake would accept any name and ID number, configure the real verifier');
  if (problems.length) throw new Error(`Invalid configuration: ${problems.join('; ')}`);
}

/**
 * Outside production the development secrets are allowed — but only on a loopback address: a
 * deployment that forgot NODE_ENV=production must not serve the world signed with a key that is
 * published in this repository.
 */
export function refuseDevSecretsInPublic(e: {
  HOST: string;
  JWT_SECRET: string;
  DATA_ENCRYPTION_KEYS: string;
  DATA_HASH_KEY: string;
}): void {
  if (LOOPBACK.includes(e.HOST)) return;
  const dev = [
    e.JWT_SECRET === DEV_DEFAULTS.jwtSecret && 'JWT_SECRET',
    e.DATA_ENCRYPTION_KEYS === DEV_DEFAULTS.encryptionKeys && 'DATA_ENCRYPTION_KEYS',
    e.DATA_HASH_KEY === DEV_DEFAULTS.hashKey && 'DATA_HASH_KEY',
  ].filter(Boolean);
  if (dev.length) {
    throw new Error(
      `Invalid configuration: HOST=${e.HOST} is not a loopback address, but ${dev.join(', ')} still hold the public development secrets; set real values (or HOST=127.0.0.1 for a local run)`,
    );
  }
}
