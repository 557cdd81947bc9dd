// Inbox API (消息中心).
import { messageEndpoints as e } from '@bianmin/shared';
import type { ApiRouter } from '../../http/api-router';
import type { Inbox } from './inbox-service';

export function messageRoutes(api: ApiRouter, inbox: Inbox): void {
  api.mount(e.list, ({ principal, input }) => inbox.list(principal, input.query));
  api.mount(e.unread, ({ principal }) => inbox.unread(principal));
  api.mount(e.readAll, ({ principal }) => inbox.readAll(principal));
  api.mount(e.read, ({ principal, input }) => inbox.read(principal, input.params.id));
}
