// Queue API: the hall's counts (public), the resident's number (polled, with an ETag), the window's
// calling and the kiosk (staff, scoped to their hall by the service).
import { createHash } from 'node:crypto';
import { queueEndpoints as e } from '@bianmin/shared';
import { type ApiRouter, Reply } from '../../http/api-router';
import type { QueueServices } from './index';

export function queueRoutes(api: ApiRouter, s: QueueServices): void {
  const { resident, window } = s;

  api.mount(e.hall, ({ input }) => resident.hall(input.params.id));
  // Polled every few seconds: an unchanged answer is a bodiless 304 for clients that send If-None-Match.
  api.mount(e.appointment, async ({ principal, input, ctx }) => {
    const body = await resident.forAppointment(principal, input.params.id);
    const tag = `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
    ctx.set('ETag', tag);
    if (ctx.get('If-None-Match') === tag) return new Reply(304, null);
    return body;
  });

  api.mount(e.board, ({ principal, input }) => window.board(principal, input.query.hall, input.query.window));
  api.mount(e.callNext, ({ principal, input, ip }) => window.callNext(principal, input.body.hall, input.body.window, ip));
  api.mount(e.recall, ({ principal, input, ip }) => window.recall(principal, input.params.id, ip));
  api.mount(e.skip, ({ principal, input, ip }) => window.skip(principal, input.params.id, ip));
  api.mount(e.complete, ({ principal, input, ip }) => window.complete(principal, input.params.id, ip));
  api.mount(e.walkIn, ({ principal, input, ip }) => window.walkIn(principal, input.body, ip));
}
