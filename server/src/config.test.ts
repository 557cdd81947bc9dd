// Configuration: working defaults for a developer, a refusal for unsafe production settings.
import { describe, expect, it } from 'vitest';
import { loadConfig, parseDatabaseUrl } from './config';

/** What loadConfig says when it refuses `env`, or '' when it accepts it. */
function refusalOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
    return '';
  } catch (e) {
    return String(e);
  }
}

const productionKey = Buffer.alloc(32, 7).toString('base64');
/** Production with a real database, secrets and WeChat: what the tests below add to or take from. */
const PRODUCTION_CORE = {
  NODE_ENV: 'production',
  DATABASE_URL: 'mysql://u:p@db/b',
  JWT_SECRET: 'x'.repeat(48),
  DATA_ENCRYPTION_KEYS: `k1:${productionKey}`,
  DATA_HASH_KEY: productionKey,
  WECHAT_API_BASE_URL: 'https://api.weixin.qq.com',
  WECHAT_APP_SECRET: 'secret',
};

describe('loadConfig', () => {
  it('runs a developer machine on the embedded database at port 3000 with no settings at all', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.type).toBe('sqlite');
    expect(config.database).toMatchObject({ path: expect.stringMatching(/data\/bianmin\.sqlite$/) });
  });

  it('takes PORT and a MySQL DATABASE_URL', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'mysql://u:p@db:3306/bianmin' });
    expect(config.port).toBe(8080);
    expect(config.database).toEqual({ type: 'mysql', url: 'mysql://u:p@db:3306/bianmin' });
  });

  it('listens on loopback by default, and refuses the public development secrets on any other address', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    // A deployment that forgot NODE_ENV=production must not serve the world with the published dev key.
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/development secrets/);
    expect(() => loadConfig({ HOST: '10.1.2.3', JWT_SECRET: 'y'.repeat(40) })).toThrow(/DATA_ENCRYPTION_KEYS/);
    const key = Buffer.alloc(32, 9).toString('base64');
    const real = { JWT_SECRET: 'y'.repeat(40), DATA_ENCRYPTION_KEYS: `k1:${key}`, DATA_HASH_KEY: Buffer.alloc(32, 8).toString('base64') };
    expect(loadConfig({ HOST: '0.0.0.0', ...real }).host).toBe('0.0.0.0');
  });

  it('refuses to start production on development defaults, fakes or an in-memory database', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL must be set/);
    const message = refusalOf({ NODE_ENV: 'production', DATABASE_URL: 'sqlite::memory:' });
    for (const problem of [
      'in-memory',
      'JWT_SECRET',
      'encryption key',
      'DATA_HASH_KEY',
      'fake WeChat',
      'fake courier',
      'fake SMS',
      'WECHAT_PUSH_TOKEN',
      'IDENTITY_VERIFIER',
    ]) {
      expect(message).toContain(problem);
    }
  });

  it('accepts production settings that are all real, except the fake identity verifier', () => {
    const env = {
      ...PRODUCTION_CORE,
      WECHAT_APP_ID: 'wx123',
      COURIER_API_BASE_URL: 'https://api.ems.example.cn',
      COURIER_API_KEY: 'courier-key',
      SMS_API_BASE_URL: 'https://dysmsapi.aliyuncs.com',
      SMS_ACCESS_KEY_SECRET: 'sms-secret',
      WECHAT_PUSH_TOKEN: 'districtPushToken',
    };
    // The police-database adapter does not exist yet; until it does, production must not start with the fake.
    expect(() => loadConfig(env)).toThrow(/^Invalid configuration: IDENTITY_VERIFIER=fake[^;]*$/);
  });

  it('points the courier at the local fake in development, and refuses the fake or its key in production', () => {
    expect(loadConfig({}).courier).toEqual({ baseUrl: 'http://127.0.0.1:3002', apiKey: 'dev-only-courier-api-key', isFake: true });
    expect(loadConfig({ COURIER_API_BASE_URL: 'https://api.ems.example.cn' }).courier.isFake).toBe(false);
    const refusal = (courier: Record<string, string>) => refusalOf({ ...PRODUCTION_CORE, ...courier });
    const real = { COURIER_API_BASE_URL: 'https://api.ems.example.cn', COURIER_API_KEY: 'courier-key' };
    expect(refusal({})).toContain('fake courier');
    expect(refusal({ ...real, COURIER_API_BASE_URL: 'http://127.0.0.1:3002' })).toContain('fake courier');
    expect(refusal({ ...real, COURIER_API_BASE_URL: 'http://[::1]:3002' })).toContain('fake courier');
    expect(refusal({ COURIER_API_BASE_URL: real.COURIER_API_BASE_URL })).toContain('COURIER_API_KEY is unset');
    expect(refusal({ ...real, COURIER_API_KEY: 'dev-only-courier-api-key' })).toContain('fake courier');
    expect(refusal(real)).not.toContain('courier');
  });

  it('points SMS at the local fake in development, and refuses the fake or its secret in production', () => {
    expect(loadConfig({}).sms).toMatchObject({
      baseUrl: 'http://127.0.0.1:3003',
      accessKeySecret: 'dev-only-sms-access-key-secret',
      receiptToken: null,
    });
    const refusal = (env: Record<string, string>) => refusalOf({ NODE_ENV: 'production', ...env });
    const real = { SMS_API_BASE_URL: 'https://dysmsapi.aliyuncs.com', SMS_ACCESS_KEY_SECRET: 'sms-secret' };
    expect(refusal({})).toContain('fake SMS');
    expect(refusal({ ...real, SMS_ACCESS_KEY_SECRET: 'dev-only-sms-access-key-secret' })).toContain('fake SMS');
    expect(refusal(real)).not.toContain('SMS');
  });

  it('checks answers against their schemas outside production unless told not to, and runs the notification worker in-process unless told off', () => {
    expect(loadConfig({}).validateResponses).toBe(true);
    expect(loadConfig({ VALIDATE_RESPONSES: 'false' }).validateResponses).toBe(false);
    expect(loadConfig({}).notificationWorker).toBe('in-process');
    expect(loadConfig({ NOTIFICATION_WORKER: 'off' }).notificationWorker).toBe('off');
    expect(() => loadConfig({ NOTIFICATION_WORKER: 'no' })).toThrow(/NOTIFICATION_WORKER/);
  });

  it('names the bad setting', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseDatabaseUrl('postgres://x')).toThrow(/sqlite: or mysql:\/\//);
  });
});
