// Subscription, preference and receipt routes bound to their schemas, with their documentation.
import { endpoints } from '../http/endpoint';
import { receiptRoutes, subscriptionRoutes } from './subscription.routes';
import { NotificationPreferences, SubscribeTemplates, SubscriptionList, SubscriptionReport } from './subscription.schema';
import { SmsReportAck, SmsReportQuery, SmsReports, WechatPush, WechatPushAck, WechatPushCheck, WechatPushQuery } from './receipt.schema';

const T = '消息订阅';
const R = '送达回执（服务商推送）';

export const subscriptionEndpoints = endpoints(subscriptionRoutes, {
  templates: { schemas: { response: SubscribeTemplates }, summary: '各场景要请求订阅的微信模板', tag: T, errors: [] },
  report: {
    schemas: { body: SubscriptionReport, response: SubscriptionList },
    summary: '报告用户同意（或拒绝）的订阅消息模板',
    tag: T,
    errors: [400, 401],
  },
  preferences: { schemas: { response: NotificationPreferences }, summary: '我的通知偏好（短信）', tag: T, errors: [401] },
  setPreferences: {
    schemas: { body: NotificationPreferences, response: NotificationPreferences },
    summary: '开关短信通知（法定告知仍会发送）',
    tag: T,
    errors: [400, 401],
  },
});

export const receiptEndpoints = endpoints(receiptRoutes, {
  sms: {
    schemas: { query: SmsReportQuery, body: SmsReports, response: SmsReportAck },
    summary: '短信状态报告（JSON 数组）',
    tag: R,
    errors: [400, 404],
  },
  wechatCheck: {
    schemas: { query: WechatPushCheck, response: WechatPushAck },
    summary: '微信消息推送的服务器地址验证',
    tag: R,
    errors: [400, 403],
  },
  wechat: {
    schemas: { query: WechatPushQuery, body: WechatPush, response: WechatPushAck },
    summary: '微信消息推送：订阅消息弹框、变更、发送结果事件',
    tag: R,
    errors: [400, 403],
  },
});
