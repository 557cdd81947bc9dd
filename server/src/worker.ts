// `pnpm --filter @bianmin/server worker`: the notification worker as its own process (production
// runs one or more beside the API instances; `npm start` runs it inside the API). Stops cleanly on
// SIGTERM: the pass in progress finishes, its leases are released by being done.
import pino from 'pino';
import { loadConfig } from './config';
import { createDataSource } from './db/data-source';
import { safeLogging } from './http/log-safety';
import { createServices } from './services';

const config = loadConfig();
const logger = pino({ level: config.logLevel, base: { service: 'bianmin-worker' }, ...safeLogging });
const dataSource = createDataSource(config.database);
await dataSource.initialize();
const worker = createServices(config, dataSource).notifications.worker();
logger.info({ worker: worker.id }, 'notification worker started');
const state = { running: true };
const stop = () => {
  state.running = false;
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
while (state.running) {
  const handled = await worker.runOnce().catch((err: unknown) => {
    logger.error({ err }, 'notification pass failed');
    return 0;
  });
  if (handled) logger.info({ handled }, 'notifications delivered');
  else await new Promise((r) => setTimeout(r, 1000));
}
await dataSource.destroy();
logger.info('notification worker stopped');
