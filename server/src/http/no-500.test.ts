// Nothing a user can send may produce a 500: random query strings and path segments against
// every public endpoint get a 2xx/4xx answer in the error shape.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectCleanAnswer } from '../testing/answers';
import { closeIfStarted, startTestApp, type TestApp } from '../testing/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await closeIfStarted(app);
});

const KEYS = ['q', 'page', 'pageSize', 'department', 'audience', 'lifeEvent', 'kind', 'level', 'near', 'item', 'parent', 'limit'];
const value = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.integer().map(String),
  fc.constantFrom('', '-1', '1e9', 'NaN', '36.3,120.4', '%', '..'),
);
const query = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 4 });
const segment = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('..', '%2e%2e', 'A'.repeat(200)),
);

const PATHS = [() => '/api/v1/guides', () => '/api/v1/guides/popular', () => '/api/v1/halls', () => '/api/v1/departments'];

const expectClean = async (path: string) => expectCleanAnswer(await app.raw(path), path);

describe('no 500 for anything a user can send', () => {
  it('survives random query strings on the list endpoints', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), query, async (path, q) => {
        await expectClean(`${path()}?${new URLSearchParams(q).toString()}`);
      }),
      { numRuns: 150 },
    );
  });

  it('survives random codes and ids in paths', async () => {
    await fc.assert(
      fc.asyncProperty(segment, fc.constantFrom('guides', 'halls'), async (s, kind) => {
        await expectClean(`/api/v1/${kind}/${encodeURIComponent(s)}`);
        await expectClean(`/api/v1/guides/${encodeURIComponent(s)}/materials/${encodeURIComponent(s)}/forms/blank`);
      }),
      { numRuns: 100 },
    );
  });
});
