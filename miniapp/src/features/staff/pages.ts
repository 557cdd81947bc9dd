// The staff feature's pages: its public navigation contract (other features import this file and
// nothing else of staff). Kept free of zod and the API, since every package that links here loads it.
import { buildQuery } from '@/lib/query';
import type { PageDeclaration } from '@/lib/page-declaration';

const LOGIN = 'features/staff/pages/login/index';
const HOME = 'features/staff/pages/home/index';
const APPOINTMENTS = 'features/staff/pages/appointments/index';
const CASES = 'features/staff/pages/cases/index';
const CASE = 'features/staff/pages/case/index';
const STATION = 'features/staff/pages/station/index';
const QUEUE = 'features/staff/pages/queue/index';
const KIOSK = 'features/staff/pages/queue/kiosk/index';

export const staffPages = {
  login: { path: LOGIN, signIn: 'none', url: `/${LOGIN}` },
  home: { path: HOME, signIn: 'staff', signInUrl: `/${LOGIN}`, url: `/${HOME}` },
  appointments: { path: APPOINTMENTS, signIn: 'staff', signInUrl: `/${LOGIN}`, url: `/${APPOINTMENTS}` },
  /** 窗口叫号: the window's current number and the group's queue. */
  queue: { path: QUEUE, signIn: 'staff', signInUrl: `/${LOGIN}`, url: `/${QUEUE}` },
  /** 自助取号: a hall device where walk-ins take a number with their ID number. */
  kiosk: { path: KIOSK, signIn: 'staff', signInUrl: `/${LOGIN}`, url: `/${KIOSK}` },
  /** 统一收件: the cases in this member of staff's scope, most urgent first. */
  cases: { path: CASES, signIn: 'staff', signInUrl: `/${LOGIN}`, url: `/${CASES}` },
  /** One case as staff see it (内网审查), with the steps open to them. */
  /** 本站代办情况: a community station's cases by status and agent. */
  station: { path: STATION, signIn: 'staff', signInUrl: `/${LOGIN}`, url: `/${STATION}` },
  case: { path: CASE, signIn: 'staff', signInUrl: `/${LOGIN}`, url: (number: string) => `/${CASE}${buildQuery({ number })}` },
} as const satisfies Record<string, PageDeclaration>;
