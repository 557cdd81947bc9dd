// One staff step on a case, the same way every time: the state machine decides whether the step is
// allowed; in ONE transaction the row changes conditionally on the version read (two staff acting
// at once: one wins, the other gets a clean 409), the timeline gets its entry, the event is
// recorded for the notifications, and the audit log gets the action.
import type { EntityManager } from 'typeorm';
import { applyCaseAction, type CaseAction, type CaseStatus, type TimelineStep } from '@bianmin/shared';
import { AppError } from '../../../errors';
import type { AuditLog } from '../../../platform/audit';
import type { UnitOfWork } from '../../../platform/unit-of-work';
import { CaseEntity, type CaseRow, CaseTimelineEntity } from '../entities';
import { caseOutbox, type CaseEvents } from '../events';

export interface Step<E extends keyof CaseEvents> {
  /** The state-machine action, or null for a step that keeps the status (extension, a note). */
  action: CaseAction | null;
  /** The timeline's name for a step without a state-machine action. */
  timeline?: TimelineStep;
  /** Columns to change besides status and version. */
  patch?: Partial<CaseRow>;
  /** Shown to the applicant on the timeline; null: no timeline entry. */
  note: string | null;
  actor?: 'staff' | 'system';
  event?: { type: E; payload: Omit<CaseEvents[E], 'number' | 'itemCode' | 'itemName' | 'status'> };
  /** Extra writes in the same transaction (a certificate, a review note). */
  also?: (em: EntityManager, next: CaseRow) => Promise<void>;
  audit: { action: string; detail?: Record<string, unknown> };
}

export const stateConflict = () => new AppError('CASE_STATE', 409, '办件状态已变化或不允许该操作，请刷新后再试');

export function createTransitions(deps: { tx: UnitOfWork; audit: AuditLog; itemName: (code: string) => Promise<string> }) {
  return async function transition<E extends keyof CaseEvents>(
    c: CaseRow,
    step: Step<E>,
    who: { userId: string | null; ip: string | null },
    now: Date,
  ): Promise<CaseRow> {
    let status = c.status as CaseStatus;
    let accepted = c.accepted;
    if (step.action) {
      const next = applyCaseAction({ status, accepted }, step.action);
      if (!next) throw stateConflict();
      ({ status, accepted } = next);
    }
    const next: CaseRow = { ...c, ...step.patch, status, accepted, version: c.version + 1, updatedAt: now };
    const itemName = await deps.itemName(c.itemCode);
    await deps.tx.run(async (em) => {
      const columns: Partial<CaseRow> = { ...next };
      delete columns.id;
      const moved = await em
        .getRepository(CaseEntity)
        .createQueryBuilder()
        .update()
        .set(columns)
        .where('id = :id AND version = :version', { id: c.id, version: c.version })
        .execute();
      if (!moved.affected) throw stateConflict();
      if (step.note !== null)
        await em.getRepository(CaseTimelineEntity).insert({
          caseId: c.id,
          action: step.action ?? step.timeline ?? 'dispatch',
          status,
          actor: step.actor ?? 'staff',
          actorId: who.userId,
          note: step.note,
          at: now,
        });
      if (step.event)
        await caseOutbox.record(em, {
          type: step.event.type,
          aggregateId: c.id,
          userId: c.applicantUserId,
          dedupeKey: `${step.event.type}:${c.id}:v${next.version}`,
          payload: { number: c.number, itemCode: c.itemCode, itemName, status, ...step.event.payload } as CaseEvents[E],
        });
      await step.also?.(em, next);
      await deps.audit.record(em, {
        actorId: who.userId,
        action: step.audit.action,
        targetType: 'case',
        targetId: c.number,
        ip: who.ip,
        detail: { from: c.status, to: status, ...step.audit.detail },
      });
    });
    return next;
  };
}
export type Transition = ReturnType<typeof createTransitions>;
