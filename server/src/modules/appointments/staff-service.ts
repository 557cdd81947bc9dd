// Window staff: the day's appointments for their hall, check-in by QR or ticket code, served /
// no-show, confirm or decline. Staff outside the hall's scope get 404; every action and its audit
// record are one transaction.
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { StaffAppointment, StaffAppointmentList } from '@bianmin/shared';
import { AppError, NotFoundError } from '../../errors';
import type { AuditLog } from '../../platform/audit';
import type { DistrictClock } from '../../platform/clock';
import type { DataProtector } from '../../platform/sealing';
import type { UnitOfWork } from '../../platform/unit-of-work';
import type { CatalogueReader } from '../catalogue/index';
import { type Principal, type ResidentDirectory, servesHall } from '../identity/index';
import { advance, endActive } from './booking';
import { AppointmentEntity, type AppointmentRow, ScheduleEntity } from './entities';
import { toStaffAppointment } from './mapper';
import { normalizeTicketCode, type TicketSigner } from './tickets';

export interface StaffDeps {
  dataSource: DataSource;
  tx: UnitOfWork;
  clock: DistrictClock;
  catalogue: CatalogueReader;
  protector: DataProtector;
  signer: TicketSigner;
  audit: AuditLog;
  residents: ResidentDirectory;
  /**
   * The queue's hook (wired in services.ts): read what it needs before the transaction, then
   * issue the queue number inside the check-in's own transaction.
   */
  prepareCheckIn?: (a: AppointmentRow) => Promise<(em: EntityManager) => Promise<void>>;
}

export function createStaffAppointments(d: StaffDeps) {
  const repo = () => d.dataSource.getRepository(AppointmentEntity);
  const hidden = () => new NotFoundError('没有找到这个预约');

  function inScope(p: Principal, a: AppointmentRow | null): AppointmentRow {
    if (!a || !servesHall(p, a.hallCode)) throw hidden();
    return a;
  }

  async function present(rows: AppointmentRow[]): Promise<StaffAppointment[]> {
    const snapshot = await d.catalogue.current();
    const names = await d.residents.maskedNames(rows.map((r) => r.userId));
    const schedules = new Map(
      (await d.dataSource.getRepository(ScheduleEntity).find({ where: { id: In([...new Set(rows.map((r) => r.scheduleId)), -1]) } })).map(
        (s) => [s.id, s],
      ),
    );
    return rows.map((a) =>
      toStaffAppointment(a, names.get(a.userId) ?? '（未实名）', snapshot, d.protector, schedules.get(a.scheduleId) ?? null),
    );
  }

  async function act(
    p: Principal,
    id: string,
    action: string,
    ip: string | null,
    change: (em: EntityManager, a: AppointmentRow) => Promise<AppointmentRow>,
  ) {
    const a = inScope(p, await repo().findOne({ where: { id } }));
    const changed = await d.tx.run(async (em) => {
      const next = await change(em, a);
      await d.audit.record(em, {
        actorId: p.userId,
        action: `appointment.${action}`,
        targetType: 'appointment',
        targetId: a.id,
        ip,
        detail: { ticketCode: a.ticketCode, hall: a.hallCode },
      });
      return next;
    });
    const [shown] = await present([changed]);
    if (!shown) throw hidden();
    return shown;
  }

  return {
    async day(
      p: Principal,
      hallCode: string,
      date: string | undefined,
      status: string | undefined,
      now = d.clock.now(),
    ): Promise<StaffAppointmentList> {
      if (!servesHall(p, hallCode)) throw new NotFoundError('请求的内容不存在');
      const snapshot = await d.catalogue.current();
      const day = date ?? d.clock.today(now);
      const rows = await repo().find({
        where: { hallCode, date: day, ...(status ? { status } : {}) },
        order: { startTime: 'ASC', createdAt: 'ASC' },
      });
      return { date: day, hall: { code: hallCode, name: snapshot.hallByCode.get(hallCode)?.name ?? hallCode }, items: await present(rows) };
    },

    /** By the QR token (scanned) or the ticket code (typed); only today's appointments at this hall. */
    async checkIn(p: Principal, hallCode: string, ticket: string, ip: string | null, now = d.clock.now()): Promise<StaffAppointment> {
      if (!servesHall(p, hallCode)) throw new NotFoundError('请求的内容不存在');
      const id = d.signer.verify(ticket);
      const a = id ? await repo().findOne({ where: { id } }) : await repo().findOne({ where: { ticketCode: normalizeTicketCode(ticket) } });
      if (a?.hallCode !== hallCode) throw new NotFoundError('没有找到这个预约码，请核对后重试（预约码为8位字母和数字）');
      if (a.date !== d.clock.today(now)) throw new AppError('APPOINTMENT_STATE', 409, `这是 ${a.date} 的预约，不能今天签到`);
      if (a.status === 'pending') throw new AppError('APPOINTMENT_STATE', 409, '这个预约还未确认，请先确认');
      refuseRepeatCheckIn(a, d.clock);
      const issueQueueNumber = await d.prepareCheckIn?.(a);
      return act(p, a.id, 'check_in', ip, async (em, x) => {
        const next = await advance(em, x, ['booked'], 'checked_in');
        await issueQueueNumber?.(em);
        return next;
      });
    },

    served: (p: Principal, id: string, ip: string | null) => act(p, id, 'served', ip, (em, a) => advance(em, a, ['checked_in'], 'served')),

    noShow: (p: Principal, id: string, ip: string | null, now = d.clock.now()) =>
      act(p, id, 'no_show', ip, async (em, a) => {
        if (now < d.clock.instantOf(a.date, a.endTime)) throw new AppError('APPOINTMENT_STATE', 409, '预约时段结束后才能标记未到');
        return advance(em, a, ['booked'], 'no_show');
      }),

    confirm: (p: Principal, id: string, ip: string | null) =>
      act(p, id, 'confirm', ip, (em, a) => advance(em, a, ['pending'], 'booked', 'appointment.confirmed')),

    decline: (p: Principal, id: string, reason: string, ip: string | null) =>
      act(p, id, 'decline', ip, (em, a) => {
        if (a.status !== 'pending') throw new AppError('APPOINTMENT_STATE', 409, '只有待确认的预约可以不通过');
        return endActive(em, a, 'declined', 'appointment.declined', reason);
      }),
  };
}
export type StaffAppointments = ReturnType<typeof createStaffAppointments>;

/**
 * A code scanned twice says what happened, not "状态已变化". A checked-in appointment's last
 * change is its check-in, so its updatedAt is the check-in time.
 */
function refuseRepeatCheckIn(a: AppointmentRow, clock: DistrictClock): void {
  if (a.status === 'checked_in') {
    throw new AppError('ALREADY_CHECKED_IN', 409, `这个预约已于 ${clock.displayTime(a.updatedAt)} 签到，无需重复签到`);
  }
  if (a.status === 'served') throw new AppError('ALREADY_CHECKED_IN', 409, '这个预约已签到并办理完毕，无需再次签到');
  if (a.status === 'no_show') throw new AppError('APPOINTMENT_STATE', 409, '这个预约已标记为未到，不能再签到；请为居民重新预约或现场取号');
  if (a.status === 'cancelled' || a.status === 'declined') {
    throw new AppError('APPOINTMENT_STATE', 409, '这个预约已取消，不能签到；请为居民重新预约或现场取号');
  }
}
