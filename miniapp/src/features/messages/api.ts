import { messageRoutes } from '@bianmin/shared/notifications/message.routes';
import { subscriptionRoutes } from '@bianmin/shared/notifications/subscription.routes';
import { api } from '@/lib/request';

export const MESSAGE_PAGE_SIZE = 20;

export function listMessages(page: number) {
  return api.call(messageRoutes.list, { query: { page, pageSize: MESSAGE_PAGE_SIZE } }, { silent: true });
}

export function markRead(id: string) {
  return api.call(messageRoutes.read, { params: { id } }, { silent: true });
}

export function markAllRead() {
  return api.call(messageRoutes.readAll, {}, { silent: true });
}

export function notificationPreferences() {
  return api.call(subscriptionRoutes.preferences, {}, { silent: true });
}

export function setSmsOptOut(smsOptOut: boolean) {
  return api.call(subscriptionRoutes.setPreferences, { body: { smsOptOut } });
}
