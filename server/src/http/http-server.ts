// The HTTP server around the Koa app, for main.ts and the test harness alike. Node refuses some
// requests before the app sees them (unparseable, headers too large, too slow); those still get
// an answer in the error shape, and are logged by their parser code only, never with raw bytes.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerOptions, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type Koa from 'koa';
import type { Logger } from 'pino';
import type { ErrorBody } from '@bianmin/shared';
import { CLIENT_ERRORS } from './error-middleware';

export interface HttpLimits {
  /** Bytes of request line and headers together (Node's default, made explicit). */
  maxHeaderSize: number;
  /** Milliseconds to receive the headers, and the whole request: slow clients get a 408. */
  headersTimeout: number;
  requestTimeout: number;
  keepAliveTimeout: number;
  /** How often Node checks those two timeouts. */
  connectionsCheckingInterval: number;
}

export const HTTP_LIMITS: HttpLimits = {
  maxHeaderSize: 16 * 1024,
  headersTimeout: 20_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 5_000,
};

export function createHttpServer(app: Koa, logger: Logger, limits: HttpLimits = HTTP_LIMITS): Server {
  const { keepAliveTimeout, ...options } = limits;
  // Node's own missing-Host 400 has an empty body; let requireHostHeader be ours, in the error shape.
  const serverOptions: ServerOptions = { ...options, requireHostHeader: false };
  const handle = app.callback();
  const server = createServer(serverOptions, (req: IncomingMessage, res: ServerResponse) => {
    if (req.httpVersion === '1.1' && !req.headers.host) refuseWithoutHost(res, logger);
    else void handle(req, res);
  });
  server.keepAliveTimeout = keepAliveTimeout;
  attachClientErrorHandler(server, logger);
  return server;
}

/** Node parser and timeout errors → HTTP status of our answer. */
function statusOf(code: string): 400 | 408 | 413 | 431 {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') return 413;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}
const REASONS = { 400: 'Bad Request', 408: 'Request Timeout', 413: 'Payload Too Large', 431: 'Request Header Fields Too Large' } as const;

export function attachClientErrorHandler(server: Server, logger: Logger): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    const code = typeof err.code === 'string' ? err.code : 'UNKNOWN';
    // The client went away: nobody to answer.
    if (code === 'ECONNRESET' || code === 'EPIPE' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = statusOf(code);
    // A body that breaks off mid-way belongs to a request the app has begun: keep its id.
    const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage;
    const requestId = String(inFlight?.getHeader('x-request-id') ?? randomUUID());
    logger.warn({ requestId, status, parseError: code }, 'malformed request refused');
    // Answer only if no response on this connection has started (with keep-alive, an earlier one may be streaming).
    if (!inFlight?.headersSent) socket.write(rawResponse(status, requestId));
    socket.destroy();
  });
}

function rawResponse(status: keyof typeof REASONS, requestId: string): string {
  const known = CLIENT_ERRORS[status];
  const body = JSON.stringify({
    code: known?.code ?? 'VALIDATION_FAILED',
    message: known?.message ?? '请求格式不正确，请检查后重试',
    requestId,
  } satisfies ErrorBody);
  return [
    `HTTP/1.1 ${status} ${REASONS[status]}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    `X-Request-Id: ${requestId}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

function refuseWithoutHost(res: ServerResponse, logger: Logger): void {
  const requestId = randomUUID();
  logger.warn({ requestId, status: 400, parseError: 'MISSING_HOST' }, 'malformed request refused');
  const body = JSON.stringify({ code: 'VALIDATION_FAILED', message: '请求缺少 Host 头，请检查后重试', requestId } satisfies ErrorBody);
  res.writeHead(400, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Request-Id': requestId,
    Connection: 'close',
  });
  res.end(body);
}
