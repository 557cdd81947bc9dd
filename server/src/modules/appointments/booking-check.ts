// What a booking (or a move to another slot) is checked against, read before its transaction in
// two statements. The first is all most of a rush needs: the slot's counter (a full slot is
// refused at once) and, through the idempotency platform's probe column, whether the
// Idempotency-Key already has an answer. Only a slot with room left needs the second: the slot's schedule if it is the
// one for this item at the hall, the day's closure and the resident's recent no-shows (one
// statement: the rules of `scheduleFor`, `closuresFor` and the no-show policy, in SQL). Nothing
// here is cached: every instance reads what the database holds at that instant, a closure or a
// holiday just added on another node included. The conditional update in the transaction stays the real guard
// of capacity.
import { addCalendarDays, type WorkingCalendar } from '@bianmin/shared/calendar/working-days';
import { AppError, ValidationError } from '../../errors';
import type { DistrictClock } from '../../platform/clock';
import { type ReadProbe, tellProbes, withProbes } from '../../platform/read-probe';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { slotFull } from './booking';
import { SLOT_SQL_COLUMNS, slotOf, type SlotRow, type SlotSqlRow } from './entities';
import { plannedDay, type ScheduleRules, startsInTime } from './release';

export interface SlotRules {
  /** The slot's schedule, null when another schedule now applies to this item at the hall. */
  schedule: ScheduleRules | null;
  closedReason: string | null;
  /**
   * The slot's day was made a holiday (an administrator's override). Read here because the working
   * calendar is cached for a few seconds per instance: another instance's new holiday counts at once.
   */
  holiday: boolean;
  /** The resident's no-shows on or after the `noShowsSince` asked for: how many, and the latest date. */
  noShows: { count: number; latest: string | null };
  /** The resident's real name is verified (read here: only a booking that can succeed needs it). */
  realNameVerified: boolean;
}

/** Plain SQL rows as the drivers return them: MySQL may give numbers as strings, booleans as 0/1. */
type Num = number | string;
interface RulesRow {
  sc_id: number;
  sc_hall_code: string;
  sc_item_code: string;
  opening_periods: string;
  slot_minutes: Num;
  capacity_per_slot: Num;
  horizon_working_days: Num;
  release_time: string;
  release_working_days_before: Num;
  min_notice_minutes: Num;
  cancel_cutoff_minutes: Num;
  requires_confirmation: Num | boolean;
  applicable_schedule_id: Num | null;
  closed_reason: string | null;
  holiday: Num;
  no_shows: Num;
  latest_no_show: string | null;
  verified: Num;
}

const SLOT_READ = `SELECT ${SLOT_SQL_COLUMNS}, {probes} FROM slot s WHERE s.id = ?`;

/**
 * The slot, or null when there is none. What the probes ask (the Idempotency-Key's "already
 * answered?", the caller's "session still good?") comes with the slot's row, told in the order
 * given; a slot that does not exist (rare: a stale page) leaves them untold, and their owners read
 * for themselves. (A LEFT JOIN from a one-row derived table would always answer them, at ~10 µs of
 * MariaDB per read.)
 */
export async function readSlot(tx: UnitOfWork, slotId: number, ...probes: (ReadProbe | undefined)[]): Promise<SlotRow | null> {
  const asked = probes.filter((p) => p !== undefined);
  const { sql, params } = withProbes(SLOT_READ, [slotId], asked);
  const [row] = await tx.select<SlotSqlRow>(sql, params);
  if (!row) return null;
  tellProbes(row, asked);
  return slotOf(row);
}

const notThisItem = () => new ValidationError({ slotId: ['这个时段不能预约这个事项，请重新选择'] });

// The applicable schedule is the item's own at the hall, else the hall's general one ('' sorts
// first, so DESC prefers the item's). A slot of the item's own schedule needs no lookup: (hall,
// item) is unique. The schedule's row itself is the FROM: a derived one-row table to LEFT JOIN it
// from cost MariaDB a fifth of this statement; a schedule gone since the slot was read (no row) is
// refused like a slot of another schedule.
const RULES = `SELECT sc.id AS sc_id, sc.hall_code AS sc_hall_code, sc.item_code AS sc_item_code, sc.opening_periods,
    sc.slot_minutes, sc.capacity_per_slot, sc.horizon_working_days, sc.release_time, sc.release_working_days_before,
    sc.min_notice_minutes, sc.cancel_cutoff_minutes, sc.requires_confirmation,
    CASE WHEN sc.item_code = ? THEN sc.id ELSE (SELECT o.id FROM appointment_schedule o WHERE o.hall_code = ? AND o.item_code IN (?, '')
      ORDER BY o.item_code DESC LIMIT 1) END AS applicable_schedule_id,
    (SELECT MIN(c.reason) FROM closure c WHERE c.hall_code IN (?, '') AND c.date = ?) AS closed_reason,
    EXISTS (SELECT 1 FROM calendar_override v WHERE v.date = ? AND v.kind = 'holiday') AS holiday,
    (SELECT COUNT(*) FROM appointment a WHERE a.user_id = ? AND a.status = 'no_show' AND a.date >= ?) AS no_shows,
    (SELECT MAX(a.date) FROM appointment a WHERE a.user_id = ? AND a.status = 'no_show' AND a.date >= ?) AS latest_no_show,
    EXISTS (SELECT 1 FROM real_name n WHERE n.user_id = ?) AS verified
  FROM appointment_schedule sc WHERE sc.id = ?`;

/** What the rules need beyond the slot, in one round trip. */
export async function readRules(
  tx: UnitOfWork,
  slot: SlotRow,
  q: { itemCode: string; userId: string; noShowsSince: string },
): Promise<SlotRules> {
  const params = [
    ...[q.itemCode, slot.hallCode, q.itemCode], // applicable schedule
    ...[slot.hallCode, slot.date], // closure
    slot.date, // holiday
    ...[q.userId, q.noShowsSince, q.userId, q.noShowsSince], // no-shows
    q.userId, // real name
    slot.scheduleId,
  ];
  const [row] = await tx.select<RulesRow>(RULES, params);
  if (!row) throw notThisItem();
  const applies = Number(row.applicable_schedule_id) === slot.scheduleId;
  return {
    schedule: applies ? scheduleOf(row) : null,
    closedReason: row.closed_reason,
    holiday: Number(row.holiday) === 1,
    noShows: { count: Number(row.no_shows), latest: row.latest_no_show },
    realNameVerified: Number(row.verified) === 1,
  };
}

/** The opening periods are JSON text (TypeORM's simple-json). */
function scheduleOf(r: RulesRow): ScheduleRules {
  return {
    id: r.sc_id,
    hallCode: r.sc_hall_code,
    itemCode: r.sc_item_code,
    openingPeriods: JSON.parse(r.opening_periods) as ScheduleRules['openingPeriods'],
    slotMinutes: Number(r.slot_minutes),
    capacityPerSlot: Number(r.capacity_per_slot),
    horizonWorkingDays: Number(r.horizon_working_days),
    releaseTime: r.release_time,
    releaseWorkingDaysBefore: Number(r.release_working_days_before),
    minNoticeMinutes: Number(r.min_notice_minutes),
    cancelCutoffMinutes: Number(r.cancel_cutoff_minutes),
    requiresConfirmation: Number(r.requires_confirmation) === 1,
  };
}

/** A resident with `limit` no-shows in the window may not book online until the suspension ends. */
export function assertNotSuspended(
  clock: DistrictClock,
  policy: { limit: number; windowDays: number; suspensionDays: number },
  noShows: SlotRules['noShows'],
  now: Date,
): void {
  if (!noShows.latest || noShows.count < policy.limit) return;
  const until = addCalendarDays(noShows.latest, policy.suspensionDays); // counted from the latest no-show
  if (clock.today(now) < until) {
    throw new AppError(
      'BOOKING_SUSPENDED',
      403,
      `您在${policy.windowDays}天内有${noShows.count}次预约未到，${until}前暂停网上预约；可直接到窗口办理`,
    );
  }
}

export function existingSlot(slot: SlotRow | null): SlotRow {
  if (!slot) throw new ValidationError({ slotId: ['这个时段不存在，请重新选择'] });
  return slot;
}

/** The slot, checked against its schedule's release and notice rules. */
export function bookableSlot(slot: SlotRow, rules: SlotRules, clock: DistrictClock, calendar: WorkingCalendar, now: Date) {
  if (slot.booked >= slot.capacity) throw slotFull();
  const { schedule } = rules;
  if (!schedule) throw notThisItem();
  const day = plannedDay(clock, schedule, calendar, rules.closedReason, slot.date, now);
  if (!day || rules.holiday) throw new ValidationError({ slotId: ['这个时段不在可预约的日期内，请重新选择'] });
  if (!day.open) {
    throw new AppError(
      'SLOT_NOT_OPEN',
      400,
      day.closedReason ? `当天暂停办理：${day.closedReason}` : `该日号源将于 ${clock.display(day.opensAt)} 放出，请届时再来预约`,
    );
  }
  if (!startsInTime(clock, schedule, slot.date, slot.startTime, now)) {
    throw new AppError('SLOT_NOT_OPEN', 400, `需至少提前${schedule.minNoticeMinutes}分钟预约，请选择更晚的时段`);
  }
  return { slot, schedule };
}
