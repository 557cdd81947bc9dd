// The inbox (消息中心): a resident (or member of staff) sees only their own messages.
// A case message may hold the applicant's query or pickup code (`{queryCode}` in the stored text):
// the inbox shows it to its owner, unsealed as the message is read. The case page never shows the
// query code again (only its hash is kept), so this is where a resident finds it later; the sealed
// code is kept with the message's inbox delivery row, read here for the owner's own messages only.
import { IsNull, type DataSource } from 'typeorm';
import type { Message, MessageList } from '@bianmin/shared';
import { NotFoundError } from '../../errors';
import type { UnitOfWork } from '../../platform/unit-of-work';
import type { Principal } from '../identity/index';
import { DeliveryEntity } from './deliveries-entity';
import { NotificationEntity, type NotificationRow } from './entities';
import { holdsCode, revealCodes, type Unseal } from './message-codes';

/** Where a code cannot be unsealed (a key retired too soon): said plainly, never a placeholder. */
const UNAVAILABLE = '（暂时无法显示）';

const present = (r: NotificationRow, secrets: Map<number, Record<string, string> | undefined>, unseal: Unseal): Message => ({
  id: r.id,
  title: r.title,
  body: holdsCode(r.body) ? revealCodes(r.body, secrets.get(r.eventId), unseal, UNAVAILABLE) : r.body,
  link: r.linkKind && r.linkId ? { kind: r.linkKind, id: r.linkId } : null,
  createdAt: r.createdAt.toISOString(),
  readAt: r.readAt?.toISOString() ?? null,
});

export function createInbox(d: { dataSource: DataSource; tx: UnitOfWork; unseal: Unseal }) {
  const repo = () => d.dataSource.getRepository(NotificationEntity);
  const unread = (userId: string) => repo().count({ where: { userId, channel: 'inbox', readAt: IsNull() } });

  /** The sealed codes of the owner's messages that hold one, by event. */
  async function secretsOf(userId: string, rows: NotificationRow[]) {
    const coded = rows.flatMap((r) =>
      holdsCode(r.body) && r.linkKind && r.linkId
        ? [{ subjectKind: r.linkKind, subjectId: r.linkId, eventId: r.eventId, userId, channel: 'inbox' as const }]
        : [],
    );
    if (!coded.length) return new Map<number, Record<string, string> | undefined>();
    // By subject (indexed), and only this user's own inbox deliveries.
    const messages = await d.dataSource.getRepository(DeliveryEntity).find({ where: coded, select: { eventId: true, message: true } });
    return new Map(messages.map((m) => [m.eventId, m.message.secrets]));
  }

  return {
    async list(p: Principal, q: { page: number; pageSize: number }): Promise<MessageList> {
      const [rows, total] = await repo().findAndCount({
        where: { userId: p.userId, channel: 'inbox' },
        order: { createdAt: 'DESC', eventId: 'DESC' },
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
      });
      const secrets = await secretsOf(p.userId, rows);
      return {
        items: rows.map((r) => present(r, secrets, d.unseal)),
        total,
        page: q.page,
        pageSize: q.pageSize,
        unread: await unread(p.userId),
      };
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
      return present(row, await secretsOf(p.userId, [row]), d.unseal);
    },
    async readAll(p: Principal) {
      await d.tx.run((em) => em.getRepository(NotificationEntity).update({ userId: p.userId, readAt: IsNull() }, { readAt: new Date() }));
      return { unread: 0 };
    },
  };
}
export type Inbox = ReturnType<typeof createInbox>;
