// Case routes (办件): residents submit and follow their cases; anyone may look one up by number +
// query code. Zod-free: schemas as types only (see guide.routes.ts). Fixed paths (mine, lookup,
// drafts) are declared before `:number` so the router tries them first.
import type {
  CaseList,
  CaseLookupQuery,
  CaseNumberParam,
  CasePublicView,
  Case,
  Draft,
  DraftInput,
  DraftItemParam,
  DraftList,
  MyCasesQuery,
  ResubmitRequest,
  SubmitCaseRequest,
  SubmittedCase,
  WithdrawRequest,
} from './case.schema';
import type { IdempotencyHeaders } from '../appointments/appointment.schema';
import { route } from '../http/route';

type Num = { params: typeof CaseNumberParam };
type DraftOf = { params: typeof DraftItemParam };

export const caseRoutes = {
  submit: route<{ body: typeof SubmitCaseRequest; headers: typeof IdempotencyHeaders; response: typeof SubmittedCase }>(
    'POST',
    '/api/v1/cases',
    'signed-in',
  ),
  mine: route<{ query: typeof MyCasesQuery; response: typeof CaseList }>('GET', '/api/v1/cases/mine', 'signed-in'),
  lookup: route<{ query: typeof CaseLookupQuery; response: typeof CasePublicView }>('GET', '/api/v1/cases/lookup', 'public'),
  drafts: route<{ response: typeof DraftList }>('GET', '/api/v1/cases/drafts', 'signed-in'),
  draft: route<DraftOf & { response: typeof Draft }>('GET', '/api/v1/cases/drafts/:itemCode', 'signed-in'),
  saveDraft: route<DraftOf & { body: typeof DraftInput; response: typeof Draft }>('PUT', '/api/v1/cases/drafts/:itemCode', 'signed-in'),
  deleteDraft: route<DraftOf & { response: 'empty' }>('DELETE', '/api/v1/cases/drafts/:itemCode', 'signed-in'),
  get: route<Num & { response: typeof Case }>('GET', '/api/v1/cases/:number', 'signed-in'),
  withdraw: route<Num & { body: typeof WithdrawRequest; response: typeof Case }>('POST', '/api/v1/cases/:number/withdraw', 'signed-in'),
  resubmit: route<Num & { body: typeof ResubmitRequest; headers: typeof IdempotencyHeaders; response: typeof Case }>(
    'POST',
    '/api/v1/cases/:number/resubmit',
    'signed-in',
  ),
} as const;
