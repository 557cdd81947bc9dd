// The cases feature's pages (微信申报, 我的办件, 办件查询): its public navigation contract (other
// features and the tab pages import this file and nothing else of cases). Kept free of zod and the
// API, since every package that links here loads it.
import { buildQuery } from '@/lib/query';
import type { PageDeclaration } from '@/lib/page-declaration';
import { staffPages } from '@/features/staff/pages';

const APPLY = 'features/cases/pages/apply/index';
const SUBMITTED = 'features/cases/pages/submitted/index';
const MINE = 'features/cases/pages/mine/index';
const DETAIL = 'features/cases/pages/detail/index';
const LOOKUP = 'features/cases/pages/lookup/index';
const CERTIFICATES = 'features/cases/pages/certificates/index';
const REGISTER = 'features/cases/pages/register/index';

export const casePages = {
  /** 申请办理: fill in the item's form, upload its materials, submit. */
  apply: { path: APPLY, signIn: 'resident', url: (item: string) => `/${APPLY}${buildQuery({ item })}` },
  /** Right after submission: the case number and the query code (only the POST answer has it). */
  submitted: {
    path: SUBMITTED,
    signIn: 'resident',
    url: (p: { number: string; code: string }) => `/${SUBMITTED}${buildQuery(p)}`,
  },
  mine: { path: MINE, signIn: 'resident', url: `/${MINE}` },
  detail: { path: DETAIL, signIn: 'resident', url: (number: string) => `/${DETAIL}${buildQuery({ number })}` },
  /** 办件查询 by number and query code, without an account. */
  lookup: { path: LOOKUP, signIn: 'none', url: (p: { number?: string } = {}) => `/${LOOKUP}${buildQuery(p)}` },
  /** 我的证照: certificates issued to me, each with its verification code (核验). */
  certificates: { path: CERTIFICATES, signIn: 'resident', url: `/${CERTIFICATES}` },
  /** Staff: 窗口收件登记 for an applicant at the counter, or 社区代办 by a community agent. */
  register: {
    path: REGISTER,
    signIn: 'staff',
    signInUrl: staffPages.login.url,
    url: (p: { item?: string } = {}) => `/${REGISTER}${buildQuery(p)}`,
  },
} as const satisfies Record<string, PageDeclaration>;
