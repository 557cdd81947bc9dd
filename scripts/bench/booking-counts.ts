// After a rush: what the database holds. Every counter must equal the appointment rows behind it
// and stay within capacity, for ours and for the baselines' copies of the tables.
import type mysql from 'mysql2/promise';
import { BARE_TABLE } from './bare-server';
import { SAME_WORK_TABLES } from './bare-same-work';
import { at } from '../lib/at';
import { countOf, emptyResult, type LoadResult, rate } from './load';

export const created = (l: LoadResult) => countOf(l, '201');
export const slotFull = (l: LoadResult) => countOf(l, '409 SLOT_FULL');
/** Answers other than a booking or SLOT_FULL, by kind. */
export const others = (l: LoadResult) => [...l.answers].filter(([key]) => key !== '201' && key !== '409 SLOT_FULL');

/** Rounds of one server as one result: all answers and latencies, over the rounds' summed time. */
export function merged(runs: LoadResult[]): LoadResult {
  const out = emptyResult();
  for (const l of runs) {
    out.seconds += l.seconds;
    out.latencies.push(...l.latencies);
    for (const [k, n] of l.answers) out.answers.set(k, (out.answers.get(k) ?? 0) + n);
    Object.assign(out, { errors: out.errors + l.errors, timeouts: out.timeouts + l.timeouts, sent: out.sent + l.sent });
  }
  return out;
}

/**
 * Throughput of `a` over `b`, round by round in the order run: a first round slower than the rest
 * would say the warm-up left something cold. Each round runs the servers back to back: a burst of
 * load from elsewhere on the machine hits one round's servers alike.
 */
export const perRound = (a: LoadResult[], b: LoadResult[]) => a.map((l, r) => rate(l) / rate(at(b, r)));
/** "0.71 0.66 0.74 (median 0.71)": the ratios in round order, and their median. */
export function spread(inOrder: number[]): string {
  const xs = [...inOrder].sort((x, y) => x - y);
  const median = (at(xs, Math.floor((xs.length - 1) / 2)) + at(xs, Math.floor(xs.length / 2))) / 2;
  return `${inOrder.map((x) => x.toFixed(2)).join(' ')} (median ${median.toFixed(2)})`;
}

/** Counter and rows per slot: ours from `slot` and `appointment`, the bare one from its own table. */
export async function checkOurs(db: mysql.Connection, slotIds: number[]) {
  const [slots] = await db.query<mysql.RowDataPacket[]>('SELECT id, capacity, booked FROM slot WHERE id IN (?)', [slotIds]);
  const [rows] = await db.query<mysql.RowDataPacket[]>(
    `SELECT slot_id, COUNT(*) AS n, SUM(status IN ('pending', 'booked', 'checked_in')) AS active FROM appointment WHERE slot_id IN (?) GROUP BY slot_id`,
    [slotIds],
  );
  const bySlot = new Map(rows.map((r) => [Number(r.slot_id), { n: Number(r.n), active: Number(r.active) }]));
  const booked = slots.reduce((n, s) => n + Number(s.booked), 0);
  const appointments = rows.reduce((n, r) => n + Number(r.n), 0);
  const mismatched = slots.filter(
    (s) =>
      Number(s.booked) > Number(s.capacity) ||
      Number(s.booked) !== (bySlot.get(Number(s.id))?.active ?? 0) ||
      (bySlot.get(Number(s.id))?.n ?? 0) !== (bySlot.get(Number(s.id))?.active ?? 0),
  ).length;
  return { booked, appointments, mismatched };
}

export async function checkBare(db: mysql.Connection, slotIds: number[]) {
  const [slots] = await db.query<mysql.RowDataPacket[]>(`SELECT capacity, booked FROM ${BARE_TABLE} WHERE id IN (?)`, [slotIds]);
  const [rows] = await db.query<mysql.RowDataPacket[]>(`SELECT COUNT(*) AS n FROM ${SAME_WORK_TABLES.appointment} WHERE slot_id IN (?)`, [
    slotIds,
  ]);
  return {
    booked: slots.reduce((n, s) => n + Number(s.booked), 0),
    appointments: Number(rows[0]?.n ?? 0),
    mismatched: slots.filter((s) => Number(s.booked) > Number(s.capacity)).length,
  };
}

/**
 * What went wrong in the answers: a warm-up may answer nothing but bookings and SLOT_FULL; every
 * timed round of every server books exactly `places` and refuses exactly `refusals`.
 */
export function answerProblems(
  warmUps: [string, LoadResult][],
  rounds: [string, LoadResult[]][],
  expected: { places: number; refusals: number },
): string[] {
  const problems: string[] = [];
  const unexpected = (name: string, l: LoadResult) => {
    if (l.errors + l.timeouts) problems.push(`${name}: ${l.errors + l.timeouts} connection errors or timeouts`);
    for (const [what, n] of others(l)) problems.push(`${name}: ${n} × ${what}`);
  };
  for (const [name, l] of warmUps) unexpected(name, l);
  for (const [server, runs] of rounds)
    runs.forEach((l, r) => {
      const name = `${server} round ${r + 1}`;
      if (created(l) !== expected.places) problems.push(`${name}: ${created(l)} bookings succeeded, expected exactly ${expected.places}`);
      if (slotFull(l) !== expected.refusals) problems.push(`${name}: ${slotFull(l)} SLOT_FULL, expected ${expected.refusals}`);
      unexpected(name, l);
    });
  return problems;
}

type Counted = Awaited<ReturnType<typeof checkBare>>;

/** What the database holds against the `total` bookings made on each server. */
export function countProblems(
  total: number,
  db: { ours: Awaited<ReturnType<typeof checkOurs>>; same: Counted; bare: Counted; along: Counted },
): string[] {
  const problems: string[] = [];
  if (db.ours.booked !== total) problems.push(`ours: SUM(slot.booked) = ${db.ours.booked}, expected ${total}`);
  if (db.ours.appointments !== total) problems.push(`ours: ${db.ours.appointments} appointment rows, expected ${total}`);
  if (db.ours.mismatched)
    problems.push(`ours: ${db.ours.mismatched} slot(s) whose counter differs from their active appointments or exceeds capacity`);
  for (const [name, c] of [
    ['same-work', db.same],
    ['same-work (session along)', db.along],
  ] as const)
    if (c.booked !== total || c.appointments !== total)
      problems.push(`${name}: SUM(booked) = ${c.booked}, ${c.appointments} appointment rows, expected ${total}`);
  if (db.bare.booked !== total) problems.push(`bare: SUM(booked) = ${db.bare.booked}, expected ${total}`);
  if (db.bare.mismatched) problems.push(`bare: ${db.bare.mismatched} slot(s) over capacity`);
  return problems;
}
