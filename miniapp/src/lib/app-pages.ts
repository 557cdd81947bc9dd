// The app shell's pages (the tab pages in the main package); every other page belongs to a feature
// and is declared in that feature's pages.ts.
import type { PageDeclaration } from './page-declaration';

export const appPages = {
  home: { path: 'pages/index/index', signIn: 'none', url: '/pages/index/index' },
  mine: { path: 'pages/mine/index', signIn: 'none', url: '/pages/mine/index' },
  notFound: { path: 'pages/not-found/index', signIn: 'none', url: '/pages/not-found/index' },
} as const satisfies Record<string, PageDeclaration>;
