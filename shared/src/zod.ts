// Every schema in shared/ is built with zod/mini: the mini-app bundles what it imports, and full
// zod costs ~87 KB per page against ~19 KB (see design/toolchain.md).
import { z } from 'zod/mini';
import zhCN from 'zod/v4/locales/zh-CN.js';

// Mini-program runtimes forbid `new Function`; messages default to Simplified Chinese.
z.config({ jitless: true, ...zhCN() });

export { z };

/** A check made from a zod-free form rule (identity/form-rules.ts): its Chinese message is the issue. */
export function rule(problem: (value: string) => string | null) {
  return z.superRefine<string>((value, ctx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: 'custom', message, input: value });
  });
}
