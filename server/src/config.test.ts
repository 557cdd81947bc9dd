// Configuration: working defaults for a developer, a refusal for unsafe production settings.
import { describe, expect, it } from 'vitest';
import { loadConfig, parseDatabaseUrl } from './config';

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

  it('refuses to start production on a default or in-memory database', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL must be set/);
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'sqlite::memory:' })).toThrow(/in-memory/);
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'mysql://u:p@db/b' }).env).toBe('production');
  });

  it('names the bad setting', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseDatabaseUrl('postgres://x')).toThrow(/sqlite: or mysql:\/\//);
  });
});
