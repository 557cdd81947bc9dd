// The WeChat subscription templates and SMS templates this deployment has registered, and which
// templates the mini-app asks for at each moment. Template ids and codes are per mini-app and per
// SMS account: a district replaces these with its own (公众平台 → 订阅消息; 短信服务 → 模板管理).
// Key names carry WeChat's value types (thing ≤ 20, character_string ≤ 32, phrase ≤ 5 汉字 …).
import type { NotificationTemplates } from '@bianmin/shared';

export const WECHAT_TEMPLATES: NotificationTemplates['wechat'] = {
  appointmentStatus: {
    id: 'BmAppointmentStatus-0001',
    title: '预约状态通知',
    longTerm: false,
    keys: ['thing1', 'time2', 'thing3', 'phrase4', 'thing5'],
  },
  appointmentReminder: {
    id: 'BmAppointmentReminder-0001',
    title: '办事提醒',
    longTerm: false,
    keys: ['thing1', 'time2', 'thing3', 'thing4'],
  },
  caseProgress: {
    id: 'BmCaseProgress-0001',
    title: '办件进度通知',
    longTerm: false,
    keys: ['character_string1', 'thing2', 'phrase3', 'thing4', 'time5'],
  },
  caseCorrection: {
    id: 'BmCaseCorrection-0001',
    title: '补正材料通知',
    longTerm: false,
    keys: ['character_string1', 'thing2', 'thing3', 'time4'],
  },
  caseResult: {
    id: 'BmCaseResult-0001',
    title: '办理结果通知',
    longTerm: false,
    keys: ['character_string1', 'thing2', 'phrase3', 'thing4'],
  },
  // Staff alerts: 长期订阅, open to government mini-apps, so a handler keeps hearing of 红牌 cases.
  staffAlert: {
    id: 'BmStaffCaseAlert-0001',
    title: '办件督办提醒',
    longTerm: true,
    keys: ['character_string1', 'thing2', 'phrase3', 'thing4'],
  },
};

export const SMS_TEMPLATES: NotificationTemplates['sms'] = {
  // 您预约的${item}（${when}）${note}。详情请打开便民小程序查看。
  appointmentChange: { code: 'SMS_500000001', params: ['item', 'when', 'note'] },
  // 提醒：明天${start}请到${hall}办理${item}，记得带齐材料。
  appointmentReminder: { code: 'SMS_500000002', params: ['item', 'hall', 'start'] },
  // 您的办件${number}（${item}）${note}。详情请打开便民小程序查看。
  caseProgress: { code: 'SMS_500000003', params: ['number', 'item', 'note'] },
  // 您的办件${number}（${item}）需要补正：${items}。请在小程序办件页面查看要求并重新提交。
  caseCorrection: { code: 'SMS_500000004', params: ['number', 'item', 'items'] },
  // 您的办件${number}（${item}）${note}。
  caseResult: { code: 'SMS_500000005', params: ['number', 'item', 'note'] },
  // 【督办】办件${number}（${item}）${kind}，期限${dueOn}，请及时处理。
  staffAlert: { code: 'SMS_500000006', params: ['number', 'item', 'kind', 'dueOn'] },
  // 您的办件${number}（${item}）已提交，查询码${code}，凭办件编号和查询码可在便民小程序查询办理进度。
  caseSubmitted: { code: 'SMS_500000007', params: ['number', 'item', 'code'] },
  // 您的办件${number}（${item}）结果可以领取了，取件码${code}，请凭取件码到窗口领取。
  casePickup: { code: 'SMS_500000008', params: ['number', 'item', 'code'] },
};

/** At most three per request (WeChat's limit): what the resident will hear about next. */
export const SUBSCRIBE_AT: NotificationTemplates['moments'] = {
  booked: ['appointmentStatus', 'appointmentReminder'],
  submitted: ['caseProgress', 'caseCorrection', 'caseResult'],
  case: ['caseProgress', 'caseCorrection', 'caseResult'],
};
