// A notification worker as a process of its own, for tests and benches that run several or kill
// one mid-batch: `node --import tsx src/testing/notify-worker.ts '{"leaseMs":5000}'`. Settings come
// from the environment through config.ts like any server process; worker options as JSON in argv.
// Prints `ready` once it polls, then one line per pass that handled something.
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { runNotificationWorker, type WorkerOptions } from '../modules/notifications/index';
import { createServices } from '../services';

const opts = JSON.parse(process.argv[2] ?? '{}') as WorkerOptions & { idleMs?: number };
const config = loadConfig();
const dataSource = createDataSource(config.database);
await dataSource.initialize();
const worker = createServices(config, dataSource).notifications.worker(opts);
// Stopped by the bench or a test: exit normally, so that `--cpu-prof` can write its profile.
process.on('SIGTERM', () => process.exit(0));
process.stdout.write('ready\n');
await runNotificationWorker(worker, {
  idleMs: opts.idleMs ?? 50,
  signal: new AbortController().signal,
  onError: (err) => {
    throw err;
  },
  onHandled: (step, n) => process.stdout.write(`${step} ${String(n)}\n`),
});
