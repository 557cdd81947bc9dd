// The staff feature's pages: its public navigation contract (other features import this file and
// nothing else of staff). Kept free of zod and the API, since every package that links here loads it.
import { buildQuery } from '@/lib/query';
import type { PageDeclaration } from '@/lib/page-declaration';

const LOGIN = 'features/staff/pages/login/index';
const HOME = 'features/staff/pages/home/index';
const APPOINTMENTS = 'features/staff/pages/appointments/index';
const CASES = 'features/staff/pages/cases/index';
const CASE = 'features/staff/pages/case/index';

export const staffPages = {
  login: { path: LOGIN, signIn: 'none', url: `/${LOGIN}` },
  home: { path: HOME, signIn: 'staff', signInUrl: `/${LOGIN}`, url: `/${HOME}` },
  appointments: { path: APPOINTMENTS, signIn: 'staff', signInUrl: `/${LOGIN}`, url: `/${APPOINTMENTS}` },
  /** 统一收件: the cases in this member of staff's scope, most urgent first. */
  cases: { path: CASES, signIn: 'staff', signInUrl: `/${LOGIN}`, url: `/${CASES}` },
  /** One case as staff see it (内网审查), with the steps open to them. */
  case: { path: CASE, signIn: 'staff', signInUrl: `/${LOGIN}`, url: (number: string) => `/${CASE}${buildQuery({ number })}` },
} as const satisfies Record<string, PageDeclaration>;
