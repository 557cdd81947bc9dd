// TypeORM records each applied migration by its name. The production bundle (build.mjs) does not
// keep function and class names, so a class esbuild renamed to avoid a clash would look like a new
// migration and run again: every migration names itself, the way its class is spelled here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from './migrations';

const DIR = join(import.meta.dirname, 'migrations');
const files = readdirSync(DIR).filter((f) => /^\d{13}-.+\.ts$/.test(f));

describe('migrations, as the production bundle runs them', () => {
  it('each names itself explicitly, as its class and its file say, and no two share a name', () => {
    const names = migrations.map((M) => new M().name);
    for (const [i, M] of migrations.entries()) {
      expect(names[i], M.name).toBe(M.name);
      expect(names[i]).toMatch(/^[A-Z][A-Za-z]+\d{13}$/);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it('every migration file is in the list, and its timestamp is the one in its name', () => {
    expect(migrations).toHaveLength(files.length);
    for (const file of files) {
      const stamp = file.slice(0, 13);
      const own = /class (\w+) implements MigrationInterface/.exec(readFileSync(join(DIR, file), 'utf8'))?.[1];
      expect(own, file).toMatch(new RegExp(`${stamp}$`));
      expect(migrations.map((M) => M.name)).toContain(own);
    }
  });
});
