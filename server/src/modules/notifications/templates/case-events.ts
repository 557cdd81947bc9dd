// What each case event says, to whom, on which channels. Legal notices (受理, 不予受理, 补正, 延期,
// 特别程序, 决定) are `essential`: they go out by SMS even to residents who switched SMS off.
// Variables (variables.ts): `{number}` `{item}` `{reason}` `{items}` (补正 list) `{days}`
// `{procedure}` `{procedureResult}` `{trackingNumber}` `{at}` (event time) `{dueOn}` `{dueKind}`.
// Staff (the handler and the department's supervisors) hear of new cases, resubmissions, 超时警告
// and 红牌. The query code (case.submitted) and the pickup code (case.dispatched for pickup) reach
// the applicant by SMS and in the inbox as `{queryCode}` / `{pickupCode}`: stored sealed, filled in
// only when sent (deliveries-channels.ts) or read by their owner (inbox-service.ts). WeChat carries
// neither: caseProgress already has WeChat's five keys, and caseResult's keys are shared with
// decisions and posting, which have no code to put in a fifth — its note points to the case page.
import type { TemplateEntry } from '@bianmin/shared';

const PAGE = 'features/cases/pages/detail/index?number={number}';
const STAFF_PAGE = 'features/staff/pages/case/index?number={number}';
const ALL: TemplateEntry['order'] = ['wechat', 'sms', 'inbox'];

interface Says {
  title: string;
  /** ≤ 5 汉字: the WeChat status word. */
  phrase: string;
  /** After “{item}（{number}）” in the inbox. */
  body: string;
  /** The WeChat note (shortened to 20) and, unless `sms` says otherwise, the SMS note. */
  note: string;
  essential?: boolean;
  /** The SMS note; false: no SMS for this event; or an SMS template of its own (one carrying a code). */
  sms?: string | false | NonNullable<TemplateEntry['sms']>;
  when?: TemplateEntry['when'];
}

function progress(s: Says, template: 'caseProgress' | 'caseResult' = 'caseProgress'): TemplateEntry {
  const sms =
    s.sms === false
      ? null
      : typeof s.sms === 'object'
        ? s.sms
        : { template, params: { number: '{number}', item: '{item}', note: s.sms ?? s.note } };
  const data: Record<string, string> =
    template === 'caseProgress'
      ? { character_string1: '{number}', thing2: '{item}', phrase3: s.phrase, thing4: s.note, time5: '{at}' }
      : { character_string1: '{number}', thing2: '{item}', phrase3: s.phrase, thing4: s.note };
  return {
    to: ['applicant'],
    ...(s.when ? { when: s.when } : {}),
    essential: s.essential ?? false,
    order: sms ? ALL : ['wechat', 'inbox'],
    inbox: { title: s.title, body: `{item}（{number}）${s.body}`, link: 'case' },
    wechat: { template, page: PAGE, data },
    ...(sms ? { sms } : {}),
  };
}

function staff(to: TemplateEntry['to'], title: string, kind: string, body: string, note: string, withSms = false): TemplateEntry {
  return {
    to,
    essential: false,
    order: withSms ? ALL : ['wechat', 'inbox'],
    inbox: { title, body: `{item}（{number}）${body}`, link: 'case' },
    wechat: {
      template: 'staffAlert',
      page: STAFF_PAGE,
      data: { character_string1: '{number}', thing2: '{item}', phrase3: kind, thing4: note },
    },
    ...(withSms ? { sms: { template: 'staffAlert', params: { number: '{number}', item: '{item}', kind, dueOn: '{dueOn}' } } } : {}),
  };
}

const result = (s: Says) => progress(s, 'caseResult');

export const CASE_EVENTS: Record<string, TemplateEntry[]> = {
  'case.submitted': [
    progress({
      title: '申请已提交',
      phrase: '已提交',
      body: '已提交，查询码 {queryCode}（凭办件编号和查询码可查询办理进度）。窗口将在5个工作日内审核是否受理。',
      note: '窗口将在5个工作日内审核',
      sms: { template: 'caseSubmitted', params: { number: '{number}', item: '{item}', code: '{queryCode}' } },
    }),
    staff(['supervisor'], '新办件待受理', '新办件', '已提交，等待窗口受理。', '请在5个工作日内受理'),
  ],
  'case.withdrawn': [progress({ title: '申请已撤回', phrase: '已撤回', body: '已撤回。', note: '申请已撤回', sms: false })],
  'case.resubmitted': [
    progress({
      title: '补正材料已收到',
      phrase: '已收到补正',
      body: '的补正材料已收到，窗口将重新审核。',
      note: '窗口将重新审核',
      sms: false,
    }),
    staff(['handler', 'supervisor'], '补正材料已提交', '补正已交', '的申请人已提交补正材料，请重新审核。', '补正材料已提交，请重新审核'),
  ],
  'case.accepted': [
    progress({
      when: { field: 'deemed', equals: false },
      title: '申请已受理',
      phrase: '已受理',
      body: '已受理，办理期限从受理次日起按工作日计算。',
      note: '办理期限从受理次日起计算',
      essential: true,
    }),
    progress({
      when: { field: 'deemed', equals: true },
      title: '申请已受理',
      phrase: '已受理',
      body: '逾期未作受理决定，依法视为已受理。',
      note: '逾期未作决定，依法视为受理',
      essential: true,
    }),
  ],
  'case.not_accepted': [
    result({
      title: '申请未受理',
      phrase: '不予受理',
      body: '不予受理：{reason}。',
      note: '{reason}',
      sms: '不予受理：{reason}',
      essential: true,
    }),
  ],
  'case.correction_requested': [
    {
      to: ['applicant'],
      essential: true,
      order: ALL,
      inbox: { title: '请补正材料', body: '{item}（{number}）需要补正：{items}。请在办件页面查看具体要求并重新提交。', link: 'case' },
      wechat: {
        template: 'caseCorrection',
        page: PAGE,
        data: { character_string1: '{number}', thing2: '{item}', thing3: '{items}', time4: '{at}' },
      },
      sms: { template: 'caseCorrection', params: { number: '{number}', item: '{item}', items: '{items}' } },
    },
  ],
  'case.extended': [
    progress({
      title: '审查期限延长',
      phrase: '期限延长',
      body: '审查期限延长{days}个工作日：{reason}。',
      note: '延长{days}个工作日：{reason}',
      essential: true,
    }),
  ],
  'case.procedure_started': [
    progress({
      title: '特别程序开始',
      phrase: '特别程序',
      body: '进入{procedure}程序，所需时间不计入办理期限。',
      note: '{procedure}，不计入办理期限',
      essential: true,
    }),
  ],
  'case.procedure_ended': [
    progress({ title: '特别程序结束', phrase: '恢复计时', body: '{procedure}已结束，恢复计时。', note: '{procedure}已结束', sms: false }),
  ],
  'case.decided': [
    result({
      when: { field: 'result', equals: 'approve' },
      title: '已作出决定',
      phrase: '准予许可',
      body: '已准予许可。',
      note: '已准予许可',
      essential: true,
    }),
    result({
      when: { field: 'result', equals: 'deny' },
      title: '已作出决定',
      phrase: '不予许可',
      body: '决定不予许可：{reason}。',
      note: '{reason}',
      sms: '决定不予许可：{reason}',
      essential: true,
    }),
  ],
  'case.dispatched': [
    result({
      when: { field: 'method', equals: 'pickup' },
      title: '结果已发出',
      phrase: '可以领取',
      body: '结果可以领取了，取件码 {pickupCode}，请凭取件码到窗口领取。',
      note: '凭办件页面的取件码到窗口领取',
      sms: { template: 'casePickup', params: { number: '{number}', item: '{item}', code: '{pickupCode}' } },
    }),
    result({
      when: { field: 'method', equals: 'post' },
      title: '结果已发出',
      phrase: '已寄出',
      body: '结果已交寄，快递单号 {trackingNumber}。',
      note: '结果已交寄，请留意快递',
      sms: '结果已交寄，快递单号{trackingNumber}',
    }),
  ],
  'case.delivered': [
    progress({
      title: '办理完成',
      phrase: '已办结',
      body: '结果已送达，欢迎对本次服务进行评价。',
      note: '欢迎对本次服务进行评价',
      sms: false,
    }),
  ],
  'case.assigned': [staff(['handler'], '新办件待审查', '新办件', '已指派给您承办。', '已指派给您承办')],
  'case.deadline_warning': [
    staff(['handler', 'supervisor'], '超时警告', '超时警告', '将于{dueOn}到{dueKind}期限，请及时处理。', '{dueKind}期限{dueOn}', true),
  ],
  'case.overdue': [
    staff(
      ['handler', 'supervisor'],
      '红牌：已超期',
      '红牌',
      '已超过{dueOn}的{dueKind}期限，请立即处理。',
      '{dueKind}期限{dueOn}已过',
      true,
    ),
  ],
};
