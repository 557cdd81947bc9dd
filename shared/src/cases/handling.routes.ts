// The window's routes (内网审查) and certificates. Zod-free: schemas as types only.
import type {
  AssignRequest,
  CaseHandlerList,
  CaseNoticeParams,
  StaffApplicantIdentity,
  CorrectionRequest,
  DecisionRequest,
  DeliverRequest,
  DispatchRequest,
  ExtendRequest,
  NoteRequest,
  NotAcceptRequest,
  ProcedureEndRequest,
  ProcedureRequest,
  RegisterCaseRequest,
  StaffCase,
  StaffCaseList,
  StaffCaseNumberParam,
  StaffCasesQuery,
} from './handling.schema';
import type { ConsentCodeIssued, ConsentCodeRequest, StationWorkload } from './agent.schema';
import type { CertificateList, CertificateVerification, CertificateVerifyQuery } from './certificate.schema';
import type { CaseNumberParam, SubmittedCase } from './case.schema';
import type { IdempotencyHeaders } from '../appointments/appointment.schema';
import { route } from '../http/route';

type Num = { params: typeof StaffCaseNumberParam; response: typeof StaffCase };
const act = <B extends object = object>(path: string) => route<Num & B>('POST', `/api/v1/staff/cases/:number/${path}`, 'staff');

export const handlingRoutes = {
  inbox: route<{ query: typeof StaffCasesQuery; response: typeof StaffCaseList }>('GET', '/api/v1/staff/cases', 'staff'),
  register: route<{ body: typeof RegisterCaseRequest; headers: typeof IdempotencyHeaders; response: typeof SubmittedCase }>(
    'POST',
    '/api/v1/staff/cases',
    'staff',
  ),
  view: route<Num>('GET', '/api/v1/staff/cases/:number', 'staff'),
  accept: act('accept'),
  notAccept: act<{ body: typeof NotAcceptRequest }>('not-accept'),
  requestCorrection: act<{ body: typeof CorrectionRequest }>('request-correction'),
  assign: act<{ body: typeof AssignRequest }>('assign'),
  note: act<{ body: typeof NoteRequest }>('notes'),
  extend: act<{ body: typeof ExtendRequest }>('extend'),
  startProcedure: act<{ body: typeof ProcedureRequest }>('special-procedure'),
  endProcedure: act<{ body: typeof ProcedureEndRequest }>('special-procedure/end'),
  decide: act<{ body: typeof DecisionRequest }>('decide'),
  dispatch: act<{ body: typeof DispatchRequest }>('dispatch'),
  deliver: act<{ body: typeof DeliverRequest }>('deliver'),
  applicant: route<{ params: typeof StaffCaseNumberParam; response: typeof StaffApplicantIdentity }>(
    'GET',
    '/api/v1/staff/cases/:number/applicant',
    'staff',
  ),
  handlers: route<{ params: typeof StaffCaseNumberParam; response: typeof CaseHandlerList }>(
    'GET',
    '/api/v1/staff/cases/:number/handlers',
    'staff',
  ),
  notice: route<{ params: typeof CaseNoticeParams; response: 'file' }>('GET', '/api/v1/cases/:number/notices/:kind', 'signed-in'),
  stationWorkload: route<{ response: typeof StationWorkload }>('GET', '/api/v1/staff/station/workload', 'staff'),
  consentCode: route<{ body: typeof ConsentCodeRequest; response: typeof ConsentCodeIssued }>(
    'POST',
    '/api/v1/staff/consent-codes',
    'staff',
  ),
  decisionDocument: route<{ params: typeof CaseNumberParam; response: 'file' }>('GET', '/api/v1/cases/:number/decision.pdf', 'signed-in'),
  myCertificates: route<{ response: typeof CertificateList }>('GET', '/api/v1/me/certificates', 'signed-in'),
  verifyCertificate: route<{ query: typeof CertificateVerifyQuery; response: typeof CertificateVerification }>(
    'GET',
    '/api/v1/certificates/verify',
    'public',
  ),
} as const;
