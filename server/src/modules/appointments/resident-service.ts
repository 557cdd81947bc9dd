// Residents book a window: item → hall (nearest first) → day → slot → confirm; then see, cancel or
// move their appointments.
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { DistrictClock } from '../../platform/clock';
import type { Idempotency, KeyProbe, StoredResponse } from '../../platform/idempotency';
import type { DataProtector } from '../../platform/sealing';
import type { UnitOfWork } from '../../platform/unit-of-work';
import type { Appointment, AppointmentList, Availability, BookingOptions, BookRequest, SlotList } from '@bianmin/shared';
import { addCalendarDays } from '@bianmin/shared/calendar/working-days';
import { AppError, NotFoundError, ValidationError } from '../../errors';
import type { CatalogueReader } from '../catalogue/index';
import { distanceMeters } from '../halls/index';
import type { Principal, SessionProbe } from '../identity/index';
import { ACTIVE, endActive, recordBooking, reschedule, slotFull, takePlace } from './booking';
import { assertNotSuspended, bookableSlot, existingSlot, readRules, readSlot } from './booking-check';
import type { CalendarService } from './calendar-service';
import { AppointmentEntity, type AppointmentRow, ScheduleEntity, type ScheduleRow, type SlotRow } from './entities';
import { appointmentWithoutImage, toAppointment, withTicketImage } from './mapper';
import { cancelDeadline, inTimeFrom, plannedDays } from './release';
import { scheduleFor, slotsFor } from './slots';
import type { TicketSigner } from './tickets';

export interface NoShowPolicy {
  limit: number;
  windowDays: number;
  suspensionDays: number;
}
export interface ResidentDeps {
  dataSource: DataSource;
  tx: UnitOfWork;
  idempotency: Idempotency;
  clock: DistrictClock;
  catalogue: CatalogueReader;
  calendar: CalendarService;
  protector: DataProtector;
  signer: TicketSigner;
  noShow: NoShowPolicy;
}

const notFound = () => new NotFoundError('没有找到这个预约');

/** A booking's or a move's answer, first or replayed, with its ticket's QR image: the record keeps only the token. */
const withImage = (r: StoredResponse): StoredResponse => ({ ...r, body: withTicketImage(r.body as Appointment) });

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
    const today = d.clock.today(now);
    const closures = await d.calendar.closuresFor(hallCode, today, addCalendarDays(today, 120));
    const days = plannedDays(d.clock, schedule, calendar, closures, now);
    const slots = await slotsFor(
      d.tx,
      schedule,
      days.filter((x) => !x.closedReason).map((x) => x.date),
    );
    return { schedule, days, slots };
  }

  async function own(p: Principal, id: string): Promise<AppointmentRow> {
    const a = await appointments().findOne({ where: { id, userId: p.userId } });
    if (!a) throw notFound();
    return a;
  }

  async function present(a: AppointmentRow, known?: ScheduleRow): Promise<Appointment> {
    const schedule = known ?? (await d.dataSource.getRepository(ScheduleEntity).findOne({ where: { id: a.scheduleId } }));
    return toAppointment(a, schedule, await d.catalogue.current(), d.protector, d.signer, d.clock);
  }

  /** What booking `slot` for `itemCode` is checked against beyond the slot itself. */
  const rulesFor = (p: { userId: string }, slot: SlotRow, itemCode: string, now: Date) =>
    readRules(d.tx, slot, { itemCode, userId: p.userId, noShowsSince: addCalendarDays(d.clock.today(now), -d.noShow.windowDays) });

  return {
    async options(itemCode: string, near: { lat: number; lng: number } | undefined, now = d.clock.now()): Promise<BookingOptions> {
      const { snapshot, item } = await bookableItem(itemCode);
      const halls = [];
      for (const point of snapshot.servicePoints(item)) {
        const planned = await plan(point.hall.code, item.code, now);
        if (!planned) continue;
        const inTime = inTimeFrom(d.clock, planned.schedule, now);
        const free = planned.slots.find(
          (s) => s.booked < s.capacity && planned.days.find((x) => x.date === s.date)?.open && inTime(s.date, s.startTime),
        );
        const h = point.hall;
        halls.push({
          hall: { code: h.code, name: h.name, level: h.level as 'district', address: h.address, phone: h.phone },
          distanceMeters: near ? Math.round(distanceMeters(near, { lat: h.latitude, lng: h.longitude })) : null,
          nextFreeDate: free?.date ?? null,
          requiresConfirmation: planned.schedule.requiresConfirmation,
        });
      }
      // With `near` every hall has a distance; the 0 only satisfies the type.
      if (near) halls.sort((a, b) => (a.distanceMeters ?? 0) - (b.distanceMeters ?? 0));
      return { itemCode: item.code, itemName: item.name, halls };
    },

    async availability(itemCode: string, hallCode: string, now = d.clock.now()): Promise<Availability> {
      await bookableItem(itemCode);
      const planned = await plan(hallCode, itemCode, now);
      if (!planned) throw new ValidationError({ hall: ['这个大厅暂不提供该事项的预约'] });
      const inTime = inTimeFrom(d.clock, planned.schedule, now);
      return {
        days: planned.days.map((day) => {
          const slots = planned.slots.filter((s) => s.date === day.date);
          const capacity = slots.reduce((n, s) => n + s.capacity, 0);
          const free = slots.filter((s) => inTime(s.date, s.startTime)).reduce((n, s) => n + s.capacity - s.booked, 0);
          return {
            date: day.date,
            open: day.open,
            opensAt: day.open ? null : day.opensAt.toISOString(),
            free: day.closedReason ? 0 : free,
            capacity,
            closedReason: day.closedReason,
          };
        }),
      };
    },

    async slots(itemCode: string, hallCode: string, date: string, now = d.clock.now()): Promise<SlotList> {
      await bookableItem(itemCode);
      const planned = await plan(hallCode, itemCode, now);
      const day = planned?.days.find((x) => x.date === date);
      if (!planned || !day) throw new ValidationError({ date: ['这一天不能预约，请选择日历中可预约的日期'] });
      const inTime = inTimeFrom(d.clock, planned.schedule, now);
      return {
        date,
        slots: planned.slots
          .filter((s) => s.date === date)
          .map((s) => ({
            id: s.id,
            start: s.startTime,
            end: s.endTime,
            capacity: s.capacity,
            free: s.capacity - s.booked,
            bookable: day.open && s.booked < s.capacity && inTime(s.date, s.startTime),
          })),
      };
    },

    /**
     * Books a place, once per Idempotency-Key. The rules are checked from one read of the slot
     * before the transaction (a full slot — most of a rush — is refused there); the transaction
     * writes the appointment, its event and the idempotency record, and takes the place last (the
     * slot row's lock is then held only until the commit right after it).
     */
    /** `p` is a caller whose session rides along the slot's read (the router's mountForCaller), or one already checked. */
    async book(p: { userId: string; session?: SessionProbe }, key: string, req: BookRequest, now = d.clock.now()): Promise<StoredResponse> {
      const answer = await d.idempotency.run(
        { ownerId: p.userId, key, operation: 'appointment.book', request: req },
        async (em, { slot, schedule, snapshot }) => {
          const a = await recordBooking(em, {
            userId: p.userId,
            itemCode: req.itemCode,
            slot,
            contactPhoneEnc: d.protector.encrypt(req.contactPhone),
            pending: schedule.requiresConfirmation,
          });
          // Nothing inside the transaction may take a second connection from the pool: under a
          // burst every connection can be held by a transaction waiting for this one.
          return { status: 201, body: appointmentWithoutImage(a, schedule, snapshot, d.protector, d.signer, d.clock) };
        },
        async (probe: KeyProbe) => {
          // One statement answers most of a rush: the slot is full (and the key unanswered).
          const read = await readSlot(d.tx, req.slotId, probe, p.session);
          await p.session?.settle(); // read along the slot, unless there was no slot: nothing is decided before it
          if (read && read.booked >= read.capacity) throw slotFull();
          const slot = existingSlot(read);
          const rules = await rulesFor(p, slot, req.itemCode, now);
          if (!rules.realNameVerified) throw new AppError('REAL_NAME_REQUIRED', 403, '预约前请先完成实名认证（我的 → 实名认证）');
          assertNotSuspended(d.clock, d.noShow, rules.noShows, now);
          const { snapshot } = await bookableItem(req.itemCode);
          return { ...bookableSlot(slot, rules, d.clock, await d.calendar.calendar(), now), snapshot };
        },
        (em, { slot }) => takePlace(em, slot.id),
      );
      return withImage(answer);
    },

    async mine(p: Principal, when: 'upcoming' | 'past', now = d.clock.now()): Promise<AppointmentList> {
      const today = d.clock.today(now);
      const rows = await appointments().find({
        where: { userId: p.userId },
        order: { date: when === 'upcoming' ? 'ASC' : 'DESC', startTime: 'ASC' },
        take: 200,
      });
      const chosen = rows.filter((a) =>
        when === 'upcoming'
          ? a.date >= today && [...ACTIVE, 'checked_in'].includes(a.status)
          : a.date < today || ![...ACTIVE, 'checked_in'].includes(a.status),
      );
      return { items: await Promise.all(chosen.slice(0, 50).map((a) => present(a))) };
    },

    get: async (p: Principal, id: string) => present(await own(p, id)),

    async cancel(p: Principal, id: string, now = d.clock.now()): Promise<Appointment> {
      const a = await own(p, id);
      const schedule = await d.dataSource.getRepository(ScheduleEntity).findOne({ where: { id: a.scheduleId } });
      if (schedule && now >= cancelDeadline(d.clock, schedule, a.date, a.startTime)) {
        throw new AppError(
          'CANCEL_TOO_LATE',
          409,
          `已超过取消截止时间（预约开始前${schedule.cancelCutoffMinutes}分钟），如不能到场请致电大厅`,
        );
      }
      return present(await d.tx.run((em) => endActive(em, a, 'cancelled', 'appointment.cancelled')));
    },

    /** Moves an appointment to another slot, once per Idempotency-Key. */
    async reschedule(p: Principal, key: string, id: string, slotId: number, now = d.clock.now()): Promise<StoredResponse> {
      const answer = await d.idempotency.run(
        { ownerId: p.userId, key, operation: 'appointment.reschedule', request: { id, slotId } },
        async (em, { a, slot, schedule, snapshot }) => ({
          status: 200,
          body: appointmentWithoutImage(await reschedule(em, a, slot), schedule, snapshot, d.protector, d.signer, d.clock),
        }),
        async (probe: KeyProbe) => {
          const a = await own(p, id);
          if (!ACTIVE.includes(a.status)) throw new AppError('APPOINTMENT_STATE', 409, '这个预约已结束，不能改约');
          const to = existingSlot(await readSlot(d.tx, slotId, probe));
          // No-shows do not stop a move: the place is already held.
          const rules = await rulesFor(p, to, a.itemCode, now);
          const { slot, schedule } = bookableSlot(to, rules, d.clock, await d.calendar.calendar(), now);
          return { a, slot, schedule, snapshot: await d.catalogue.current() };
        },
      );
      return withImage(answer);
    },

    /** For tests and the staff list: counter versus rows. */
    activeCount: (slotId: number) =>
      appointments().count({ where: { slotId, status: In([...ACTIVE, 'checked_in', 'served', 'no_show']) } }),
  };
}
export type ResidentAppointments = ReturnType<typeof createResidentAppointments>;
