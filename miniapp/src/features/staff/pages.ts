// The staff feature's pages: its public navigation contract (other features import this file and
// nothing else of staff). Kept free of zod and the API, since every package that links here loads it.
import type { PageDeclaration } from '@/lib/page-declaration';

const LOGIN = 'features/staff/pages/login/index';
const HOME = 'features/staff/pages/home/index';
const APPOINTMENTS = 'features/staff/pages/appointments/index';

export const staffPages = {
  login: { path: LOGIN, signIn: 'none', url: `/${LOGIN}` },
  home: { path: HOME, signIn: 'staff', signInUrl: `/${LOGIN}`, url: `/${HOME}` },
  appointments: { path: APPOINTMENTS, signIn: 'staff', signInUrl: `/${LOGIN}`, url: `/${APPOINTMENTS}` },
} as const satisfies Record<string, PageDeclaration>;
