// Subscription, preference and receipt routes. Zod-free: schemas as types only (the mini-app imports this).
import type { NotificationPreferences, SubscribeTemplates, SubscriptionList, SubscriptionReport } from './subscription.schema';
import type {
  SmsReportAck,
  SmsReportQuery,
  SmsReports,
  WechatPush,
  WechatPushAck,
  WechatPushCheck,
  WechatPushQuery,
} from './receipt.schema';
import { route } from '../http/route';

export const subscriptionRoutes = {
  templates: route<{ response: typeof SubscribeTemplates }>('GET', '/api/v1/notifications/subscribe-templates', 'public'),
  report: route<{ body: typeof SubscriptionReport; response: typeof SubscriptionList }>(
    'POST',
    '/api/v1/notifications/subscriptions',
    'signed-in',
  ),
  preferences: route<{ response: typeof NotificationPreferences }>('GET', '/api/v1/me/notification-preferences', 'signed-in'),
  setPreferences: route<{ body: typeof NotificationPreferences; response: typeof NotificationPreferences }>(
    'PUT',
    '/api/v1/me/notification-preferences',
    'signed-in',
  ),
} as const;

export const receiptRoutes = {
  sms: route<{ query: typeof SmsReportQuery; body: typeof SmsReports; response: typeof SmsReportAck }>(
    'POST',
    '/api/v1/notifications/receipts/sms',
    'public',
  ),
  wechatCheck: route<{ query: typeof WechatPushCheck; response: typeof WechatPushAck }>(
    'GET',
    '/api/v1/notifications/receipts/wechat',
    'public',
  ),
  wechat: route<{ query: typeof WechatPushQuery; body: typeof WechatPush; response: typeof WechatPushAck }>(
    'POST',
    '/api/v1/notifications/receipts/wechat',
    'public',
  ),
} as const;
