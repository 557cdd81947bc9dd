// A page's sign-in requirement, enforced from its declaration (pages.ts): pages call this and
// render what it returns, if anything, in place of what needs the signed-in user.
import type { ReactElement } from 'react';
import { SignInRequired } from '@/components/SignInRequired';
import { useSignedIn } from './auth';
import type { PageDeclaration } from './page-declaration';

/** `null` when the page's requirement is met, else the 请先登录 notice with the way in. */
export function useSignInRequirement(page: PageDeclaration): ReactElement | null {
  const signedIn = useSignedIn();
  if (page.signIn === 'none' || signedIn) return null;
  return page.signIn === 'staff' ? <SignInRequired staffSignInUrl={page.signInUrl} /> : <SignInRequired />;
}
