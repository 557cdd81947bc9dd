// Public interface of the notifications capability: the worker that turns events into messages,
// and the in-app inbox (消息中心). WeChat subscription messages and SMS are channels still to come.
import type { Platform } from '../../platform/index';
import type { CatalogueReader } from '../catalogue/index';
import { createInbox } from './inbox-service';
import { createNotificationWorker, type WorkerOptions } from './worker';

export { notificationEntities } from './entities';
export { messageRoutes } from './routes';

export function createNotifications(deps: { platform: Platform; catalogue: CatalogueReader }) {
  const { dataSource, tx } = deps.platform;
  return {
    inbox: createInbox({ dataSource, tx }),
    worker: (opts?: WorkerOptions) => createNotificationWorker({ dataSource, tx, catalogue: deps.catalogue }, opts),
  };
}
export type Notifications = ReturnType<typeof createNotifications>;
