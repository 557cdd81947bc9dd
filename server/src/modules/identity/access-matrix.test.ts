// Who may call what: every identity endpoint against every kind of caller. Denied callers get 404
// (the function or record is not confirmed to exist); callers without a valid token get 401.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me, RoleGrant } from '@bianmin/shared';
import { startTestApp, type TestApp } from '../../testing/harness';

type Caller = 'anonymous' | 'resident' | 'otherResident' | 'windowStaffHere' | 'windowStaffElsewhere' | 'reviewer' | 'communityAgent' | 'supervisor' | 'admin';
const GRANTS: Record<Exclude<Caller, 'anonymous' | 'resident' | 'otherResident'>, RoleGrant[]> = {
  windowStaffHere: [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-district' }],
  windowStaffElsewhere: [{ role: 'window_staff', scopeType: 'hall', scopeCode: 'cy-street-liuting' }],
  reviewer: [{ role: 'reviewer', scopeType: 'department', scopeCode: 'xzsp' }],
  communityAgent: [{ role: 'community_agent', scopeType: 'hall', scopeCode: 'cy-street-xiazhuang' }],
  supervisor: [{ role: 'supervisor', scopeType: 'district', scopeCode: null }],
  admin: [{ role: 'admin', scopeType: 'district', scopeCode: null }],
};
const STAFF: Caller[] = ['windowStaffHere', 'windowStaffElsewhere', 'reviewer', 'communityAgent', 'supervisor', 'admin'];
const CALLERS: Caller[] = ['anonymous', 'resident', 'otherResident', ...STAFF];

let app: TestApp;
const tokens = {} as Record<Caller, string | undefined>;
const ids = {} as Record<'resident' | 'windowStaffHere', string>;

beforeAll(async () => {
  app = await startTestApp();
  tokens.anonymous = undefined;
  tokens.resident = (await app.signInResident('matrix-resident')).accessToken;
  tokens.otherResident = (await app.signInResident('matrix-other')).accessToken;
  for (const [caller, grants] of Object.entries(GRANTS)) {
    const s = await app.signInStaff(`matrix-${caller.toLowerCase()}`, grants);
    tokens[caller as Caller] = s.accessToken;
    if (caller === 'windowStaffHere') ids.windowStaffHere = s.userId;
  }
  ids.resident = (await app.get<Me>('/api/v1/me', tokens.resident)).body.id;
});
afterAll(async () => { await app?.close(); });

/** Expected status per caller; callers not listed get `otherwise`. */
const rule = (allowed: Caller[], otherwise = 404) => (c: Caller) => (c === 'anonymous' ? 401 : allowed.includes(c) ? 200 : otherwise);
const everyoneSignedIn = rule(CALLERS.filter((c) => c !== 'anonymous'));

const ENDPOINTS: { name: string; request: (t?: string) => Promise<{ status: number }>; expect: (c: Caller) => number }[] = [
  { name: 'GET /guides (public)', request: (t) => app.get('/api/v1/guides?q=结婚', t), expect: () => 200 },
  { name: 'GET /me', request: (t) => app.get('/api/v1/me', t), expect: everyoneSignedIn },
  { name: 'GET /staff/home', request: (t) => app.get('/api/v1/staff/home', t), expect: rule(STAFF) },
  { name: 'GET /admin/staff', request: (t) => app.get('/api/v1/admin/staff', t), expect: rule(['admin']) },
  { name: 'GET /admin/staff/:id', request: (t) => app.get(`/api/v1/admin/staff/${ids.windowStaffHere}`, t), expect: rule(['admin']) },
  {
    name: 'PATCH /admin/staff/:id', expect: rule(['admin']),
    request: (t) => app.send(`/api/v1/admin/staff/${ids.windowStaffHere}`, { displayName: '窗口人员甲' }, { token: t, method: 'PATCH' }),
  },
  { name: "GET /admin/users/:resident/personal-data", request: (t) => app.get(`/api/v1/admin/users/${ids.resident}/personal-data`, t), expect: rule(['admin']) },
  { name: 'GET /admin/audit', request: (t) => app.get('/api/v1/admin/audit', t), expect: rule(['admin']) },
];

describe('access matrix', () => {
  for (const endpoint of ENDPOINTS) {
    it(endpoint.name, async () => {
      const actual: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const caller of CALLERS) {
        actual[caller] = (await endpoint.request(tokens[caller])).status;
        expected[caller] = endpoint.expect(caller);
      }
      expect(actual).toEqual(expected);
    });
  }

  it('a resident cannot read another account, even by guessing its id', async () => {
    const res = await app.get(`/api/v1/admin/users/${ids.resident}/personal-data`, tokens.otherResident);
    expect(res.status).toBe(404);
  });
});
