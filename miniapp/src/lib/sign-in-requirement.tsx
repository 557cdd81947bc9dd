// A page's sign-in requirement, enforced from its declaration (pages.ts): pages call this and
// render what it returns, if anything, in place of what needs the signed-in user.
// Residents sign in on the 我的 tab, and switching to a tab closes every other page: a page that
// gives its own URL (with the choices made so far in it) is opened again once sign-in succeeds.
import type { ReactElement } from 'react';
import Taro from '@tarojs/taro';
import { SignInRequired } from '@/components/SignInRequired';
import { session, useSignedIn } from './auth';
import { appPages } from './app-pages';
import type { PageDeclaration } from './page-declaration';
import { pageUrlOf } from './query';

/** A sign-in this long after leaving no longer takes the resident back (they have moved on). */
const RETURN_WITHIN_MS = 10 * 60_000;
let pendingReturn: { url: string; at: number } | null = null;

session.subscribe((change) => {
  if (change !== 'signed-in' || !pendingReturn) return;
  const { url, at } = pendingReturn;
  pendingReturn = null;
  if (Date.now() - at < RETURN_WITHIN_MS) void Taro.navigateTo({ url });
});

/** Opens 我的 to sign in; once signed in, the resident is brought back to `returnTo`. */
export function signInAndReturn(returnTo: string): void {
  pendingReturn = { url: returnTo, at: Date.now() };
  void Taro.switchTab({ url: appPages.mine.url });
}

/**
 * `null` when the page's requirement is met, else the 请先登录 notice with the way in; signing in
 * brings the resident back to this page. `returnTo`: this page's URL as it stands when the page
 * holds choices its URL does not (e.g. the booking step with the chosen slot); by default the URL
 * the page was opened with.
 */
export function useSignInRequirement(page: PageDeclaration, returnTo?: string): ReactElement | null {
  const signedIn = useSignedIn();
  if (page.signIn === 'none' || signedIn) return null;
  if (page.signIn === 'staff') return <SignInRequired staffSignInUrl={page.signInUrl} />;
  const back = returnTo ?? pageUrlOf(Taro.getCurrentInstance().router);
  return <SignInRequired onSignIn={back === undefined ? undefined : () => signInAndReturn(back)} />;
}
