// The top of the onion: every failure leaves as `{ code, message, fieldErrors?, requestId }`.
import type { Context, Next } from 'koa';
import type { ErrorBody } from '@bianmin/shared';
import { AppError } from '../errors';

type ClientError = Pick<ErrorBody, 'code' | 'message'>;

/** Errors raised by Koa, its body parser and koa-send carry an HTTP status; these are the ones a client can cause. */
export const CLIENT_ERRORS: Record<number, ClientError> = {
  400: { code: 'VALIDATION_FAILED', message: '请求格式不正确，请检查后重试' },
  401: { code: 'UNAUTHENTICATED', message: '请先登录' },
  403: { code: 'FORBIDDEN', message: '无权访问该内容' },
  404: { code: 'NOT_FOUND', message: '请求的内容不存在' },
  405: { code: 'METHOD_NOT_ALLOWED', message: '不支持该请求方法' },
  408: { code: 'REQUEST_TIMEOUT', message: '请求超时，请检查网络后重试' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大，请减小后重试' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的内容类型' },
  429: { code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' },
  431: { code: 'HEADERS_TOO_LARGE', message: '请求头太大，请清除浏览器缓存和 Cookie 后重试' },
};
/** Any other 4xx that an http-error marks as safe to show (`expose`) keeps its status. */
const OTHER_CLIENT_ERROR: ClientError = { code: 'BAD_REQUEST', message: '无法处理该请求，请检查后重试' };

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

/** The status and body a client error is answered with, or undefined when `err` is not one. */
export function clientErrorOf(err: unknown): { status: number; error: ClientError } | undefined {
  const { status, expose } = (err ?? {}) as { status?: unknown; expose?: unknown };
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined;
  const known = CLIENT_ERRORS[status];
  if (known) return { status, error: known };
  return expose === true ? { status, error: OTHER_CLIENT_ERROR } : undefined;
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
  const client = clientErrorOf(err);
  if (client) return { status: client.status, operational: true, body: { ...client.error, requestId } };
  return {
    status: 500,
    operational: false,
    body: { code: 'INTERNAL_ERROR', message: '系统繁忙，请稍后再试', requestId },
  };
}
