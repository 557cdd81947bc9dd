// Public interface of the notifications capability: the worker that turns events into messages and
// sends them (WeChat subscription messages, SMS, the in-app inbox), the inbox (消息中心), and the
// delivery status for administrators.
import { In } from 'typeorm';
import type { Platform } from '../../platform/index';
import type { CatalogueReader } from '../catalogue/index';
import { UserEntity, type Identity } from '../identity/index';
import { createDeliveryAdmin } from './admin-service';
import { createSenders } from './deliveries-channels';
import { createInbox } from './inbox-service';
import { takeCredit } from './subscriptions';
import { createSubscriptions } from './subscriptions-service';
import { createReceipts } from './receipts';
import { createStaffDirectory, renderNotification } from './templates/index';
import { createNotificationWorker, type WorkerOptions } from './worker';

export { notificationEntities } from './entities';
export { messageRoutes } from './routes';
export { deliveryAdminRoutes } from './admin-routes';
export { subscriptionRoutes } from './subscriptions-routes';
export { markDeliveryReceipt, type DeliveryReceipt } from './deliveries-outcomes';
export { runNotificationWorker, type WorkerOptions } from './worker';

export function createNotifications(deps: {
  platform: Platform;
  catalogue: CatalogueReader;
  identity: Identity;
  /** NOTIFY_RETRY_FOR_MS: how long temporary failures are retried before the next channel. */
  retryForMs: number;
  /** What providers sign (and WeChat may seal) their pushes with: WECHAT_PUSH_TOKEN, WECHAT_PUSH_AES_KEY, SMS_RECEIPT_TOKEN. */
  push: { wechatToken: string; wechatAesKey: string | null; wechatAppId: string; smsReceiptToken: string | null };
}) {
  const { dataSource, tx, audit, clock, wechat, sms, protector } = deps.platform;
  const unseal = (sealed: string) => protector.decrypt(sealed);
  const staff = createStaffDirectory(dataSource);
  const senders = createSenders({
    wechat,
    sms,
    takeCredit,
    async openidsOf(userIds) {
      if (!userIds.length) return new Map();
      const users = await dataSource
        .getRepository(UserEntity)
        .find({ where: { id: In(userIds) }, select: { id: true, wechatOpenid: true } });
      return new Map(users.flatMap((u) => (u.wechatOpenid ? [[u.id, u.wechatOpenid] as const] : [])));
    },
    phoneOf: (userId) => deps.identity.residents.boundPhone(userId),
    unseal,
  });
  const render = async (e: Parameters<typeof renderNotification>[0]) => {
    const snapshot = await deps.catalogue.current();
    return renderNotification(e, {
      timeZone: clock.timeZone,
      staff,
      itemName: (code) => snapshot.itemByCode.get(code)?.name ?? code,
      hallName: (code) => snapshot.hallByCode.get(code)?.name ?? code,
    });
  };
  return {
    inbox: createInbox({ dataSource, tx, unseal }),
    deliveries: createDeliveryAdmin({ dataSource, tx, audit, catalogue: deps.catalogue }),
    subscriptions: createSubscriptions({ dataSource, tx }),
    receipts: createReceipts({ dataSource, tx, push: deps.push }),
    worker: (opts?: WorkerOptions) => createNotificationWorker({ dataSource, tx, render, senders, retryForMs: deps.retryForMs }, opts),
  };
}
export type Notifications = ReturnType<typeof createNotifications>;
