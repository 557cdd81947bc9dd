// The window's API (内网审查) and certificates: each endpoint to its use case.
import { handlingEndpoints as e } from '@bianmin/shared';
import type { ApiRouter } from '../../../http/api-router';
import { contentDisposition } from '../../../http/content-disposition';
import type { Certificates } from './certificates';
import type { createDocuments } from './documents';
import type { Handling } from './handling-service';
import type { Context } from 'koa';
import { Reply } from '../../../http/api-router';
import type { CaseServices } from '../index';

export function handlingRoutes(
  api: ApiRouter,
  h: Handling,
  certificates: Certificates,
  documents: ReturnType<typeof createDocuments>,
  s: Pick<CaseServices, 'registration' | 'cases' | 'unsealQueryCode' | 'notices' | 'consentCodes'>,
): void {
  const pdf = (ctx: Context, file: { bytes: Buffer; fileName: string }) => {
    ctx.type = 'application/pdf';
    ctx.set('Content-Disposition', contentDisposition(file.fileName));
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Cache-Control', 'private, no-store');
    return file.bytes;
  };
  api.mount(e.register, async ({ principal, input }) => {
    const { status, answer } = await s.registration.register(principal, input.headers['idempotency-key'], input.body);
    const filed = await s.cases.present(await s.cases.visibleRow(principal, answer.number), 'staff');
    return new Reply(status, { case: filed, queryCode: s.unsealQueryCode(answer.queryCodeSealed) });
  });
  api.mount(e.inbox, ({ principal, input }) => h.inbox(principal, input.query));
  api.mount(e.view, ({ principal, input }) => h.view(principal, input.params.number));
  api.mount(e.accept, ({ principal, input, ip }) => h.accept(principal, input.params.number, ip));
  api.mount(e.notAccept, ({ principal, input, ip }) => h.notAccept(principal, input.params.number, input.body, ip));
  api.mount(e.requestCorrection, ({ principal, input, ip }) => h.requestCorrection(principal, input.params.number, input.body, ip));
  api.mount(e.assign, ({ principal, input, ip }) => h.assign(principal, input.params.number, input.body.handlerId, ip));
  api.mount(e.note, ({ principal, input, ip }) => h.note(principal, input.params.number, input.body.text, ip));
  api.mount(e.extend, ({ principal, input, ip }) => h.extend(principal, input.params.number, input.body, ip));
  api.mount(e.startProcedure, ({ principal, input, ip }) => h.startProcedure(principal, input.params.number, input.body, ip));
  api.mount(e.endProcedure, ({ principal, input, ip }) => h.endProcedure(principal, input.params.number, input.body.result, ip));
  api.mount(e.decide, ({ principal, input, ip }) => h.decide(principal, input.params.number, input.body, ip));
  api.mount(e.dispatch, ({ principal, input, ip }) => h.dispatch(principal, input.params.number, input.body, ip));
  api.mount(e.deliver, async ({ principal, input, ip }) => {
    const answer = await h.deliver(principal, input.params.number, input.body, ip);
    if (!answer) throw new Error('a staff delivery always answers with the case');
    return answer;
  });
  api.mount(e.decisionDocument, async ({ principal, input, ctx }) => pdf(ctx, await documents.decision(principal, input.params.number)));
  api.mount(e.notice, async ({ principal, input, ctx }) =>
    pdf(ctx, await s.notices.notice(principal, input.params.number, input.params.kind)),
  );
  api.mount(e.applicant, async ({ principal, input, ip, ctx }) => {
    const identity = await h.applicant(principal, input.params.number, ip);
    // Full personal data: never kept by a browser or a proxy.
    ctx.set('Cache-Control', 'no-store');
    return identity;
  });
  api.mount(e.handlers, ({ principal, input }) => h.handlers(principal, input.params.number));
  api.mount(e.stationWorkload, ({ principal }) => h.stationWorkload(principal));
  api.mount(e.consentCode, ({ principal, input, ip }) => s.consentCodes.issue(principal, input.body.phone, ip));
  api.mount(e.myCertificates, ({ principal }) => certificates.mine(principal));
  api.mount(e.verifyCertificate, ({ input, ip }) => certificates.verify(input.query.number, input.query.code, ip));
}
