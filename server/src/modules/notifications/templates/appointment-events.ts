// What each appointment event says, on which channels, in which order. Texts are data: `{item}`,
// `{hall}`, `{when}` (date and start), `{start}`, `{reason}`, `{reasonSuffix}` (“：reason” or
// nothing), `{ticketCode}` come from the event (variables.ts). What the resident is looking at as it
// happens (预约成功, 待确认 on the page they just booked on) goes to the inbox only: the WeChat
// accept that page offers — "预约确认、变动和前一天的提醒" — is one message per accept, and it is for
// that news. The confirmation goes to WeChat and the inbox; changes the resident did not make
// (declined, cancelled, moved) and the reminder also by SMS.
import type { TemplateEntry } from '@bianmin/shared';

const PAGE = 'features/appointments/pages/ticket/index?id={appointmentId}';
const ALL: TemplateEntry['order'] = ['wechat', 'sms', 'inbox'];

function status(title: string, phrase: string, body: string, note: string, smsNote: string | null = null): TemplateEntry {
  return {
    to: ['applicant'],
    essential: false,
    order: smsNote ? ALL : ['wechat', 'inbox'],
    inbox: { title, body, link: 'appointment' },
    wechat: {
      template: 'appointmentStatus',
      page: PAGE,
      data: { thing1: '{item}', time2: '{when}', thing3: '{hall}', phrase4: phrase, thing5: note },
    },
    ...(smsNote ? { sms: { template: 'appointmentChange', params: { item: '{item}', when: '{when}', note: smsNote } } } : {}),
  };
}

/** News the resident sees on the page where it happens: kept in the inbox, no credit spent on it. */
function seen(title: string, body: string): TemplateEntry {
  return { to: ['applicant'], essential: false, order: ['inbox'], inbox: { title, body, link: 'appointment' } };
}

export const APPOINTMENT_EVENTS: Record<string, TemplateEntry[]> = {
  'appointment.booked': [seen('预约成功', '您已预约{when}到{hall}办理{item}，预约码 {ticketCode}。')],
  'appointment.pending': [seen('预约待确认', '您预约的{when} {hall}“{item}”需窗口确认，确认后会通知您。')],
  'appointment.confirmed': [status('预约已确认', '已确认', '窗口已确认您{when}在{hall}办理{item}的预约。', '请按时到大厅取号办理')],
  'appointment.declined': [
    status('预约未通过', '未通过', '您预约办理的{item}（{when}）未通过：{reason}。', '{reason}', '未通过：{reason}'),
  ],
  'appointment.cancelled': [
    status('预约已取消', '已取消', '您{when}办理{item}的预约已取消{reasonSuffix}。', '{reasonOrNone}', '已取消{reasonSuffix}'),
  ],
  'appointment.rescheduled': [status('预约已改期', '已改期', '您办理{item}的预约已改到{when}。', '原时间{fromWhen}', '已改到{when}')],
  'appointment.reminder': [
    {
      to: ['applicant'],
      essential: false,
      order: ALL,
      inbox: { title: '明日办事提醒', body: '明天{start}请到{hall}办理{item}，记得带齐材料。', link: 'appointment' },
      wechat: {
        template: 'appointmentReminder',
        page: PAGE,
        data: { thing1: '{item}', time2: '{when}', thing3: '{hall}', thing4: '请带齐材料，提前10分钟到达' },
      },
      sms: { template: 'appointmentReminder', params: { item: '{item}', hall: '{hall}', start: '{start}' } },
    },
  ],
};
