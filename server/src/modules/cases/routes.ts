// Case API: submission (idempotent), my cases, the case page, withdrawal, drafts, and 办件查询.
import { caseEndpoints as e } from '@bianmin/shared';
import { type ApiRouter, Reply } from '../../http/api-router';
import type { CaseServices } from './index';

export function caseRoutes(api: ApiRouter, s: CaseServices): void {
  api.mount(e.submit, async ({ principal, input }) => {
    const { status, answer } = await s.submission.submit(principal, input.headers['idempotency-key'], input.body);
    const submitted = { case: await s.cases.byNumber(answer.number), queryCode: s.unsealQueryCode(answer.queryCodeSealed) };
    return new Reply(status, submitted);
  });
  api.mount(e.mine, ({ principal, input }) => s.cases.mine(principal, input.query));
  api.mount(e.lookup, ({ input, ip }) => s.cases.lookup(input.query.number, input.query.code, ip));
  api.mount(e.drafts, ({ principal }) => s.drafts.list(principal));
  api.mount(e.draft, ({ principal, input }) => s.drafts.get(principal, input.params.itemCode));
  api.mount(e.saveDraft, ({ principal, input }) => s.drafts.save(principal, input.params.itemCode, input.body));
  api.mount(e.deleteDraft, ({ principal, input }) => s.drafts.remove(principal, input.params.itemCode));
  api.mount(e.get, ({ principal, input }) => s.cases.get(principal, input.params.number));
  api.mount(e.withdraw, ({ principal, input }) => s.cases.withdraw(principal, input.params.number, input.body.reason));
  api.mount(e.resubmit, async ({ principal, input }) => {
    const number = await s.resubmission.resubmit(principal, input.headers['idempotency-key'], input.params.number, input.body);
    return s.cases.get(principal, number);
  });
}
