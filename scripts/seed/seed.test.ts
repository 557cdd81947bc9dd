// `pnpm seed` as an administrator uses it: progress, a summary, named problems, idempotent re-runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'bianmin-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TSX = resolve(import.meta.dirname, '../node_modules/.bin/tsx');
const seed = (args: string[], db = 'seed.sqlite') =>
  spawnSync(TSX, [resolve(import.meta.dirname, 'main.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, db)}` },
    cwd: dir,
  });

describe('pnpm seed', () => {
  it('imports the demo catalogue with progress, then finds nothing to change on a second run', () => {
    const first = seed([]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/items\s+\d+\/\d+/);
    expect(first.stdout).toContain('Catalogue version is now 1.');
    const second = seed([]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('No changes; catalogue version stays 1.');
  });

  it('reports the file, row and field of a bad row, imports nothing and exits non-zero', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        departments: [{ code: 'd1', name: '测试局', phone: 'not a phone' }],
        items: [{ code: 'T-1', name: '' }],
      }),
    );
    const r = seed([file], 'bad.sqlite');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Nothing was imported');
    expect(r.stderr).toContain('bad.json: 第1条部门 > phone: 电话号码只能包含数字和连字符');
    expect(r.stderr).toMatch(/bad\.json: 第1条事项 > name: /);
  });

  it('says which file is not JSON', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "items": [ ');
    const r = seed([file], 'broken.sqlite');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('broken.json: 不是有效的 JSON');
  });
});
