// The messages feature's pages (消息中心): its public navigation contract (the tab pages import this
// file and nothing else of messages). Kept free of zod and the API, since every package that links
// here loads it.
import type { PageDeclaration } from '@/lib/page-declaration';

const LIST = 'features/messages/pages/list/index';

export const messagePages = {
  /** 消息中心: every notice about my cases and appointments, newest first. */
  list: { path: LIST, signIn: 'resident', url: `/${LIST}` },
} as const satisfies Record<string, PageDeclaration>;
