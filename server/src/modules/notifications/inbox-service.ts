// The inbox (消息中心): a resident (or member of staff) sees only their own messages.
import { IsNull, type DataSource } from 'typeorm';
import type { Message, MessageList } from '@bianmin/shared';
import { NotFoundError } from '../../errors';
import type { UnitOfWork } from '../../platform/unit-of-work';
import type { Principal } from '../identity/index';
import { NotificationEntity, type NotificationRow } from './entities';

const present = (r: NotificationRow): Message => ({
  id: r.id,
  title: r.title,
  body: r.body,
  link: r.linkKind && r.linkId ? { kind: r.linkKind, id: r.linkId } : null,
  createdAt: r.createdAt.toISOString(),
  readAt: r.readAt?.toISOString() ?? null,
});

export function createInbox(d: { dataSource: DataSource; tx: UnitOfWork }) {
  const repo = () => d.dataSource.getRepository(NotificationEntity);
  const unread = (userId: string) => repo().count({ where: { userId, channel: 'inbox', readAt: IsNull() } });
  return {
    async list(p: Principal, q: { page: number; pageSize: number }): Promise<MessageList> {
      const [rows, total] = await repo().findAndCount({
        where: { userId: p.userId, channel: 'inbox' },
        order: { createdAt: 'DESC', eventId: 'DESC' },
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
      });
      return { items: rows.map(present), total, page: q.page, pageSize: q.pageSize, unread: await unread(p.userId) };
    },
    async unread(p: Principal) {
      return { unread: await unread(p.userId) };
    },
    async read(p: Principal, id: string): Promise<Message> {
      const row = await repo().findOne({ where: { id, userId: p.userId } });
      if (!row) throw new NotFoundError('消息不存在');
      if (!row.readAt) {
        row.readAt = new Date();
        await d.tx.run((em) =>
          em.getRepository(NotificationEntity).update({ id, userId: p.userId, readAt: IsNull() }, { readAt: row.readAt }),
        );
      }
      return present(row);
    },
    async readAll(p: Principal) {
      await d.tx.run((em) => em.getRepository(NotificationEntity).update({ userId: p.userId, readAt: IsNull() }, { readAt: new Date() }));
      return { unread: 0 };
    },
  };
}
export type Inbox = ReturnType<typeof createInbox>;
