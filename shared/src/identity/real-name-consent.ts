// What a resident agrees to before real-name verification (个人信息保护法 第十四、二十九条: sensitive
// personal information needs separate consent, with its purpose and handling told first). Zod-free:
// the mini-app shows these words, and the server records which version was agreed to.

/** Bump when the text below changes: a consent given to an older text is asked for again. */
export const REAL_NAME_POLICY_VERSION = '2026-12-real-name-v1';

export const REAL_NAME_CONSENT_TITLE = '个人信息处理单独同意';

/** Purpose, storage, who sees it: each a short paragraph the page shows before the tick box. */
export const REAL_NAME_CONSENT_TERMS: { heading: string; text: string }[] = [
  {
    heading: '为什么需要身份证号码',
    text: '办理政务服务须核实办事人身份。您的姓名和身份证号码只用于与公安部门核验“姓名与号码是否一致”，以及在您预约、申报时确认是您本人。',
  },
  {
    heading: '如何保存',
    text: '身份证号码属于敏感个人信息，加密后保存在政务服务平台的服务器上，不用于其他用途，不对外提供；注销账号后按规定删除。',
  },
  {
    heading: '谁能看到',
    text: '页面和通知上只显示部分号码（如 370214********123X）。经办您业务的窗口工作人员因办理需要查看完整信息时，系统会留下记录，可追溯。',
  },
];

export const REAL_NAME_CONSENT_LABEL = '我已阅读以上说明，同意为实名认证处理我的姓名和身份证号码';
export const REAL_NAME_CONSENT_MISSING = '请阅读个人信息处理说明，并勾选同意后再提交';
export const REAL_NAME_POLICY_OUTDATED = '个人信息处理说明已更新，请重新阅读并勾选同意';

/** The consent part of a real-name request, as a resident who ticked the box sends it. */
export const REAL_NAME_CONSENT = { consent: true, policyVersion: REAL_NAME_POLICY_VERSION } as const;
