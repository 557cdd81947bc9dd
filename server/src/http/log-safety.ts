// What may reach the log. Credentials and personal data are redacted wherever log calls put them,
// and errors lose what Node and the body parser attach to them: the raw request (`rawPacket`),
// the body, headers. Used by every logger: main.ts and the test harness.
import pino, { type LoggerOptions } from 'pino';

/** Keys whose values are secrets or personal data, at any of the first three levels of a log object. */
const SECRET_KEYS = [
  'password',
  'accessToken',
  'refreshToken',
  'token',
  'idNumber',
  'phone',
  'phoneNumber',
  'authorization',
  'cookie',
  'set-cookie',
];
/** `code` is also the WeChat login code, but `err.code` is what diagnoses an error: only where input sits. */
const INPUT_CODE = ['code', 'body.code', 'input.code', 'query.code', 'params.code', 'req.body.code', 'request.body.code'];

const REDACT_PATHS = [...SECRET_KEYS.flatMap((k) => [`["${k}"]`, `*["${k}"]`, `*.*["${k}"]`]), ...INPUT_CODE];

/** Properties of errors that carry request bytes or bodies (Node's parser, co-body, raw-body, HTTP clients). */
const RAW_PROPS = ['rawPacket', 'body', 'rawBody', 'headers', 'req', 'request', 'res', 'response', 'config'];

/** Secrets quoted inside messages (a JSON parser quoting its input, a header echoed back). */
const QUOTED_SECRET = new RegExp(`("?(?:${[...SECRET_KEYS, 'code'].join('|')})"?\\s*[:=]\\s*)("[^"]*"?|[^\\s,;&}"]+)`, 'gi');
const BEARER = /\b(Bearer|Basic)\s+[^\s"',;]+/gi;

export function scrubText(text: string): string {
  return text.replace(QUOTED_SECRET, '$1[Redacted]').replace(BEARER, '$1 [Redacted]');
}

type SerializedError = Record<string, unknown> & { message?: string; stack?: string };

function safeError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  return scrubError(pino.stdSerializers.err(err));
}

function scrubError(serialized: SerializedError): SerializedError {
  const out: SerializedError = {};
  for (const [key, value] of Object.entries(serialized)) {
    if (RAW_PROPS.includes(key) || Buffer.isBuffer(value) || value instanceof Uint8Array) continue;
    if (typeof value === 'string') out[key] = scrubText(value);
    else if (value && typeof value === 'object' && !Array.isArray(value) && 'message' in value)
      out[key] = scrubError(value as SerializedError);
    else out[key] = value;
  }
  return out;
}

/** Spread into `pino({...})`. */
export const safeLogging = {
  redact: { paths: REDACT_PATHS, censor: '[Redacted]' },
  serializers: { err: safeError, error: safeError },
} satisfies LoggerOptions;
