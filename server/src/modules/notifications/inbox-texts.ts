// What each event says in the inbox (消息中心): a short title, one or two sentences, and what it
// links to. Templates are data: one entry per event type. No secret goes into a stored message —
// not the query code, not the pickup code (the case page shows those to their owner).
import type { CatalogueSnapshot } from '../catalogue/index';

export interface InboxText {
  /** Whom it goes to: the event's account, or another (a handler). */
  to: string | null;
  title: string;
  body: string;
  link: { kind: 'case' | 'appointment'; id: string } | null;
}

type Payload = Record<string, unknown>;
const str = (p: Payload, k: string) => (typeof p[k] === 'string' ? p[k] : '');
const when = (p: Payload) => `${str(p, 'date')} ${str(p, 'start')}`;

type Template = (
  p: Payload,
  names: { item: (code: string) => string; hall: (code: string) => string },
  userId: string | null,
) => InboxText | null;

const appointment =
  (title: string, say: (p: Payload, item: string, hall: string) => string): Template =>
  (p, names, userId) => ({
    to: userId,
    title,
    body: say(p, names.item(str(p, 'itemCode')), names.hall(str(p, 'hallCode'))),
    link: { kind: 'appointment', id: str(p, 'appointmentId') },
  });

const caseText =
  (title: string, say: (p: Payload) => string): Template =>
  (p, _names, userId) => ({
    to: userId,
    title,
    body: `${str(p, 'itemName')}（${str(p, 'number')}）${say(p)}`,
    link: { kind: 'case', id: str(p, 'number') },
  });

export const INBOX_TEXTS: Record<string, Template> = {
  'appointment.booked': appointment(
    '预约成功',
    (p, item, hall) => `您已预约${when(p)}到${hall}办理${item}，预约码 ${str(p, 'ticketCode')}。`,
  ),
  'appointment.pending': appointment('预约待确认', (p, item, hall) => `您预约的${when(p)} ${hall}“${item}”需窗口确认，确认后会通知您。`),
  'appointment.confirmed': appointment('预约已确认', (p, item, hall) => `窗口已确认您${when(p)}在${hall}办理${item}的预约。`),
  'appointment.declined': appointment('预约未通过', (p, item) => `您预约办理的${item}（${when(p)}）未通过：${str(p, 'reason')}。`),
  'appointment.cancelled': appointment(
    '预约已取消',
    (p, item) => `您${when(p)}办理${item}的预约已取消${str(p, 'reason') ? `：${str(p, 'reason')}` : ''}。`,
  ),
  'appointment.rescheduled': appointment('预约已改期', (p, item) => `您办理${item}的预约已改到${when(p)}。`),
  'appointment.reminder': appointment('明日办事提醒', (p, item, hall) => `明天${str(p, 'start')}请到${hall}办理${item}，记得带齐材料。`),
  'case.submitted': caseText('申请已提交', () => '已提交，窗口将在5个工作日内审核是否受理。查询码见提交成功页面。'),
  'case.withdrawn': caseText('申请已撤回', () => '已撤回。'),
  'case.resubmitted': caseText('补正材料已收到', () => '的补正材料已收到，窗口将重新审核。'),
  'case.accepted': caseText('申请已受理', (p) =>
    p.deemed ? '逾期未作受理决定，依法视为已受理。' : '已受理，办理期限从受理次日起按工作日计算。',
  ),
  'case.not_accepted': caseText('申请未受理', (p) => `不予受理：${str(p, 'reason')}。`),
  'case.correction_requested': caseText('请补正材料', (p) => {
    const items = Array.isArray(p.items) ? (p.items as { label?: string }[]).map((i) => i.label ?? '').join('、') : '';
    return `需要补正：${items}。请在办件页面查看具体要求并重新提交。`;
  }),
  'case.extended': caseText(
    '审查期限延长',
    (p) => `审查期限延长${typeof p.days === 'number' ? String(p.days) : '10'}个工作日：${str(p, 'reason')}。`,
  ),
  'case.procedure_started': caseText('特别程序开始', (p) => `进入${str(p, 'procedure')}程序，所需时间不计入办理期限。`),
  'case.procedure_ended': caseText('特别程序结束', (p) => `${str(p, 'procedure')}已结束，恢复计时。`),
  'case.decided': caseText('已作出决定', (p) => (p.result === 'approve' ? '已准予许可。' : `决定不予许可：${str(p, 'reason')}。`)),
  'case.dispatched': caseText('结果已发出', (p) =>
    p.method === 'post' ? `结果已交寄，快递单号 ${str(p, 'trackingNumber')}。` : '结果可以领取了，请凭办件页面的取件码到窗口领取。',
  ),
  'case.delivered': caseText('办理完成', () => '结果已送达，欢迎对本次服务进行评价。'),
  // To the handler, not the applicant.
  'case.assigned': (p) => ({
    to: str(p, 'handlerId') || null,
    title: '新办件待审查',
    body: `${str(p, 'itemName')}（${str(p, 'number')}）已指派给您承办。`,
    link: { kind: 'case', id: str(p, 'number') },
  }),
};

export function inboxText(type: string, payload: Payload, userId: string | null, snapshot: CatalogueSnapshot): InboxText | null {
  const template = INBOX_TEXTS[type];
  if (!template) return null;
  return template(
    payload,
    {
      item: (code) => snapshot.itemByCode.get(code)?.name ?? code,
      hall: (code) => snapshot.hallByCode.get(code)?.name ?? code,
    },
    userId,
  );
}
