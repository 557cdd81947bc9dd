// The identity feature's pages: its public navigation contract (other features import this file and
// nothing else of identity). Kept free of zod and the API, since every package that links here loads it.
import type { PageDeclaration } from '@/lib/page-declaration';

const REAL_NAME = 'features/identity/pages/real-name/index';
const PHONE = 'features/identity/pages/phone/index';

export const identityPages = {
  realName: { path: REAL_NAME, signIn: 'resident', url: `/${REAL_NAME}` },
  phone: { path: PHONE, signIn: 'resident', url: `/${PHONE}` },
} as const satisfies Record<string, PageDeclaration>;
