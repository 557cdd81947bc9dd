// One log line per request with a request id the client can quote (X-Request-Id), and the mounted
// route template, so lines (and metrics) group by endpoint without carrying ids from the path.
import { randomUUID } from 'node:crypto';
import type { Context, Next } from 'koa';
import type { Logger } from 'pino';

const INCOMING_ID = /^[A-Za-z0-9-]{8,64}$/;
/** An ID number (18 characters) or a mobile number (11 digits) standing alone in a path. */
const PERSONAL_NUMBER = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|1[3-9]\d{9})(?![0-9A-Za-z])/g;

/** No route puts personal numbers in a path, but a client may: they never reach the log. */
export function loggablePath(path: string): string {
  return path.replace(PERSONAL_NUMBER, '[Redacted]');
}

/**
 * The route template that answered (`/api/v1/guides/:code`), never the raw URL: a bounded set
 * of values for metric labels. Paths no router matched are grouped as one value.
 */
export function routeLabel(ctx: Context): string {
  const matched: unknown = (ctx as Context & { _matchedRoute?: unknown })._matchedRoute ?? (ctx.state.route as unknown);
  if (typeof matched === 'string') return matched;
  return ctx.path === '/api' || ctx.path.startsWith('/api/') ? '(unmatched api)' : '(h5 files)';
}

export function requestLog(logger: Logger) {
  return async (ctx: Context, next: Next) => {
    const incoming = ctx.get('X-Request-Id');
    const requestId = INCOMING_ID.test(incoming) ? incoming : randomUUID();
    ctx.state.requestId = requestId;
    ctx.set('X-Request-Id', requestId);
    const started = performance.now();
    try {
      await next();
    } finally {
      // Paths only: query strings may carry personal data in later capabilities.
      const durationMs = Math.round(performance.now() - started);
      logger.info(
        { requestId, method: ctx.method, route: routeLabel(ctx), path: loggablePath(ctx.path), status: ctx.status, durationMs },
        'request',
      );
    }
  };
}
