// What every page declares about itself, in its feature's pages.ts (the app shell's tab pages in
// lib/app-pages.ts): where it is, how to open it, and who may use it. src/app.config.test.ts checks
// that every page in app.config.ts is declared exactly once; lib/sign-in-requirement.tsx enforces
// the sign-in requirement from the declaration.

/** Who a page is for: anyone, a signed-in resident, or signed-in staff. */
export type SignInRequirement = 'none' | 'resident' | 'staff';

interface DeclaredPage {
  /** As app.config.ts lists it (subpackage root + page), without the leading slash. */
  readonly path: string;
  /** The URL to open it with: fixed, or built from its query parameters. */
  readonly url: string | ((...args: never[]) => string);
}

export type PageDeclaration =
  | (DeclaredPage & { readonly signIn: 'none' | 'resident' })
  | (DeclaredPage & {
      readonly signIn: 'staff';
      /** Where staff sign in (the staff feature's login page). */
      readonly signInUrl: string;
    });
