// Delivery status for administrators and supervisors: every delivery of one case or appointment,
// failures grouped by channel and code, and sending a failed delivery again (audited). A supervisor
// sees the deliveries of their department's (or hall's) cases and appointments only
// (admin-scope.ts); other staff get 404, like any record that is not theirs. Rows carry no personal
// data to mask: the recipient is shown by role, and the message itself — with the query or pickup
// code it may hold, sealed — is never shown here; the phone is never stored.
import type { DataSource } from 'typeorm';
import type { Delivery, DeliveriesQuery, DeliveryFailures, DeliveryFailuresQuery, DeliveryList } from '@bianmin/shared';
import { AppError, NotFoundError } from '../../errors';
import type { AuditLog } from '../../platform/audit';
import type { UnitOfWork } from '../../platform/unit-of-work';
import type { CatalogueReader } from '../catalogue/index';
import type { Principal } from '../identity/index';
import { createDeliveryScopes, deliveryScopeOf } from './admin-scope';
import { DeliveryEntity, type DeliveryRow } from './deliveries-entity';
import { resendDelivery } from './deliveries-outcomes';

const present = (r: DeliveryRow): Delivery => ({
  id: r.id,
  eventType: r.eventType,
  subject: r.subjectKind === 'case' || r.subjectKind === 'appointment' ? { kind: r.subjectKind, id: r.subjectId ?? '' } : null,
  recipientRole: r.role,
  channel: r.channel,
  status: r.status,
  code: r.code,
  attempts: r.attempts,
  nextAttemptAt: r.nextAttemptAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  deliveredAt: r.deliveredAt?.toISOString() ?? null,
});

export function createDeliveryAdmin(d: { dataSource: DataSource; tx: UnitOfWork; audit: AuditLog; catalogue: CatalogueReader }) {
  const repo = () => d.dataSource.getRepository(DeliveryEntity);
  const scopes = createDeliveryScopes(d);
  return {
    async list(p: Principal, q: DeliveriesQuery): Promise<DeliveryList> {
      const scope = deliveryScopeOf(p);
      const subject = q.caseNumber ? { kind: 'case', id: q.caseNumber } : { kind: 'appointment', id: q.appointmentId ?? '' };
      // A case or appointment beyond the supervisor's scope does not exist for them.
      if (!(await scopes.covers(scope, subject)))
        throw new NotFoundError(subject.kind === 'case' ? '没有找到该办件，请核对办件编号' : '没有找到该预约');
      const where = { subjectKind: subject.kind, subjectId: subject.id };
      const rows = await repo().find({ where, order: { eventId: 'ASC', createdAt: 'ASC' }, take: 500 });
      // A chain's rows are often written in the same second (MySQL keeps whole seconds): inbox, then
      // the channels in the order they are tried.
      const rank = (r: DeliveryRow) => (r.channel === 'inbox' ? -1 : r.message.order.indexOf(r.channel));
      rows.sort((a, b) => a.eventId - b.eventId || a.createdAt.getTime() - b.createdAt.getTime() || rank(a) - rank(b));
      return { items: rows.map(present) };
    },

    async failures(p: Principal, q: DeliveryFailuresQuery): Promise<DeliveryFailures> {
      const scope = deliveryScopeOf(p);
      const since = new Date(Date.now() - q.days * 86_400_000);
      const failed = repo()
        .createQueryBuilder('d')
        .select('d.channel', 'channel')
        .addSelect('d.status', 'status')
        .addSelect('d.code', 'code')
        .addSelect('COUNT(*)', 'count')
        .addSelect('MAX(d.updated_at)', 'lastAt')
        .where("d.status IN ('permanent-failure', 'temporary-failure', 'technical-failure')")
        .andWhere('d.updated_at >= :since', { since });
      const rows = await (
        await scopes.narrow(failed, scope)
      )
        .groupBy('d.channel')
        .addGroupBy('d.status')
        .addGroupBy('d.code')
        .orderBy('count', 'DESC')
        .getRawMany<{
          channel: Delivery['channel'];
          status: Delivery['status'];
          code: string | null;
          count: number | string;
          lastAt: Date | string;
        }>();
      return {
        groups: rows.map((r) => ({
          channel: r.channel,
          status: r.status,
          code: r.code,
          count: Number(r.count),
          // SQLite hands back the stored text, MySQL a Date.
          lastAt: new Date(
            r.lastAt instanceof Date ? r.lastAt : `${r.lastAt.replace(' ', 'T')}${r.lastAt.endsWith('Z') ? '' : 'Z'}`,
          ).toISOString(),
        })),
      };
    },

    async resend(p: Principal, id: string, ip: string | null): Promise<Delivery> {
      const scope = deliveryScopeOf(p);
      const row = await repo().findOne({ where: { id } });
      const subject = row?.subjectKind && row.subjectId ? { kind: row.subjectKind, id: row.subjectId } : null;
      if (!row || !(await scopes.covers(scope, subject))) throw new NotFoundError('投递记录不存在');
      const now = new Date();
      const resent = await d.tx.run(async (em) => {
        if (!(await resendDelivery(em, id, now))) return false;
        await d.audit.record(em, {
          actorId: p.userId,
          action: 'notification.resend',
          targetType: 'delivery',
          targetId: id,
          ip,
          detail: { channel: row.channel, eventType: row.eventType, was: row.status, code: row.code },
        });
        return true;
      });
      if (!resent) throw new AppError('DELIVERY_NOT_FAILED', 409, '这条通知没有发送失败（已送达或正在发送），无需重发');
      return present(await repo().findOneOrFail({ where: { id } }));
    },
  };
}
export type DeliveryAdmin = ReturnType<typeof createDeliveryAdmin>;
