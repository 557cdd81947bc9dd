// The top of the onion: every failure leaves as `{ code, message, fieldErrors?, requestId }`.
import type { Context, Next } from 'koa';
import type { ErrorBody } from '@bianmin/shared';
import { AppError } from '../errors';

/** Errors raised by Koa and its body parser carry an HTTP status; map the ones a client can cause. */
const CLIENT_ERRORS: Record<number, Pick<ErrorBody, 'code' | 'message'>> = {
  400: { code: 'VALIDATION_FAILED', message: '请求格式不正确，请检查后重试' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大，请减小后重试' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的内容类型' },
};

export function errorMiddleware() {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
    } catch (err) {
      const body = toErrorBody(err, ctx);
      ctx.status = body.status;
      ctx.body = body.body;
      ctx.set('Cache-Control', 'no-store');
      // Operational errors are expected outcomes; only the rest is logged as an error.
      if (!body.operational) ctx.app.emit('error', err, ctx);
    }
  };
}

function toErrorBody(err: unknown, ctx: Context): { status: number; body: ErrorBody; operational: boolean } {
  const requestId = ctx.state.requestId as string | undefined;
  if (err instanceof AppError) {
    return {
      status: err.status,
      operational: true,
      body: { code: err.code, message: err.message, fieldErrors: err.fieldErrors, requestId },
    };
  }
  const status = (err as { status?: number; expose?: boolean }).status;
  const known = status ? CLIENT_ERRORS[status] : undefined;
  if (status && known) return { status, operational: true, body: { ...known, requestId } };
  return {
    status: 500,
    operational: false,
    body: { code: 'INTERNAL_ERROR', message: '系统繁忙，请稍后再试', requestId },
  };
}
