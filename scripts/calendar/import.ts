// `pnpm calendar:import FILE`: imports a year of the State Council's holiday schedule (format:
// docs/calendar-import.md) into the database named by DATABASE_URL. Checks the whole file first
// and changes nothing if any line is wrong; importing the same file again changes nothing.
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { createDataSource, importHolidayScheduleFile, loadConfig } from '@bianmin/server/tooling';

interface Refusal {
  message: string;
  fieldErrors?: Record<string, string[]>;
}

async function main(): Promise<number> {
  const [file, ...extra] = process.argv.slice(2).filter((a) => a !== '--');
  if (!file || extra.length) {
    console.error('用法：pnpm calendar:import 文件（格式见 docs/calendar-import.md；示例 scripts/calendar/example-2027.txt）');
    return 2;
  }
  const text = readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
  const config = loadConfig();
  const dataSource = createDataSource(config.database);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const result = await importHolidayScheduleFile(dataSource, config, text, userInfo().username);
    console.log(result.message);
    console.log(`来源：${result.sourceUrl}`);
    console.log(result.calendar.warning ?? `节假日数据覆盖到 ${result.calendar.coveredThrough}，未来60天已覆盖。`);
    return 0;
  } catch (err) {
    const refusal = err as Refusal;
    if (!refusal.fieldErrors) throw err;
    console.error(refusal.message);
    for (const messages of Object.values(refusal.fieldErrors)) for (const m of messages) console.error(`  ${m}`);
    return 1;
  } finally {
    await dataSource.destroy();
  }
}

process.exitCode = await main();
