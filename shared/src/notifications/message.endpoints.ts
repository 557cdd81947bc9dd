// The inbox routes bound to their schemas, with their documentation.
import { endpoints } from '../http/endpoint';
import { messageRoutes } from './message.routes';
import { Message, MessageIdParam, MessageList, MessagesQuery, UnreadCount } from './message.schema';

const T = '消息中心';

export const messageEndpoints = endpoints(messageRoutes, {
  list: { schemas: { query: MessagesQuery, response: MessageList }, summary: '我的消息（最新在前，含未读数）', tag: T, errors: [400, 401] },
  unread: { schemas: { response: UnreadCount }, summary: '未读消息数', tag: T, errors: [401] },
  readAll: { schemas: { response: UnreadCount }, summary: '全部标为已读', tag: T, errors: [401] },
  read: { schemas: { params: MessageIdParam, response: Message }, summary: '标为已读', tag: T, errors: [400, 401, 404] },
});
