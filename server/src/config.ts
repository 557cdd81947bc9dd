// The only reader of process.env. Development has working defaults; production refuses unsafe ones.
import { resolve } from 'node:path';
import { z } from 'zod';
import { checkProductionSafety, DEV_DEFAULTS, refuseDevSecretsInPublic } from './config-safety';

const repoRoot = resolve(import.meta.dirname, '../..');
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

const Env = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Loopback by default: a developer's machine serves itself. A deployment names its address (0.0.0.0 behind a load balancer). */
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** `sqlite:path/to/file.sqlite` (default, relative to the repo root) or `mysql://user:pass@host:port/db`. */
  DATABASE_URL: z.string().default('sqlite:data/bianmin.sqlite'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Directory of the H5 build to serve at `/`; empty disables. */
  H5_DIR: z.string().default(resolve(repoRoot, 'miniapp/dist/h5')),
  /** How often an instance checks whether the catalogue changed (another instance may have imported). */
  CATALOGUE_CHECK_MS: z.coerce.number().int().min(0).default(2000),
  /** Trust X-Forwarded-* from the load balancer. */
  TRUST_PROXY: bool.default(false),
  // identity
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').default(DEV_DEFAULTS.jwtSecret),
  JWT_ISSUER: z.string().default('bianmin-api'),
  JWT_AUDIENCE: z.string().default('bianmin-miniapp'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  /** `keyId:base64key[,keyId:base64key…]`, 32-byte AES keys; the first encrypts, all decrypt (rotation). */
  DATA_ENCRYPTION_KEYS: z.string().default(DEV_DEFAULTS.encryptionKeys),
  /** Base64 key of the keyed hash stored beside encrypted ID numbers and phones for lookup. */
  DATA_HASH_KEY: z.string().default(DEV_DEFAULTS.hashKey),
  WECHAT_API_BASE_URL: z.url().default('http://127.0.0.1:3001'),
  WECHAT_APP_ID: z.string().default('wxfake0000000000'),
  WECHAT_APP_SECRET: z.string().default('fake-secret'),
  /** The postal courier's API (certificates posted home); the default is the local fake (`pnpm --filter @bianmin/fakes courier`). */
  COURIER_API_BASE_URL: z.url().default('http://127.0.0.1:3002'),
  COURIER_API_KEY: z.string().min(1).default(DEV_DEFAULTS.courierApiKey),
  /** Aliyun SMS (dysmsapi SendSms); the default is the local fake (`pnpm --filter @bianmin/fakes sms`). */
  SMS_API_BASE_URL: z.url().default('http://127.0.0.1:3003'),
  SMS_ACCESS_KEY_ID: z.string().min(1).default(DEV_DEFAULTS.smsAccessKeyId),
  SMS_ACCESS_KEY_SECRET: z.string().min(1).default(DEV_DEFAULTS.smsAccessKeySecret),
  /** The approved signature (短信签名) every message carries. */
  SMS_SIGN_NAME: z.string().min(1).default('便民服务'),
  SMS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /** When set, delivery reports are accepted only at …/receipts/sms?token=<this> (the provider does not sign them). */
  SMS_RECEIPT_TOKEN: z.string().min(16, 'SMS_RECEIPT_TOKEN must be at least 16 characters').optional(),
  /** The Token of the mini-program's message push (开发设置 → 消息推送): WeChat signs every push with it. */
  WECHAT_PUSH_TOKEN: z.string().min(3).max(32).default(DEV_DEFAULTS.wechatPushToken),
  /**
   * The push's EncodingAESKey (43 characters) when it is set to 安全模式 or 兼容模式: pushes must
   * then come encrypted, and a plain one is refused. Unset: 明文模式, signed with the token only.
   */
  WECHAT_PUSH_AES_KEY: z
    .string()
    .regex(/^[A-Za-z0-9]{43}$/, 'WECHAT_PUSH_AES_KEY must be the 43-character EncodingAESKey')
    .optional(),
  /** `fake` answers from a local rule set; production needs the police-database adapter. */
  IDENTITY_VERIFIER: z.enum(['fake']).default('fake'),
  /** Shared rate limits across instances when set (e.g. redis://127.0.0.1:6379). */
  REDIS_URL: z.string().optional(),
  /** Key prefix in Redis: deployments (or test runs) sharing one Redis keep their counters apart. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,40}$/)
    .default('bianmin:rl:'),
  NO_SHOW_LIMIT: z.coerce.number().int().min(1).max(20).default(3),
  NO_SHOW_WINDOW_DAYS: z.coerce.number().int().min(7).max(365).default(90),
  NO_SHOW_SUSPENSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(180, 'audit logs are kept at least 180 days').default(365),
  /** The district's IANA time zone: appointment dates and deadlines are calendar dates there. */
  DISTRICT_TIME_ZONE: z
    .string()
    .default('Asia/Shanghai')
    .refine(isTimeZone, 'DISTRICT_TIME_ZONE must be an IANA time zone, e.g. Asia/Shanghai'),
  /** GB/T 2260 code of the district: the first part of every unified case number. */
  DISTRICT_CODE: z
    .string()
    .regex(/^\d{6}$/, 'DISTRICT_CODE must be the 6-digit administrative division code, e.g. 370214')
    .default('370214'),
  /** Where uploaded materials are kept: `fs` (a directory, one instance or a shared volume) or `db` (chunked rows: any number of instances). */
  FILE_STORE: z.enum(['fs', 'db']).default('fs'),
  /** The `fs` store's directory (relative to the repo root). */
  FILE_STORE_DIR: z.string().default('data/uploads'),
  UPLOAD_MAX_MB: z.coerce.number().min(1).max(50).default(10),
  /** Per resident: files uploaded and not yet attached to a case may hold at most this much. */
  UPLOAD_QUOTA_MB: z.coerce.number().min(10).max(2000).default(200),
  /** Per resident: uploads allowed per 10 minutes. */
  UPLOAD_RATE_PER_10_MIN: z.coerce.number().int().min(1).max(1000).default(60),
  /** Where residents reach the service: links in QR codes on decision documents. */
  PUBLIC_BASE_URL: z.url().default('http://localhost:3000'),
  /** Local practice (行政许可法 is silent): a correction requested during review stops the decision clock. */
  CORRECTION_PAUSES_REVIEW: bool.default(true),
  /** 橙牌: a case with this many working days or fewer to its next deadline. */
  CARD_ORANGE_WORKING_DAYS: z.coerce.number().int().min(0).max(20).default(2),
  /** 社区代办 consent: the SMS template carrying the one-time code (one parameter, `code`). */
  SMS_TEMPLATE_AGENT_CONSENT: z
    .string()
    .regex(/^SMS_\d+$/, 'SMS_TEMPLATE_AGENT_CONSENT must look like SMS_123456')
    .default('SMS_100000001'),
  /** Notifications: a temporary send failure is retried (backoff with jitter) this long after the event, then the next channel takes over. */
  NOTIFY_RETRY_FOR_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(4 * 3_600_000),
  /** On SIGTERM/SIGINT: how long requests in flight may take to finish before their connections are cut. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  /** When set, GET /metrics answers only `Authorization: Bearer <token>` (anyone else gets 404). */
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  /** Check every JSON answer against its shared schema; by default on everywhere but production. */
  VALIDATE_RESPONSES: bool.optional(),
  /**
   * `in-process`: `npm start` / `node server/dist/main.js` also deliver notifications (one process
   * does everything). `off`: API instances of a deployment whose notification workers run as
   * processes of their own (`node server/dist/worker.js`), so a rush is not sharing its event loop.
   */
  NOTIFICATION_WORKER: z.enum(['in-process', 'off']).default('in-process'),
  npm_package_version: z.string().optional(),
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const database = parseDatabaseUrl(e.DATABASE_URL);
  if (e.NODE_ENV === 'production') checkProductionSafety(env, e, database);
  else refuseDevSecretsInPublic(e);
  const wechatHost = new URL(e.WECHAT_API_BASE_URL).hostname;
  const courierHost = new URL(e.COURIER_API_BASE_URL).hostname;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    database,
    logLevel: e.LOG_LEVEL,
    h5Dir: e.H5_DIR || null,
    catalogueCheckMs: e.CATALOGUE_CHECK_MS,
    trustProxy: e.TRUST_PROXY,
    appVersion: e.npm_package_version ?? '0.1.0',
    timeZone: e.DISTRICT_TIME_ZONE,
    /** Check every JSON answer against its shared response schema: on outside production, where a mismatch is a bug to see at once. */
    validateResponses: e.VALIDATE_RESPONSES ?? e.NODE_ENV !== 'production',
    notificationWorker: e.NOTIFICATION_WORKER,
    jwt: { secret: e.JWT_SECRET, issuer: e.JWT_ISSUER, audience: e.JWT_AUDIENCE, accessTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS },
    refreshTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    dataKeys: { encryptionKeys: e.DATA_ENCRYPTION_KEYS, hashKey: e.DATA_HASH_KEY },
    wechat: {
      baseUrl: e.WECHAT_API_BASE_URL,
      appId: e.WECHAT_APP_ID,
      appSecret: e.WECHAT_APP_SECRET,
      /** Talking to the local fake: the H5 build may offer test sign-in. Never in production. */
      isFake: e.NODE_ENV !== 'production' && ['127.0.0.1', 'localhost', '[::1]'].includes(wechatHost),
    },
    courier: {
      baseUrl: e.COURIER_API_BASE_URL,
      apiKey: e.COURIER_API_KEY,
      /** Talking to the local fake (never in production). */
      isFake: e.NODE_ENV !== 'production' && ['127.0.0.1', 'localhost', '[::1]'].includes(courierHost),
    },
    sms: {
      baseUrl: e.SMS_API_BASE_URL,
      accessKeyId: e.SMS_ACCESS_KEY_ID,
      accessKeySecret: e.SMS_ACCESS_KEY_SECRET,
      signName: e.SMS_SIGN_NAME,
      timeoutMs: e.SMS_TIMEOUT_MS,
      receiptToken: e.SMS_RECEIPT_TOKEN ?? null,
    },
    wechatPushToken: e.WECHAT_PUSH_TOKEN,
    wechatPushAesKey: e.WECHAT_PUSH_AES_KEY ?? null,
    identityVerifier: e.IDENTITY_VERIFIER,
    redisUrl: e.REDIS_URL ?? null,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    noShow: { limit: e.NO_SHOW_LIMIT, windowDays: e.NO_SHOW_WINDOW_DAYS, suspensionDays: e.NO_SHOW_SUSPENSION_DAYS },
    districtCode: e.DISTRICT_CODE,
    publicBaseUrl: e.PUBLIC_BASE_URL.replace(/\/$/, ''),
    caseHandling: { pauseOnReviewCorrection: e.CORRECTION_PAUSES_REVIEW, orangeDays: e.CARD_ORANGE_WORKING_DAYS },
    agentConsentSmsTemplate: e.SMS_TEMPLATE_AGENT_CONSENT,
    notifyRetryForMs: e.NOTIFY_RETRY_FOR_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    metricsToken: e.METRICS_TOKEN ?? null,
    fileStore: { kind: e.FILE_STORE, dir: resolve(repoRoot, e.FILE_STORE_DIR) },
    uploads: {
      maxBytes: Math.round(e.UPLOAD_MAX_MB * 1024 * 1024),
      quotaBytes: Math.round(e.UPLOAD_QUOTA_MB * 1024 * 1024),
      perTenMinutes: e.UPLOAD_RATE_PER_10_MIN,
    },
  };
}

export type DatabaseConfig = { type: 'sqlite'; path: string } | { type: 'mysql'; url: string };

export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (url.startsWith('mysql://')) return { type: 'mysql', url };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    return { type: 'sqlite', path: path === ':memory:' ? path : resolve(repoRoot, path) };
  }
  throw new Error('Invalid configuration: DATABASE_URL must start with sqlite: or mysql://');
}
