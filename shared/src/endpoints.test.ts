// The endpoint table is the one list of the API: it must be consistent in itself, and the OpenAPI
// document must show every entry of it.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_ENDPOINTS } from './endpoints';
import { buildOpenApiDocument, openApiPath } from './http/openapi';
import { fillPath, pathParamNames, type Route } from './http/route';
import { successStatus } from './http/endpoint';
import { appointmentRoutes } from './appointments/appointment.routes';
import { guideRoutes } from './guides/guide.routes';
import { hallRoutes } from './halls/hall.routes';
import { healthRoutes } from './common/health.routes';
import { identityRoutes } from './identity/identity.routes';
import { uploadRoutes } from './uploads/upload.routes';
import { caseRoutes } from './cases/case.routes';
import { handlingRoutes } from './cases/handling.routes';
import { messageRoutes } from './notifications/message.routes';
import { queueRoutes } from './queue/queue.routes';
import { deliveryAdminRoutes } from './notifications/delivery-admin.routes';
import { receiptRoutes, subscriptionRoutes } from './notifications/subscription.routes';

const key = (r: Route) => `${r.method} ${r.path}`;
const shapeKeys = (schema: unknown) => Object.keys((schema as { shape?: object } | undefined)?.shape ?? {});
const ALL_ROUTES = [
  appointmentRoutes,
  guideRoutes,
  hallRoutes,
  healthRoutes,
  identityRoutes,
  uploadRoutes,
  caseRoutes,
  handlingRoutes,
  messageRoutes,
  queueRoutes,
  deliveryAdminRoutes,
  subscriptionRoutes,
  receiptRoutes,
].flatMap((routes) => Object.values(routes) as Route[]);

describe('the endpoint table', () => {
  it('has each method and path once', () => {
    const keys = ALL_ENDPOINTS.map((e) => key(e.route));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('binds every route of every capability', () => {
    expect(ALL_ENDPOINTS.map((e) => e.route).sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [...ALL_ROUTES].sort((a, b) => key(a).localeCompare(key(b))),
    );
    expect(ALL_ENDPOINTS.map((e) => key(e.route))).toContain('DELETE /api/v1/admin/calendar/overrides/:date');
  });

  it('has a params schema for exactly the :params of each path', () => {
    for (const e of ALL_ENDPOINTS) {
      expect(shapeKeys(e.schemas.params).sort(), key(e.route)).toEqual(pathParamNames(e.route.path).sort());
    }
  });

  it('says who may call, by the area of the path', () => {
    for (const { route: r } of ALL_ENDPOINTS) {
      const expected = r.path.startsWith('/api/v1/admin/')
        ? 'admin'
        : r.path.startsWith('/api/v1/staff/')
          ? 'staff'
          : r.path.startsWith('/api/v1/me')
            ? 'signed-in'
            : undefined;
      if (expected) expect(r.access, key(r)).toBe(expected);
    }
    const signedIn = ALL_ENDPOINTS.filter((e) => e.route.access === 'signed-in').map((e) => key(e.route));
    expect(signedIn).toEqual(
      expect.arrayContaining(['POST /api/v1/appointments', 'GET /api/v1/appointments/mine', 'POST /api/v1/appointments/:id/cancel']),
    );
  });

  it('answers 201 for what it creates and 204 for nothing', () => {
    const status = (k: string) => successStatus(ALL_ENDPOINTS.find((e) => key(e.route) === k)!);
    expect(status('POST /api/v1/appointments')).toBe(201);
    expect(status('POST /api/v1/admin/staff')).toBe(201);
    expect(status('POST /api/v1/admin/closures')).toBe(201);
    expect(status('POST /api/v1/auth/logout')).toBe(204);
    expect(status('GET /api/v1/guides')).toBe(200);
  });

  it('keeps zod out of the route files the mini-app imports', () => {
    const files = [
      'http/route.ts',
      ...['appointments', 'guides', 'halls', 'common', 'identity'].flatMap((dir) =>
        readdirSync(new URL(`./${dir}/`, import.meta.url))
          .filter((f) => f.endsWith('.routes.ts'))
          .map((f) => `${dir}/${f}`),
      ),
    ];
    expect(files).toHaveLength(6);
    for (const file of files) {
      const source = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
      const valueImports = [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
      expect(
        valueImports.filter((from) => from !== '../http/route'),
        file,
      ).toEqual([]);
    }
  });
});

describe('fillPath', () => {
  it('percent-encodes each parameter and refuses a missing one', () => {
    expect(fillPath('/api/v1/guides/:code/materials/:materialId/forms/:variant', { code: 'a b/c', materialId: 2, variant: 'blank' })).toBe(
      '/api/v1/guides/a%20b%2Fc/materials/2/forms/blank',
    );
    expect(() => fillPath('/api/v1/halls/:id', {})).toThrow(/"id"/);
  });
});

describe('the OpenAPI document', () => {
  const doc = buildOpenApiDocument(ALL_ENDPOINTS, '1.2.3');
  type Operation = {
    summary: string;
    parameters: { name: string; in: string; required: boolean; description?: string }[];
    responses: Record<string, unknown>;
    security?: unknown;
  };
  const op = (method: string, path: string) => (doc.paths[path] as Record<string, Operation> | undefined)?.[method];

  it('lists every endpoint, with its summary', () => {
    for (const e of ALL_ENDPOINTS) {
      expect(op(e.route.method.toLowerCase(), openApiPath(e.route.path))?.summary, key(e.route)).toBe(e.summary);
    }
    const operations = Object.values(doc.paths).flatMap((ops) => Object.keys(ops));
    expect(operations).toHaveLength(ALL_ENDPOINTS.length);
    expect(doc.info.version).toBe('1.2.3');
  });

  it('documents path, query and header parameters', () => {
    expect(op('get', '/api/v1/guides')!.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['q', 'department', 'audience', 'lifeEvent', 'kind', 'page', 'pageSize']),
    );
    expect(op('get', '/api/v1/guides/{code}/materials/{materialId}/forms/{variant}')!.parameters).toEqual([
      expect.objectContaining({ name: 'code', in: 'path', required: true, description: '事项编码' }),
      expect.objectContaining({ name: 'materialId', in: 'path', required: true, description: '材料序号（从1开始）' }),
      expect.objectContaining({ name: 'variant', in: 'path', required: true }),
    ]);
    expect(op('post', '/api/v1/appointments')!.parameters).toEqual([
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }),
    ]);
    expect(op('delete', '/api/v1/admin/calendar/overrides/{date}')!.parameters).toEqual([
      expect.objectContaining({ name: 'date', in: 'path' }),
    ]);
  });

  it('asks for a bearer token on every route that needs sign-in, and shows its statuses', () => {
    expect(op('get', '/api/v1/me')!.security).toEqual([{ bearer: [] }]);
    expect(op('get', '/api/v1/guides')!.security).toBeUndefined();
    expect(Object.keys(op('post', '/api/v1/appointments')!.responses)).toEqual(['201', '400', '401', '403', '409', '422']);
    expect(Object.keys(op('post', '/api/v1/auth/logout')!.responses)).toEqual(['204', '400']);
    expect(op('get', '/api/v1/health')!.responses['503']).toEqual({ $ref: '#/components/responses/Error' });
  });
});
