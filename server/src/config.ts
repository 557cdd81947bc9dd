// The only reader of process.env. Development has working defaults; production refuses unsafe ones.
import { resolve } from 'node:path';
import { z } from 'zod';

const repoRoot = resolve(import.meta.dirname, '../..');

const Env = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** `sqlite:path/to/file.sqlite` (default, relative to the repo root) or `mysql://user:pass@host:port/db`. */
  DATABASE_URL: z.string().default('sqlite:data/bianmin.sqlite'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Directory of the H5 build to serve at `/`; empty disables. */
  H5_DIR: z.string().default(resolve(repoRoot, 'miniapp/dist/h5')),
  /** How often an instance checks whether the catalogue changed (another instance may have imported). */
  CATALOGUE_CHECK_MS: z.coerce.number().int().min(0).default(2000),
  /** Trust X-Forwarded-* from the load balancer. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const database = parseDatabaseUrl(e.DATABASE_URL);
  if (e.NODE_ENV === 'production') {
    // Fail fast rather than run a government service on a development default.
    if (!env.DATABASE_URL) throw new Error('Invalid configuration: DATABASE_URL must be set explicitly in production');
    if (database.type === 'sqlite' && database.path === ':memory:') {
      throw new Error('Invalid configuration: an in-memory database loses every case on restart; set DATABASE_URL');
    }
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    database,
    logLevel: e.LOG_LEVEL,
    h5Dir: e.H5_DIR || null,
    catalogueCheckMs: e.CATALOGUE_CHECK_MS,
    trustProxy: e.TRUST_PROXY,
    appVersion: process.env.npm_package_version ?? '0.1.0',
  };
}

export type DatabaseConfig =
  | { type: 'sqlite'; path: string }
  | { type: 'mysql'; url: string };

export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (url.startsWith('mysql://')) return { type: 'mysql', url };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    return { type: 'sqlite', path: path === ':memory:' ? path : resolve(repoRoot, path) };
  }
  throw new Error('Invalid configuration: DATABASE_URL must start with sqlite: or mysql://');
}
