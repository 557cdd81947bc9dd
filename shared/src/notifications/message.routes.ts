// Inbox routes (消息中心). Zod-free: schemas as types only.
import type { Message, MessageIdParam, MessageList, MessagesQuery, UnreadCount } from './message.schema';
import { route } from '../http/route';

export const messageRoutes = {
  list: route<{ query: typeof MessagesQuery; response: typeof MessageList }>('GET', '/api/v1/me/messages', 'signed-in'),
  unread: route<{ response: typeof UnreadCount }>('GET', '/api/v1/me/messages/unread', 'signed-in'),
  readAll: route<{ response: typeof UnreadCount }>('POST', '/api/v1/me/messages/read-all', 'signed-in'),
  read: route<{ params: typeof MessageIdParam; response: typeof Message }>('POST', '/api/v1/me/messages/:id/read', 'signed-in'),
} as const;
