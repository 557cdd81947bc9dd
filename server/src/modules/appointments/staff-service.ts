// Window staff: the day's appointments for their hall, check-in by QR or ticket code, served /
// no-show, confirm or decline. Staff outside the hall's scope get 404; every action is audited.
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { maskName, type StaffAppointment, type StaffAppointmentList } from '@bianmin/shared';
import { AppError, NotFoundError } from '../../errors';
import type { CatalogueReader } from '../catalogue/index';
import { type AuditLog, type DataProtector, type Principal, servesHall } from '../identity/index';
import { RealNameEntity } from '../identity/entities';
import { advance, endActive } from './booking';
import { districtToday, instantOf } from './clock';
import { AppointmentEntity, type AppointmentRow, ScheduleEntity } from './entities';
import { toStaffAppointment } from './mapper';
import { normalizeTicketCode, type TicketSigner } from './tickets';

export interface StaffDeps { dataSource: DataSource; catalogue: CatalogueReader; protector: DataProtector; signer: TicketSigner; audit: AuditLog }

export function createStaffAppointments(d: StaffDeps) {
  const repo = () => d.dataSource.getRepository(AppointmentEntity);
  const hidden = () => new NotFoundError('没有找到这个预约');

  async function inScope(p: Principal, a: AppointmentRow | null): Promise<AppointmentRow> {
    if (!a || !servesHall(p, a.hallCode)) throw hidden();
    return a;
  }

  async function present(rows: AppointmentRow[]): Promise<StaffAppointment[]> {
    const snapshot = await d.catalogue.current();
    const names = new Map((await d.dataSource.getRepository(RealNameEntity).find({ where: { userId: In([...new Set(rows.map((r) => r.userId)), '-']) } }))
      .map((r) => [r.userId, maskName(d.protector.decrypt(r.nameEnc))]));
    const schedules = new Map((await d.dataSource.getRepository(ScheduleEntity).find({ where: { id: In([...new Set(rows.map((r) => r.scheduleId)), -1]) } })).map((s) => [s.id, s]));
    return rows.map((a) => toStaffAppointment(a, names.get(a.userId) ?? '（未实名）', snapshot, d.protector, schedules.get(a.scheduleId) ?? null));
  }

  async function act(p: Principal, id: string, action: string, ip: string | null, change: (a: AppointmentRow) => Promise<AppointmentRow>) {
    const a = await inScope(p, await repo().findOne({ where: { id } }));
    const changed = await change(a);
    await d.audit.record({ actorId: p.userId, action: `appointment.${action}`, targetType: 'appointment', targetId: a.id, ip, detail: { ticketCode: a.ticketCode, hall: a.hallCode } });
    return (await present([changed]))[0]!;
  }

  return {
    async day(p: Principal, hallCode: string, date: string | undefined, status: string | undefined, now = new Date()): Promise<StaffAppointmentList> {
      if (!servesHall(p, hallCode)) throw new NotFoundError('请求的内容不存在');
      const snapshot = await d.catalogue.current();
      const day = date ?? districtToday(now);
      const rows = await repo().find({ where: { hallCode, date: day, ...(status ? { status } : {}) }, order: { startTime: 'ASC', createdAt: 'ASC' } });
      return { date: day, hall: { code: hallCode, name: snapshot.hallByCode.get(hallCode)?.name ?? hallCode }, items: await present(rows) };
    },

    /** By the QR token (scanned) or the ticket code (typed); only today's appointments at this hall. */
    async checkIn(p: Principal, hallCode: string, ticket: string, ip: string | null, now = new Date()): Promise<StaffAppointment> {
      if (!servesHall(p, hallCode)) throw new NotFoundError('请求的内容不存在');
      const id = d.signer.verify(ticket);
      const a = id ? await repo().findOne({ where: { id } }) : await repo().findOne({ where: { ticketCode: normalizeTicketCode(ticket) } });
      if (!a || a.hallCode !== hallCode) throw new NotFoundError('没有找到这个预约码，请核对后重试（预约码为8位字母和数字）');
      if (a.date !== districtToday(now)) throw new AppError('APPOINTMENT_STATE', 409, `这是 ${a.date} 的预约，不能今天签到`);
      if (a.status === 'pending') throw new AppError('APPOINTMENT_STATE', 409, '这个预约还未确认，请先确认');
      return act(p, a.id, 'check_in', ip, (x) => advance(d.dataSource, x, ['booked'], 'checked_in'));
    },

    served: (p: Principal, id: string, ip: string | null) => act(p, id, 'served', ip, (a) => advance(d.dataSource, a, ['checked_in'], 'served')),

    noShow: (p: Principal, id: string, ip: string | null, now = new Date()) => act(p, id, 'no_show', ip, async (a) => {
      if (now < instantOf(a.date, a.endTime)) throw new AppError('APPOINTMENT_STATE', 409, '预约时段结束后才能标记未到');
      return advance(d.dataSource, a, ['booked'], 'no_show');
    }),

    confirm: (p: Principal, id: string, ip: string | null) => act(p, id, 'confirm', ip, (a) => advance(d.dataSource, a, ['pending'], 'booked', 'appointment.confirmed')),

    decline: (p: Principal, id: string, reason: string, ip: string | null) => act(p, id, 'decline', ip, (a) => {
      if (a.status !== 'pending') throw new AppError('APPOINTMENT_STATE', 409, '只有待确认的预约可以不通过');
      return endActive(d.dataSource, a, 'declined', 'appointment.declined', reason);
    }),
  };
}
export type StaffAppointments = ReturnType<typeof createStaffAppointments>;
