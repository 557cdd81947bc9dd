// The window's side of the queue (窗口叫号): the board, call next, recall, skip (过号), complete
// (办结), and the kiosk's walk-in numbers. Staff outside the hall get 404 (identity policy:
// servesHall); every step is one transaction with its event and audit record, and changes a
// ticket only if it is still at the version that was read.
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { normalizeChineseId, windowGroup, type StaffQueueBoard, type StaffQueueTicket, type WalkInRequest } from '@bianmin/shared';
import type { WalkInTicket } from '@bianmin/shared';
import { AppError, NotFoundError, ValidationError } from '../../errors';
import type { AuditLog } from '../../platform/audit';
import type { DistrictClock } from '../../platform/clock';
import { isDuplicateKey } from '../../platform/db-errors';
import type { DataProtector } from '../../platform/sealing';
import type { UnitOfWork } from '../../platform/unit-of-work';
import type { CatalogueReader, CatalogueSnapshot } from '../catalogue/index';
import { type Principal, type ResidentDirectory, servesHall } from '../identity/index';
import { QueueTicketEntity, type QueueTicketRow } from './entities';
import { type QueueEventType, recordQueueEvent } from './events';
import { findWindow, groupForItem, windowsForItem } from './groups';
import { issueTicket } from './issue';
import { estimateFor, groupPace, waitingInOrder } from './queue-reads';
import { hallGroups } from './hall-groups';
import { toStaffTicket } from './mapper';

export interface WindowDeps {
  dataSource: DataSource;
  tx: UnitOfWork;
  clock: DistrictClock;
  catalogue: CatalogueReader;
  audit: AuditLog;
  protector: DataProtector;
  residents: ResidentDirectory;
}

const stale = () => new AppError('QUEUE_STATE', 409, '号码状态已变化，请刷新后再试');
const windowBusy = (number: string) => new AppError('QUEUE_WINDOW_BUSY', 409, `本窗口正在办理 ${number}，请先办结或过号再叫下一位`);
const windowKeyOf = (hall: string, day: string, window: string) => `${hall}:${day}:${window}`;

/** Writes `next` if the ticket is still at `t.version` and in one of `from`. */
async function change(em: EntityManager, t: QueueTicketRow, from: string[], next: QueueTicketRow): Promise<boolean> {
  const { id, ...columns } = next;
  const r = await em
    .createQueryBuilder()
    .update(QueueTicketEntity)
    .set(columns)
    .where({ id, version: t.version, status: In(from) })
    .execute();
  return r.affected === 1;
}

export function createQueueWindow(d: WindowDeps) {
  const repo = () => d.dataSource.getRepository(QueueTicketEntity);
  const hidden = () => new NotFoundError('没有找到这个号码');

  async function present(rows: QueueTicketRow[], snapshot: CatalogueSnapshot): Promise<StaffQueueTicket[]> {
    const names = await d.residents.maskedNames(rows.flatMap((r) => (r.kind === 'appointment' && r.userId ? [r.userId] : [])));
    return rows.map((r) => toStaffTicket(r, snapshot, r.kind === 'appointment' && r.userId ? (names.get(r.userId) ?? null) : null));
  }

  async function windowAt(p: Principal, hallCode: string, number: string) {
    if (!servesHall(p, hallCode)) throw new NotFoundError('请求的内容不存在');
    const snapshot = await d.catalogue.current();
    const window = findWindow(snapshot, hallCode, number);
    if (!window) throw new ValidationError({ window: ['这个大厅没有这个窗口号，请从列表中选择'] });
    return { snapshot, window, group: windowGroup(window.number) };
  }

  /** A ticket of the caller's hall, or 404. */
  async function ticketInScope(p: Principal, id: string): Promise<QueueTicketRow> {
    const t = await repo().findOne({ where: { id } });
    if (!t || !servesHall(p, t.hallCode)) throw hidden();
    return t;
  }

  async function step(
    p: Principal,
    id: string,
    ip: string | null,
    action: 'recall' | 'skip' | 'complete',
    next: (t: QueueTicketRow, now: Date) => Partial<QueueTicketRow>,
    event: QueueEventType,
    now = d.clock.now(),
  ): Promise<StaffQueueTicket> {
    const t = await ticketInScope(p, id);
    if (t.status !== 'called')
      throw new AppError(
        'QUEUE_STATE',
        409,
        `${t.number} 当前${t.status === 'waiting' ? '还未叫号' : '已结束'}，不能${action === 'recall' ? '重新叫号' : action === 'skip' ? '过号' : '办结'}`,
      );
    const snapshot = await d.catalogue.current();
    const changed = await d.tx.run(async (em) => {
      const after: QueueTicketRow = { ...t, ...next(t, now), version: t.version + 1 };
      if (!(await change(em, t, ['called'], after))) throw stale();
      await recordQueueEvent(em, event, after);
      await d.audit.record(em, {
        actorId: p.userId,
        action: `queue.${action}`,
        targetType: 'queue_ticket',
        targetId: t.id,
        ip,
        detail: { number: t.number, hall: t.hallCode, window: t.windowNumber },
      });
      return after;
    });
    const [shown] = await present([changed], snapshot);
    if (!shown) throw hidden();
    return shown;
  }

  const ended = (status: 'done' | 'skipped') => (_t: QueueTicketRow, now: Date) => ({
    status,
    windowKey: null,
    holderKey: null,
    completedAt: now,
  });

  return {
    async board(p: Principal, hallCode: string, windowNumber: string, now = d.clock.now()): Promise<StaffQueueBoard> {
      const { snapshot, window, group } = await windowAt(p, hallCode, windowNumber);
      const day = d.clock.today(now);
      const em = d.dataSource.manager;
      const current = await repo().findOne({ where: { windowKey: windowKeyOf(hallCode, day, window.number) } });
      const waiting = (await waitingInOrder(em, d.clock, hallCode, group, day, now)).slice(0, 30);
      const shown = await present(current ? [current, ...waiting] : waiting, snapshot);
      return {
        date: day,
        hall: { code: hallCode, name: snapshot.hallByCode.get(hallCode)?.name ?? hallCode },
        window: { number: window.number, name: window.name, group },
        current: current ? (shown[0] ?? null) : null,
        waiting: current ? shown.slice(1) : shown,
        groups: await hallGroups(em, snapshot, hallCode, day),
      };
    },

    async callNext(
      p: Principal,
      hallCode: string,
      windowNumber: string,
      ip: string | null,
      now = d.clock.now(),
    ): Promise<StaffQueueTicket> {
      const { snapshot, window, group } = await windowAt(p, hallCode, windowNumber);
      const day = d.clock.today(now);
      const windowKey = windowKeyOf(hallCode, day, window.number);
      const called = await d.tx.run(async (em) => {
        const busy = await em.getRepository(QueueTicketEntity).findOne({ where: { windowKey } });
        if (busy) throw windowBusy(busy.number);
        // Another window may take a number between the read and the update: try the next one.
        for (const t of await waitingInOrder(em, d.clock, hallCode, group, day, now)) {
          const next: QueueTicketRow = {
            ...t,
            status: 'called',
            windowNumber: window.number,
            windowKey,
            calledAt: now,
            callCount: t.callCount + 1,
            version: t.version + 1,
          };
          try {
            if (!(await change(em, t, ['waiting'], next))) continue;
          } catch (err) {
            if (isDuplicateKey(err, /window/)) throw windowBusy('另一个号码');
            throw err;
          }
          await recordQueueEvent(em, 'queue.called', next);
          await d.audit.record(em, {
            actorId: p.userId,
            action: 'queue.call',
            targetType: 'queue_ticket',
            targetId: t.id,
            ip,
            detail: { number: t.number, hall: hallCode, window: window.number },
          });
          return next;
        }
        throw new AppError('QUEUE_EMPTY', 409, '当前没有等候的号码');
      });
      const [shown] = await present([called], snapshot);
      if (!shown) throw hidden();
      return shown;
    },

    recall: (p: Principal, id: string, ip: string | null) =>
      step(p, id, ip, 'recall', (t) => ({ callCount: t.callCount + 1 }), 'queue.called'),
    skip: (p: Principal, id: string, ip: string | null) => step(p, id, ip, 'skip', ended('skipped'), 'queue.skipped'),
    complete: (p: Principal, id: string, ip: string | null) => step(p, id, ip, 'complete', ended('done'), 'queue.completed'),

    /** 现场取号: the ID number is kept only as a keyed hash in the holder key, while the number is live. */
    async walkIn(p: Principal, body: WalkInRequest, ip: string | null, now = d.clock.now()): Promise<WalkInTicket> {
      if (!servesHall(p, body.hall)) throw new NotFoundError('请求的内容不存在');
      const snapshot = await d.catalogue.current();
      const item = snapshot.itemByCode.get(body.item);
      const group = item ? groupForItem(snapshot, body.hall, item) : null;
      if (!item || !group) throw new ValidationError({ item: ['本大厅不办理这个事项，请重新选择'] });
      const day = d.clock.today(now);
      const idNumber = normalizeChineseId(body.idNumber);
      const userId = await d.residents.accountOfIdNumber(idNumber);
      const holderKey = `${body.hall}:${group}:${day}:${d.protector.lookupHash(idNumber)}`;
      const issued = await d.tx.run(async (em) => {
        const t = await issueTicket(
          em,
          {
            hallCode: body.hall,
            groupCode: group,
            day,
            kind: 'walk_in',
            itemCode: item.code,
            appointmentId: null,
            userId,
            slotStart: null,
            holderKey,
          },
          now,
        );
        await d.audit.record(em, {
          actorId: p.userId,
          action: 'queue.walk_in',
          targetType: 'queue_ticket',
          targetId: t.id,
          ip,
          detail: { number: t.number, hall: body.hall, item: item.code },
        });
        return t;
      });
      const em = d.dataSource.manager;
      const order = await waitingInOrder(em, d.clock, body.hall, group, day, now);
      const ahead = Math.max(
        0,
        order.findIndex((t) => t.id === issued.id),
      );
      const [ticket] = await present([issued], snapshot);
      if (!ticket) throw hidden();
      return {
        ticket,
        group: { code: group, windows: windowsForItem(snapshot, body.hall, group, item) },
        ahead,
        estimatedWaitMinutes: estimateFor(ahead, await groupPace(em, body.hall, group, day)),
      };
    },
  };
}
export type QueueWindow = ReturnType<typeof createQueueWindow>;
