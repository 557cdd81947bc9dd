// The in-app inbox (消息中心): every notification lands here, whatever else delivers it.
import { z } from '../zod';
import { PageQuery, pageOf } from '../common/pagination.schema';

export const Message = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  /** What the message is about, to open it: a case number or an appointment id. */
  link: z.nullable(z.object({ kind: z.enum(['case', 'appointment']), id: z.string() })),
  createdAt: z.string(),
  readAt: z.nullable(z.string()),
});
export type Message = z.infer<typeof Message>;
export const MessageList = z.object({ ...pageOf(Message).shape, unread: z.int() });
export type MessageList = z.infer<typeof MessageList>;
export const MessagesQuery = PageQuery;
export const UnreadCount = z.object({ unread: z.int() });
export const MessageIdParam = z.object({ id: z.string().check(z.regex(/^[0-9a-f-]{36}$/, '消息编号格式不正确')) });
