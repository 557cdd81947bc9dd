// Who may call what, for cases and uploads: the applicant, the staff whose grants cover the case,
// the community agent only for what it filed; everyone else gets 404, callers without a valid token
// 401. The rest of the matrix is in access-matrix.test.ts.
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Caller, CallerTokens, Endpoint, MatrixIds } from '../testing/access-matrix';
import { everyoneSignedIn, expectStatusPerCaller, rule, STAFF, startAccessMatrix } from '../testing/access-matrix';
import { closeIfStarted, type TestApp } from '../testing/harness';

let app: TestApp;
let tokens: CallerTokens;
let ids: MatrixIds;
let caseStaff: Caller[] = [];
let caseReceivers: Caller[] = [];
beforeAll(async () => {
  ({ app, tokens, ids, caseStaff, caseReceivers } = await startAccessMatrix());
});
afterAll(() => closeIfStarted(app));

const ENDPOINTS: Endpoint[] = [
  // Cases: the applicant and staff handling the item; the community agent only for cases it filed.
  { name: 'GET /cases/mine', request: (t) => app.get('/api/v1/cases/mine', t), expect: everyoneSignedIn },
  { name: 'GET /cases/drafts', request: (t) => app.get('/api/v1/cases/drafts', t), expect: everyoneSignedIn },
  {
    name: "GET /cases/:resident's",
    request: (t) => app.get(`/api/v1/cases/${ids.case}`, t),
    expect: (c) => rule(['resident', ...caseStaff])(c),
  },
  {
    name: "POST /cases/:resident's/withdraw",
    // Only the applicant withdraws; staff who may read the case may not withdraw it for them.
    request: (t) => app.send(`/api/v1/cases/${ids.caseToWithdraw}/withdraw`, {}, { token: t }),
    expect: rule(['resident']),
  },
  {
    name: "POST /cases/:resident's/resubmit (not waiting for a correction)",
    request: (t) =>
      app.send(
        `/api/v1/cases/${ids.case}/resubmit`,
        { answers: {}, materials: [] },
        { token: t, headers: { 'Idempotency-Key': crypto.randomUUID() } },
      ),
    // 409: the applicant reached the rule; everyone else is told nothing.
    expect: (c) => (c === 'anonymous' ? 401 : c === 'resident' ? 409 : 404),
  },
  {
    name: 'GET /cases/lookup (public, number + code)',
    request: (t) => app.get(`/api/v1/cases/lookup?number=${ids.case}&code=${ids.queryCode}`, t),
    expect: () => 200,
  },
  // The window's side: staff in scope read; the window receives; only the first acceptance wins.
  { name: 'GET /staff/cases (inbox)', request: (t) => app.get('/api/v1/staff/cases', t), expect: rule(STAFF) },
  {
    name: "GET /staff/cases/:resident's",
    request: (t) => app.get(`/api/v1/staff/cases/${ids.case}`, t),
    expect: (c) => rule(caseStaff)(c),
  },
  {
    name: "POST /staff/cases/:resident's/accept",
    request: (t) => app.send(`/api/v1/staff/cases/${ids.caseToAccept}/accept`, {}, { token: t }),
    expect: (c) => (c === 'anonymous' ? 401 : !caseReceivers.includes(c) ? 404 : c === caseReceivers[0] ? 200 : 409),
  },
  {
    name: "POST /staff/cases/:resident's/notes (reviewers only)",
    request: (t) => app.send(`/api/v1/staff/cases/${ids.case}/notes`, { text: '审查意见' }, { token: t }),
    expect: rule(['reviewer', 'admin']),
  },
  {
    name: "GET /staff/cases/:resident's/applicant (full identity: those who work on it, not supervisors)",
    request: (t) => app.get(`/api/v1/staff/cases/${ids.case}/applicant`, t),
    expect: (c) => rule(caseStaff.filter((s) => s !== 'supervisor'))(c),
  },
  {
    name: "GET /staff/cases/:resident's/handlers (whoever may assign)",
    request: (t) => app.get(`/api/v1/staff/cases/${ids.case}/handlers`, t),
    expect: rule(['reviewer', 'admin']),
  },
  {
    name: "GET /cases/:resident's/notices/acceptance (accepted above)",
    request: (t) => app.raw(`/api/v1/cases/${ids.caseToAccept}/notices/acceptance`, { headers: t ? { Authorization: `Bearer ${t}` } : {} }),
    expect: (c) => rule(['resident', ...caseStaff])(c),
  },
  { name: 'GET /staff/station/workload', request: (t) => app.get('/api/v1/staff/station/workload', t), expect: rule(['communityAgent']) },
  {
    name: 'POST /staff/consent-codes (community agents)',
    // Reaching the use case is what this row checks: 201, or 503 where no SMS service answers.
    request: async (t) => {
      const { status } = await app.send('/api/v1/staff/consent-codes', { phone: '13700001234' }, { token: t });
      return { status: status === 201 || status === 503 ? 200 : status };
    },
    expect: rule(['communityAgent']),
  },
  { name: 'GET /me/certificates', request: (t) => app.get('/api/v1/me/certificates', t), expect: everyoneSignedIn },
  { name: 'GET /uploads/mine', request: (t) => app.get('/api/v1/uploads/mine', t), expect: everyoneSignedIn },
  {
    name: "GET /uploads/:resident's (attached to the case)",
    request: (t) => app.get(`/api/v1/uploads/${ids.upload}`, t),
    expect: (c) => rule(['resident', ...caseStaff])(c),
  },
  {
    name: "GET /uploads/:resident's/thumbnail",
    request: (t) => app.get(`/api/v1/uploads/${ids.upload}/thumbnail`, t),
    expect: (c) => rule(['resident', ...caseStaff])(c),
  },
  {
    name: 'POST /uploads without a file',
    request: (t) => app.send('/api/v1/uploads', {}, { token: t }),
    expect: rule([], 400),
  },
];

describe('access matrix', () => {
  for (const endpoint of ENDPOINTS) {
    it(endpoint.name, () => expectStatusPerCaller(endpoint, tokens));
  }
});
