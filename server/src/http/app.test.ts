// Cross-cutting behaviour every client relies on: health, unknown routes, methods, request ids, docs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Health } from '@bianmin/shared';
import { closeIfStarted, startTestApp, type TestApp } from '../testing/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await closeIfStarted(app);
});

describe('the API as a whole', () => {
  it('reports health with the database, catalogue version and app version', async () => {
    const { status, body } = await app.get<Health>('/api/v1/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', database: 'up', appVersion: 'test' });
    expect(body.catalogueVersion).toBe('1');
    expect(['sqlite', 'mysql']).toContain(body.databaseEngine);
  });

  it('answers an unknown API path with 404 ROUTE_NOT_FOUND', async () => {
    const { status, body } = await app.get<ErrorBody>('/api/v1/nothing-here');
    expect(status).toBe(404);
    expect(body.code).toBe('ROUTE_NOT_FOUND');
  });

  it('answers a wrong method with 405 in the error shape', async () => {
    const res = await app.raw('/api/v1/guides', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(((await res.json()) as ErrorBody).code).toBe('METHOD_NOT_ALLOWED');
  });

  it('answers HEAD like GET without a body, lists the methods of a path for OPTIONS, and ignores a trailing slash', async () => {
    const head = await app.raw('/api/v1/departments', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const options = await app.raw('/api/v1/guides', { method: 'OPTIONS' });
    expect(options.status).toBe(200);
    expect(options.headers.get('allow')).toBe('GET, HEAD');
    expect((await app.get('/api/v1/departments/')).status).toBe(200);
  });

  it('hands path parameters over decoded, and a malformed one is a 404, not a 500', async () => {
    const { body: list } = await app.get<{ items: { code: string }[] }>('/api/v1/guides');
    const code = list.items[0]?.code ?? '';
    expect((await app.get(`/api/v1/guides/${encodeURIComponent(code)}`)).status).toBe(200);
    const bad = await app.get<ErrorBody>('/api/v1/guides/%E4%B8');
    expect(bad.status).toBe(404);
  });

  it('gives every response a request id and echoes a valid incoming one', async () => {
    const res = await app.raw('/api/v1/departments', { headers: { 'X-Request-Id': 'abcdef12-3456' } });
    expect(res.headers.get('x-request-id')).toBe('abcdef12-3456');
    const fresh = await app.raw('/api/v1/departments', { headers: { 'X-Request-Id': 'bad id!' } });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('publishes an OpenAPI document generated from the shared schemas, and a docs page', async () => {
    const { status, body } = await app.get<{ openapi: string; paths: Record<string, { get: { parameters: { name: string }[] } }> }>(
      '/api/openapi.json',
    );
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    const params = body.paths['/api/v1/guides']!.get.parameters.map((p) => p.name);
    expect(params).toEqual(expect.arrayContaining(['q', 'department', 'audience', 'lifeEvent', 'page', 'pageSize']));
    const docs = await app.raw('/api/docs');
    expect(docs.headers.get('content-type')).toContain('text/html');
    expect(await docs.text()).toContain('便民');
  });
});
