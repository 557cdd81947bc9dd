// Append-only audit log: sign-ins, staff and admin actions, reads of full personal data. A record
// is written with the transaction's EntityManager, so it commits (or not) with the action it
// describes. There is deliberately no update or delete path except the retention purge.
import type { DataSource, EntityManager } from 'typeorm';
import { LessThan } from 'typeorm';
import type { AuditPage, AuditQuery } from '@bianmin/shared';
import { AuditEntity } from './entities';
import type { UnitOfWork } from './unit-of-work';

export interface AuditEvent {
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  outcome?: 'success' | 'failure';
  ip?: string | null;
  /** Masked values only: this log is read by people not entitled to personal data. */
  detail?: Record<string, unknown>;
}

export function createAuditLog(deps: { dataSource: DataSource; tx: UnitOfWork; retentionDays: number }) {
  async function record(em: EntityManager, event: AuditEvent): Promise<void> {
    await em.getRepository(AuditEntity).insert({
      at: new Date(),
      actorId: event.actorId,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      outcome: event.outcome ?? 'success',
      ip: event.ip ?? null,
      detail: (event.detail ?? null) as never,
    });
  }

  return {
    record,

    /** An audit record that is an action of its own (a failed sign-in): its own transaction. */
    recordAlone: (event: AuditEvent): Promise<void> => deps.tx.run((em) => record(em, event)),

    async query(q: AuditQuery): Promise<AuditPage> {
      const qb = deps.dataSource.getRepository(AuditEntity).createQueryBuilder('a');
      if (q.actor) qb.andWhere('a.actor_id = :actor', { actor: q.actor });
      if (q.action) qb.andWhere('a.action = :action', { action: q.action });
      if (q.from) qb.andWhere('a.at >= :from', { from: new Date(q.from) });
      if (q.to) qb.andWhere('a.at < :to', { to: new Date(q.to) });
      const [rows, total] = await qb
        .orderBy('a.id', 'DESC')
        .skip((q.page - 1) * q.pageSize)
        .take(q.pageSize)
        .getManyAndCount();
      return {
        items: rows.map((r) => ({
          id: String(r.id),
          at: r.at.toISOString(),
          actorId: r.actorId,
          action: r.action,
          targetType: r.targetType,
          targetId: r.targetId,
          outcome: r.outcome === 'failure' ? 'failure' : 'success',
          ip: r.ip,
          detail: r.detail,
        })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /** Deletes entries older than the retention period (at least 180 days, by configuration). */
    async purgeExpired(now = new Date()): Promise<number> {
      const cutoff = new Date(now.getTime() - deps.retentionDays * 86_400_000);
      const result = await deps.tx.run((em) => em.getRepository(AuditEntity).delete({ at: LessThan(cutoff) }));
      return result.affected ?? 0;
    },
  };
}
export type AuditLog = ReturnType<typeof createAuditLog>;
