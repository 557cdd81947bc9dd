// Every schema in shared/ is built with zod/mini: the mini-app bundles what it imports, and full
// zod costs ~87 KB per page against ~19 KB (see design/toolchain.md).
import { z } from 'zod/mini';
import { label, residentErrorMap } from './zod-messages';

// Mini-program runtimes forbid `new Function`. Issues without a message of their own get a
// sentence saying what to do (zod-messages.ts), not zod's "期望 string，实际接收 number".
z.config({ jitless: true, customError: residentErrorMap });

export { z, label };

/** A check made from a zod-free form rule (identity/form-rules.ts): its Chinese message is the issue. */
export function rule(problem: (value: string) => string | null) {
  return z.superRefine<string>((value, ctx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: 'custom', message, input: value });
  });
}
