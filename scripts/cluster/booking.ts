// (a) The release-time rush across instances: 200 residents, one slot of 5 places, three instances
// on three nodes. (b) One Idempotency-Key sent to every instance at once.
import { randomUUID } from 'node:crypto';
import type mysql from 'mysql2/promise';
import { at } from '../lib/at';
import { type BookingDay, BOOKING_ITEM_NAME, CAPACITY, type Context, HALL, PHONE, send } from './context';
import { burst, failures, ofStatus, request, tally } from './http';
import type { Instance } from './instances';
import { conflicts, type Rows } from './nodes';
import { expect } from './report';

/** 09:00–12:00 and 13:30–17:10 in 10-minute slots: 40 a day, every day of the week. */
const OPENING_PERIODS = [
  { weekdays: [0, 1, 2, 3, 4, 5, 6], open: '09:00', close: '12:00' },
  { weekdays: [0, 1, 2, 3, 4, 5, 6], open: '13:30', close: '17:10' },
];
const SLOTS_PER_DAY = 40;

async function getJson<T>(instance: Instance, path: string): Promise<T> {
  const a = await request<T>(instance.baseUrl, instance.index, path);
  if (a.status !== 200) throw new Error(`GET ${path}: ${a.status} ${JSON.stringify(a.body).slice(0, 300)}`);
  return a.body;
}

/** The item's own schedule at the hall (capacity 5, released at once), and its released future days. */
export async function openBookingDays(db: mysql.Connection, instance: Instance): Promise<{ itemCode: string; days: BookingDay[] }> {
  const [items] = await db.query<Rows>('SELECT code FROM service_item WHERE name = ? AND appointment_available = 1', [BOOKING_ITEM_NAME]);
  const itemCode = items[0]?.code as string | undefined;
  if (!itemCode) throw new Error(`no bookable item named ${BOOKING_ITEM_NAME} in the seeded catalogue`);
  await db.query(
    `INSERT INTO appointment_schedule (hall_code, item_code, opening_periods, slot_minutes, capacity_per_slot,
    horizon_working_days, release_time, release_working_days_before, min_notice_minutes, cancel_cutoff_minutes, requires_confirmation, updated_at)
    VALUES (?, ?, ?, 10, ?, 5, '00:00', 5, 0, 60, false, ?)`,
    [HALL, itemCode, JSON.stringify(OPENING_PERIODS), CAPACITY, new Date()],
  );
  const q = `item=${encodeURIComponent(itemCode)}&hall=${HALL}`;
  const { days } = await getJson<{ days: { date: string; open: boolean; capacity: number }[] }>(
    instance,
    `/api/v1/appointments/availability?${q}`,
  );
  // Not today: its morning may be gone.
  const open = days.slice(1).filter((d) => d.open && d.capacity === SLOTS_PER_DAY * CAPACITY);
  if (open.length < 2) throw new Error(`need two released future days of ${SLOTS_PER_DAY} slots: ${JSON.stringify(days)}`);
  const out: BookingDay[] = [];
  for (const { date } of open) {
    const { slots } = await getJson<{ slots: { id: number; bookable: boolean; free: number }[] }>(
      instance,
      `/api/v1/appointments/slots?${q}&date=${date}`,
    );
    out.push({ date, slotIds: slots.filter((s) => s.bookable && s.free === CAPACITY).map((s) => s.id) });
  }
  return { itemCode, days: out };
}

export const book = (ctx: Context, i: number, token: string, slotId: number, key: string = randomUUID()) =>
  send<{ id: string }>(ctx, i, '/api/v1/appointments', {
    token,
    headers: { 'Idempotency-Key': key },
    body: { slotId, itemCode: ctx.itemCode, contactPhone: PHONE },
  });

/** Counter and rows of one slot on one node. */
async function slotState(db: mysql.Connection, slotId: number) {
  const [slot] = await db.query<Rows>('SELECT booked FROM slot WHERE id = ?', [slotId]);
  const [rows] = await db.query<Rows>("SELECT id FROM appointment WHERE slot_id = ? AND status IN ('pending', 'booked')", [slotId]);
  return { booked: Number(slot[0]?.booked), ids: rows.map((r) => String(r.id)).sort() };
}

export async function raceForOneSlot(ctx: Context): Promise<void> {
  const RESIDENTS = 200;
  const residents = await ctx.residents(RESIDENTS);
  const slotId = at(at(ctx.days, 0).slotIds, 0);
  const before = await conflicts(ctx.nodes);
  const { answers, seconds } = await burst(residents.map((r, i) => () => book(ctx, i, r.accessToken, slotId)));
  const after = await conflicts(ctx.nodes);
  const won = ofStatus(answers, 201);
  ctx.report.fact(
    `${RESIDENTS} bookings over ${ctx.instances.length} instances in ${seconds.toFixed(2)} s (${Math.round(RESIDENTS / seconds)} req/s): ${tally(answers)}`,
  );
  if (ctx.galera)
    ctx.report.fact(
      `Galera aborted ${after.certFailures - before.certFailures} transaction(s) at certification and ${after.bfAborts - before.bfAborts} by brute force (1213), each re-run by the unit of work`,
    );
  ctx.report.check(
    `exactly ${CAPACITY} of ${RESIDENTS} residents get the slot`,
    expect(won.length === CAPACITY, `${won.length} bookings succeeded`),
  );
  ctx.report.check(
    'every other answer is 409 SLOT_FULL (no 5xx, no other error)',
    expect(ofStatus(answers, 409, 'SLOT_FULL').length === RESIDENTS - CAPACITY && failures(answers).length === 0, tally(answers)),
  );
  const ids = won.map((a) => a.body.id).sort();
  const problems: string[] = [];
  for (const [n, db] of ctx.nodes.entries()) {
    const s = await slotState(db, slotId);
    if (s.booked !== CAPACITY) problems.push(`node ${n + 1}: slot.booked = ${s.booked}`);
    if (JSON.stringify(s.ids) !== JSON.stringify(ids))
      problems.push(`node ${n + 1}: appointments ${s.ids.join(',')} ≠ answered ${ids.join(',')}`);
  }
  ctx.report.check(`every node holds booked = ${CAPACITY} and exactly the ${CAPACITY} answered appointments`, problems);
}

export async function sameKeyEverywhere(ctx: Context): Promise<void> {
  const PER_INSTANCE = 3;
  const [resident] = await ctx.residents(1);
  if (!resident) throw new Error('no resident');
  const slotId = at(at(ctx.days, 0).slotIds, 1);
  const key = randomUUID();
  const sends = PER_INSTANCE * ctx.instances.length;
  const { answers } = await burst(Array.from({ length: sends }, (_, i) => () => book(ctx, i, resident.accessToken, slotId, key)));
  ctx.report.fact(`${sends} requests with one Idempotency-Key, ${PER_INSTANCE} to each instance at once: ${tally(answers)}`);
  const ids = new Set(ofStatus(answers, 201).map((a) => a.body.id));
  ctx.report.check(
    'every request answers 201 with the same appointment',
    expect(ofStatus(answers, 201).length === sends && ids.size === 1, `${tally(answers)}; ${ids.size} distinct appointment id(s)`),
  );
  const problems: string[] = [];
  for (const [n, db] of ctx.nodes.entries()) {
    const [rows] = await db.query<Rows>('SELECT id FROM appointment WHERE user_id = ?', [resident.userId]);
    const [records] = await db.query<Rows>('SELECT COUNT(*) AS n FROM idempotency_record WHERE user_id = ? AND idem_key = ?', [
      resident.userId,
      key,
    ]);
    const s = await slotState(db, slotId);
    if (rows.length !== 1 || !ids.has(String(rows[0]?.id))) problems.push(`node ${n + 1}: ${rows.length} appointment(s) for the resident`);
    if (Number(records[0]?.n) !== 1) problems.push(`node ${n + 1}: ${records[0]?.n} idempotency records for the key`);
    if (s.booked !== 1) problems.push(`node ${n + 1}: slot.booked = ${s.booked}`);
  }
  ctx.report.check('one appointment, one idempotency record and one place taken, on every node', problems);
}
