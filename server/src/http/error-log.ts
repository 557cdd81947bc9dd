// The one place errors the app emits are logged (`app.on('error')`). A client that hangs up or
// sends bytes Node cannot parse is not a fault of ours: a warning with the error's code, no stack.
import type { Context } from 'koa';
import type { Logger } from 'pino';
import { clientErrorOf } from './error-middleware';

const CONNECTION_ERRORS = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'ERR_STREAM_PREMATURE_CLOSE',
  'ERR_STREAM_DESTROYED',
  'ERR_STREAM_WRITE_AFTER_END',
]);

export function isClientFault(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('HPE_') || CONNECTION_ERRORS.has(code))) return true;
  return clientErrorOf(err) !== undefined && (err as { expose?: unknown }).expose === true;
}

export function logAppError(logger: Logger) {
  return (err: unknown, ctx?: Context) => {
    const where = { requestId: ctx?.state.requestId as string | undefined, path: ctx?.path };
    if (isClientFault(err)) {
      const { code, status } = err as { code?: unknown; status?: unknown };
      logger.warn({ ...where, status, clientError: typeof code === 'string' ? code : undefined }, 'request failed on the client side');
    } else {
      logger.error({ ...where, err }, 'unhandled error');
    }
  };
}
