// What the queue looks like now: a group's waiting numbers in call order, and the recent pace of
// its windows. Reads take the caller's EntityManager (inside a transaction, `em`; else the
// DataSource's manager), so one code path serves both.
import type { EntityManager } from 'typeorm';
import { In, MoreThanOrEqual } from 'typeorm';
import { addCalendarDays } from '@bianmin/shared/calendar/iso-date';
import type { DistrictClock } from '../../platform/clock';
import { QueueTicketEntity, type QueueTicketRow } from './entities';
import { callOrder, estimateWaitMinutes } from './ordering';

/** Recent service times averaged: the last this many numbers completed within a week. */
const PACE_SAMPLE = 20;
const PACE_DAYS = 7;

export async function waitingInOrder(
  em: EntityManager,
  clock: DistrictClock,
  hallCode: string,
  groupCode: string,
  day: string,
  now: Date,
): Promise<QueueTicketRow[]> {
  const waiting = await em.getRepository(QueueTicketEntity).find({ where: { hallCode, groupCode, day, status: 'waiting' } });
  return callOrder(waiting, (start) => clock.instantOf(day, start) <= now);
}

export interface Pace {
  averageServiceSeconds: number | null;
  /** Distinct windows of the group that served today (at least 1). */
  windowsServing: number;
}

export async function groupPace(em: EntityManager, hallCode: string, groupCode: string, today: string): Promise<Pace> {
  const recent = await em.getRepository(QueueTicketEntity).find({
    where: { hallCode, groupCode, status: 'done', day: MoreThanOrEqual(addCalendarDays(today, -PACE_DAYS)) },
    order: { completedAt: 'DESC' },
    take: PACE_SAMPLE,
    select: { id: true, day: true, calledAt: true, completedAt: true, windowNumber: true },
  });
  const seconds = recent.flatMap((t) => (t.calledAt && t.completedAt ? [(t.completedAt.getTime() - t.calledAt.getTime()) / 1000] : []));
  const windows = new Set(recent.filter((t) => t.day === today).map((t) => t.windowNumber));
  return {
    averageServiceSeconds: seconds.length ? seconds.reduce((a, b) => a + b, 0) / seconds.length : null,
    windowsServing: Math.max(1, windows.size),
  };
}

export const estimateFor = (ahead: number, pace: Pace) => estimateWaitMinutes(ahead, pace.averageServiceSeconds, pace.windowsServing);

/** Waiting counts and numbers being served for every group of a hall today. */
export async function hallCounts(em: EntityManager, hallCode: string, day: string) {
  const rows = await em.getRepository(QueueTicketEntity).find({
    where: { hallCode, day, status: In(['waiting', 'called']) },
    select: { id: true, groupCode: true, status: true, number: true },
  });
  const byGroup = new Map<string, { waiting: number; serving: string[] }>();
  for (const r of rows) {
    const g = byGroup.get(r.groupCode) ?? { waiting: 0, serving: [] };
    if (r.status === 'waiting') g.waiting++;
    else g.serving.push(r.number);
    byGroup.set(r.groupCode, g);
  }
  return byGroup;
}
