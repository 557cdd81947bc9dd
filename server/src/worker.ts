// `pnpm --filter @bianmin/server worker` (or `node server/dist/worker.js`): the notification worker
// as its own process (production runs one or more beside the API instances; `npm start` runs it
// inside the API). On SIGTERM/SIGINT the pass in progress finishes — its leases are released by
// being done — within SHUTDOWN_GRACE_MS; a pass that hangs longer is abandoned (its leases expire).
import pino from 'pino';
import { loadConfig } from './config';
import { createDataSource } from './db/data-source';
import { onShutdownSignal } from './http/graceful-shutdown';
import { safeLogging } from './http/log-safety';
import { runNotificationWorker } from './modules/notifications/index';
import { createServices } from './services';

const config = loadConfig();
const logger = pino({ level: config.logLevel, base: { service: 'bianmin-worker' }, ...safeLogging });
const dataSource = createDataSource(config.database);
await dataSource.initialize();
const services = createServices(config, dataSource);
const worker = services.notifications.worker();
const stop = new AbortController();
let loop: Promise<void> = Promise.resolve();
// Registered before the first pass: a SIGTERM from then on is always a clean stop.
onShutdownSignal(async (signal) => {
  logger.info({ signal }, 'notification worker stopping');
  stop.abort();
  await Promise.race([loop, new Promise((r) => setTimeout(r, config.shutdownGraceMs).unref())]);
  await services.platform.limiter.close();
  await dataSource.destroy();
  logger.info('notification worker stopped');
  // pino writes asynchronously: the last lines must be out before the process exits.
  await new Promise<void>((r) => logger.flush(() => r()));
}, config.shutdownGraceMs + 5_000);

logger.info({ worker: worker.id }, 'notification worker started');
loop = runNotificationWorker(worker, {
  idleMs: 1000,
  signal: stop.signal,
  onError: (err) => logger.error({ err }, 'notification pass failed'),
  onHandled: (step, handled) => logger.info({ step, handled }, 'notifications handled'),
});
