// `pnpm seed [FILE_OR_DIR …]`: import a district's catalogue (default: the demo catalogue beside this
// file) into the database named by DATABASE_URL. Validates everything first; writes in one
// transaction; upserts by code, so running it again changes nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createDataSource, type ImportFile, importCatalogue, loadConfig } from '@bianmin/server/tooling';
import { seedDemoSchedules } from './demo-schedules';
import { DEMO_STAFF, seedDemoStaff } from './demo-staff';

const DEMO = resolve(import.meta.dirname, 'demo');

export function readImportFiles(paths: string[]): ImportFile[] {
  const files = paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(p, f))
      : [p],
  );
  return files.map((file) => {
    const text = readFileSync(file, 'utf8');
    try {
      return { name: basename(file), content: JSON.parse(text) as unknown };
    } catch (err) {
      throw new Error(`${file}: 不是有效的 JSON（${(err as Error).message}）`, { cause: err });
    }
  });
}

async function main() {
  const all = process.argv.slice(2).filter((a) => a !== '--');
  const withDemo = all.includes('--demo');
  const args = all.filter((a) => a !== '--demo');
  const paths = args.length ? args.map((a) => resolve(process.env.INIT_CWD ?? process.cwd(), a)) : [DEMO];
  const files = readImportFiles(paths);
  console.log(`Importing ${files.length} file(s): ${files.map((f) => f.name).join(', ')}`);

  const config = loadConfig();
  const dataSource = createDataSource(config.database);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const result = await importCatalogue(dataSource, files, (section, done, total) => {
      process.stdout.write(`  ${section.padEnd(12)} ${String(done).padStart(5)}/${total}\n`);
    });
    if (!result.ok) {
      console.error(`\nNothing was imported: ${result.problems.length} problem(s) found.`);
      for (const p of result.problems.slice(0, 200)) console.error(`  ${p.file}: ${p.path}: ${p.message}`);
      process.exitCode = 1;
      return;
    }
    console.table(result.counts);
    console.log(result.changed ? `Catalogue version is now ${result.version}.` : `No changes; catalogue version stays ${result.version}.`);
    if (withDemo) {
      const created = await seedDemoStaff(dataSource);
      console.log(`Demo staff accounts (development only; ${created} created now):`);
      console.table(
        DEMO_STAFF.map((s) => ({
          username: s.username,
          password: s.password,
          role: s.roles.map((g) => g.role).join(', '),
          scope: s.roles.map((g) => g.scopeCode ?? '全区').join(', '),
        })),
      );
      console.log(`Demo booking schedules: ${await seedDemoSchedules(dataSource)} created now.`);
    }
  } finally {
    await dataSource.destroy();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
