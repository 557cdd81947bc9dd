// A fuzz of every operation of the API (the shared endpoint table is the OpenAPI document), as
// every kind of caller: malformed types, sizes, encodings, unicode, traversal and broken JSON.
// Nothing a caller sends may produce a 5xx, and every refusal is in the error shape with a
// Chinese message. Runs on the engine under test (SQLite, or MariaDB in CI).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ALL_ENDPOINTS, type Endpoint, pathParamNames } from '@bianmin/shared';
import { expectCleanAnswer } from '../testing/answers';
import { unlimited } from '../testing/appointments-fixture';
import { closeIfStarted, startTestApp, type TestApp } from '../testing/harness';

let app: TestApp;
const tokens: Record<string, string | undefined> = { anonymous: undefined, rejected: 'not.a.token' };
beforeAll(async () => {
  app = await startTestApp({ overrides: { limiter: unlimited } });
  tokens.resident = (await app.signInResident('fuzz-resident')).accessToken;
  tokens.window = (
    await app.signInStaff('fuzz-window', [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }])
  ).accessToken;
  tokens.admin = (await app.signInStaff('fuzz-admin', [{ role: 'admin', scopeType: 'district', scopeCode: null }])).accessToken;
});
afterAll(async () => {
  await closeIfStarted(app);
});

const nasty = fc.constantFrom(
  '',
  ' ',
  '..',
  '../../etc/passwd',
  '%2e%2e%2f',
  '..\\..\\',
  '\u0000',
  '\u202e',
  '😀😀😀',
  '𠀀𠀁',
  'A'.repeat(5000),
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '<script>',
  "' OR 1=1 --",
  '０１２',
  '2026-13-45',
  '99:99',
  '370214199001011234',
  '13800138000',
);
const scalar = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  nasty,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 3 }),
);

/** The keys an object schema declares: fuzzed values go where the code will look for them. */
function keysOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

const textOf = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function request(e: Endpoint) {
  const body = fc.oneof(
    fc.record(Object.fromEntries(keysOf(e.schemas.body).map((k) => [k, value])), { requiredKeys: [] }).map((o) => JSON.stringify(o)),
    value.map((v) => JSON.stringify(v)),
    fc.constantFrom('{', '{"a":', '\u0000', '[1,2', 'x'.repeat(70_000), '{"__proto__":{"admin":true}}'),
  );
  const query = fc.dictionary(fc.constantFrom(...keysOf(e.schemas.query), 'x', 'page'), value.map(textOf), { maxKeys: 4 });
  const params = fc.tuple(...pathParamNames(e.route.path).map(() => fc.oneof(nasty, fc.string({ maxLength: 30 })))).map((vs) => vs);
  return fc.record({ body, query, params, key: fc.oneof(fc.uuid(), nasty), caller: fc.constantFrom(...Object.keys(tokens)) });
}

async function send(e: Endpoint, r: { body: string; query: Record<string, string>; params: string[]; key: string; caller: string }) {
  let i = 0;
  const path = e.route.path.replace(/:[A-Za-z]+/g, () => encodeURIComponent(r.params[i++] ?? ''));
  const qs = new URLSearchParams(r.query).toString();
  const token = tokens[r.caller];
  const hasBody = e.route.method !== 'GET' && e.route.method !== 'DELETE';
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (hasBody) headers['content-type'] = 'application/json';
  if (/^[\x20-\x7e]*$/.test(r.key)) headers['idempotency-key'] = r.key;
  return app.raw(`${path}${qs ? `?${qs}` : ''}`, { method: e.route.method, headers, body: hasBody ? r.body : undefined });
}

describe('fuzzing every endpoint as every caller', () => {
  it.each(ALL_ENDPOINTS.map((e) => [`${e.route.method} ${e.route.path}`, e] as const))('%s: no 5xx, errors in the shape', async (_, e) => {
    await fc.assert(
      fc.asyncProperty(request(e), async (r) => {
        await expectCleanAnswer(await send(e, r), JSON.stringify(r).slice(0, 300));
      }),
      { numRuns: 40 },
    );
  });
});
