// Typed, operational errors. Use cases throw these; http/error-middleware.ts maps them to HTTP once.
import type { ErrorCode } from '@bianmin/shared';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    /** Chinese, for the resident. */
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    // An answer, not a bug: its stack is never shown or logged, and capturing one cost more than
    // the rest of a refusal (SLOT_FULL, most answers of a booking rush).
    const depth = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = depth;
  }
}
// On the prototype, not set per instance: one property less to add to every refusal.
AppError.prototype.name = 'AppError';

export class NotFoundError extends AppError {
  constructor(message: string) {
    super('NOT_FOUND', 404, message);
  }
}

export class ValidationError extends AppError {
  constructor(fieldErrors: Record<string, string[]>, message = '提交的信息有误，请按提示修改后重试') {
    super('VALIDATION_FAILED', 400, message, fieldErrors);
  }
}
