// Residents book a window: item → hall (nearest first) → day → slot → confirm; then see, cancel or
// move their appointments.
import type { DataSource } from 'typeorm';
import { In, MoreThanOrEqual } from 'typeorm';
import type {
  Appointment, AppointmentList, Availability, BookingOptions, BookRequest, SlotList,
} from '@bianmin/shared';
import { addCalendarDays } from '@bianmin/shared/calendar/working-days';
import { AppError, NotFoundError, ValidationError } from '../../errors';
import type { CatalogueReader } from '../catalogue/index';
import { distanceMeters } from '../halls/geo';
import type { DataProtector, Principal } from '../identity/index';
import { RealNameEntity } from '../identity/entities';
import { ACTIVE, book, endActive, reschedule, slotFull } from './booking';
import type { CalendarService } from './calendar-service';
import { districtToday, displayInstant } from './clock';
import { AppointmentEntity, type AppointmentRow, ScheduleEntity, type ScheduleRow, SlotEntity } from './entities';
import { toAppointment } from './mapper';
import { cancelDeadline, plannedDays, startsInTime } from './release';
import { scheduleFor, slotsFor } from './slots';
import type { TicketSigner } from './tickets';

export interface NoShowPolicy { limit: number; windowDays: number; suspensionDays: number }
export interface ResidentDeps {
  dataSource: DataSource; catalogue: CatalogueReader; calendar: CalendarService; protector: DataProtector; signer: TicketSigner; noShow: NoShowPolicy;
}

const notFound = () => new NotFoundError('没有找到这个预约');

export function createResidentAppointments(d: ResidentDeps) {
  const appointments = () => d.dataSource.getRepository(AppointmentEntity);

  async function bookableItem(itemCode: string) {
    const snapshot = await d.catalogue.current();
    const item = snapshot.itemByCode.get(itemCode);
    if (!item) throw new ValidationError({ item: ['没有这个事项'] });
    if (!item.appointmentAvailable) throw new ValidationError({ item: ['这个事项不提供预约，请直接到窗口办理'] });
    return { snapshot, item };
  }

  /** Days and slots of one schedule, with what can be booked right now. */
  async function plan(hallCode: string, itemCode: string, now: Date) {
    const schedule = await scheduleFor(d.dataSource, hallCode, itemCode);
    if (!schedule) return null;
    const calendar = await d.calendar.calendar();
    const today = districtToday(now);
    const closures = await d.calendar.closuresFor(hallCode, today, addCalendarDays(today, 120));
    const days = plannedDays(schedule, calendar, closures, now);
    const slots = await slotsFor(d.dataSource, schedule, days.filter((x) => !x.closedReason).map((x) => x.date));
    return { schedule, days, slots };
  }

  async function own(p: Principal, id: string): Promise<AppointmentRow> {
    const a = await appointments().findOne({ where: { id, userId: p.userId } });
    if (!a) throw notFound();
    return a;
  }

  async function present(a: AppointmentRow, known?: ScheduleRow): Promise<Appointment> {
    const schedule = known ?? await d.dataSource.getRepository(ScheduleEntity).findOne({ where: { id: a.scheduleId } });
    return toAppointment(a, schedule, await d.catalogue.current(), d.protector, d.signer);
  }

  async function assertMayBook(p: Principal, now: Date) {
    if (!(await d.dataSource.getRepository(RealNameEntity).findOne({ where: { userId: p.userId } }))) {
      throw new AppError('REAL_NAME_REQUIRED', 403, '预约前请先完成实名认证（我的 → 实名认证）');
    }
    const since = addCalendarDays(districtToday(now), -d.noShow.windowDays);
    const missed = await appointments().find({ where: { userId: p.userId, status: 'no_show', date: MoreThanOrEqual(since) }, order: { date: 'DESC' } });
    if (missed.length >= d.noShow.limit) {
      const until = addCalendarDays(missed[0]!.date, d.noShow.suspensionDays);
      if (districtToday(now) < until) {
        throw new AppError('BOOKING_SUSPENDED', 403, `您在${d.noShow.windowDays}天内有${missed.length}次预约未到，${until}前暂停网上预约；可直接到窗口办理`);
      }
    }
  }

  /**
   * The slot, checked against its schedule's release and notice rules. A full slot is refused at once
   * (most losers of a rush stop here); the conditional update in the transaction stays the real guard.
   */
  async function bookableSlot(slotId: number, itemCode: string, now: Date) {
    const slot = await d.dataSource.getRepository(SlotEntity).findOne({ where: { id: slotId } });
    if (!slot) throw new ValidationError({ slotId: ['这个时段不存在，请重新选择'] });
    if (slot.booked >= slot.capacity) throw slotFull();
    const schedule = await scheduleFor(d.dataSource, slot.hallCode, itemCode);
    if (schedule?.id !== slot.scheduleId) throw new ValidationError({ slotId: ['这个时段不能预约这个事项，请重新选择'] });
    const closures = await d.calendar.closuresFor(slot.hallCode, slot.date, slot.date);
    const day = plannedDays(schedule, await d.calendar.calendar(), closures, now).find((x) => x.date === slot.date);
    if (!day) throw new ValidationError({ slotId: ['这个时段不在可预约的日期内，请重新选择'] });
    if (!day.open) {
      throw new AppError('SLOT_NOT_OPEN', 400, day.closedReason ? `当天暂停办理：${day.closedReason}` : `该日号源将于 ${displayInstant(day.opensAt)} 放出，请届时再来预约`);
    }
    if (!startsInTime(schedule, slot.date, slot.startTime, now)) {
      throw new AppError('SLOT_NOT_OPEN', 400, `需至少提前${schedule.minNoticeMinutes}分钟预约，请选择更晚的时段`);
    }
    return { slot, schedule };
  }

  return {
    async options(itemCode: string, near: { lat: number; lng: number } | undefined, now = new Date()): Promise<BookingOptions> {
      const { snapshot, item } = await bookableItem(itemCode);
      const halls = [];
      for (const point of snapshot.servicePoints(item)) {
        const planned = await plan(point.hall.code, item.code, now);
        if (!planned) continue;
        const free = planned.slots.find((s) => s.booked < s.capacity && planned.days.find((x) => x.date === s.date)?.open && startsInTime(planned.schedule, s.date, s.startTime, now));
        const h = point.hall;
        halls.push({
          hall: { code: h.code, name: h.name, level: h.level as 'district', address: h.address, phone: h.phone },
          distanceMeters: near ? Math.round(distanceMeters(near, { lat: h.latitude, lng: h.longitude })) : null,
          nextFreeDate: free?.date ?? null,
          requiresConfirmation: planned.schedule.requiresConfirmation,
        });
      }
      if (near) halls.sort((a, b) => a.distanceMeters! - b.distanceMeters!);
      return { itemCode: item.code, itemName: item.name, halls };
    },

    async availability(itemCode: string, hallCode: string, now = new Date()): Promise<Availability> {
      await bookableItem(itemCode);
      const planned = await plan(hallCode, itemCode, now);
      if (!planned) throw new ValidationError({ hall: ['这个大厅暂不提供该事项的预约'] });
      return {
        days: planned.days.map((day) => {
          const slots = planned.slots.filter((s) => s.date === day.date);
          const capacity = slots.reduce((n, s) => n + s.capacity, 0);
          const free = slots.filter((s) => startsInTime(planned.schedule, s.date, s.startTime, now)).reduce((n, s) => n + s.capacity - s.booked, 0);
          return { date: day.date, open: day.open, opensAt: day.open ? null : day.opensAt.toISOString(), free: day.closedReason ? 0 : free, capacity, closedReason: day.closedReason };
        }),
      };
    },

    async slots(itemCode: string, hallCode: string, date: string, now = new Date()): Promise<SlotList> {
      await bookableItem(itemCode);
      const planned = await plan(hallCode, itemCode, now);
      const day = planned?.days.find((x) => x.date === date);
      if (!planned || !day) throw new ValidationError({ date: ['这一天不能预约，请选择日历中可预约的日期'] });
      return {
        date,
        slots: planned.slots.filter((s) => s.date === date).map((s) => ({
          id: s.id, start: s.startTime, end: s.endTime, capacity: s.capacity, free: s.capacity - s.booked,
          bookable: day.open && s.booked < s.capacity && startsInTime(planned.schedule, s.date, s.startTime, now),
        })),
      };
    },

    async book(p: Principal, req: BookRequest, now = new Date()): Promise<Appointment> {
      await assertMayBook(p, now);
      await bookableItem(req.itemCode);
      const { slot, schedule } = await bookableSlot(req.slotId, req.itemCode, now);
      const a = await book(d.dataSource, {
        userId: p.userId, itemCode: req.itemCode, slot, contactPhoneEnc: d.protector.encrypt(req.contactPhone), pending: schedule.requiresConfirmation,
      });
      return present(a, schedule);
    },

    async mine(p: Principal, when: 'upcoming' | 'past', now = new Date()): Promise<AppointmentList> {
      const today = districtToday(now);
      const rows = await appointments().find({ where: { userId: p.userId }, order: { date: when === 'upcoming' ? 'ASC' : 'DESC', startTime: 'ASC' }, take: 200 });
      const chosen = rows.filter((a) => (when === 'upcoming' ? a.date >= today && [...ACTIVE, 'checked_in'].includes(a.status) : a.date < today || ![...ACTIVE, 'checked_in'].includes(a.status)));
      return { items: await Promise.all(chosen.slice(0, 50).map((a) => present(a))) };
    },

    get: async (p: Principal, id: string) => present(await own(p, id)),

    /** The rush's common answer, from one read; the booking transaction still decides for real. */
    async refuseIfFull(slotId: number): Promise<void> {
      // Plain SQL: this runs for every request of a rush, most of which it answers.
      const [slot] = (await d.dataSource.query('SELECT booked, capacity FROM slot WHERE id = ?', [slotId])) as { booked: number; capacity: number }[];
      if (slot && Number(slot.booked) >= Number(slot.capacity)) throw slotFull();
    },

    async cancel(p: Principal, id: string, now = new Date()): Promise<Appointment> {
      const a = await own(p, id);
      const schedule = await d.dataSource.getRepository(ScheduleEntity).findOne({ where: { id: a.scheduleId } });
      if (schedule && now >= cancelDeadline(schedule, a.date, a.startTime)) {
        throw new AppError('CANCEL_TOO_LATE', 409, `已超过取消截止时间（预约开始前${schedule.cancelCutoffMinutes}分钟），如不能到场请致电大厅`);
      }
      return present(await endActive(d.dataSource, a, 'cancelled', 'appointment.cancelled'));
    },

    async reschedule(p: Principal, id: string, slotId: number, now = new Date()): Promise<Appointment> {
      const a = await own(p, id);
      if (!ACTIVE.includes(a.status)) throw new AppError('APPOINTMENT_STATE', 409, '这个预约已结束，不能改约');
      const { slot } = await bookableSlot(slotId, a.itemCode, now);
      return present(await reschedule(d.dataSource, a, slot));
    },

    /** For tests and the staff list: counter versus rows. */
    activeCount: (slotId: number) => appointments().count({ where: { slotId, status: In([...ACTIVE, 'checked_in', 'served', 'no_show']) } }),
  };
}
export type ResidentAppointments = ReturnType<typeof createResidentAppointments>;
