// Headers every response carries, and the rule that keeps personal responses out of caches.
import type { Context, Next } from 'koa';

/** The API paths whose answers are about one person (or made by staff acting on people). */
const PERSONAL_PATH = /^\/api\/v1\/(?:me|appointments|staff|admin)(?:\/|$)/;

export function securityHeaders() {
  return async (ctx: Context, next: Next) => {
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Referrer-Policy', 'same-origin');
    try {
      await next();
    } finally {
      // Anything asked with credentials, or under a personal path, is never stored, whatever the
      // handler said, unless it already said no-store (with its own extras).
      const personal = ctx.get('Authorization') !== '' || PERSONAL_PATH.test(ctx.path);
      if (personal && !/\bno-store\b/i.test(ctx.response.get('Cache-Control'))) ctx.set('Cache-Control', 'no-store');
    }
  };
}
