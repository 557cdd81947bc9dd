// After a rush: what the database holds. Every counter must equal the appointment rows behind it
// and stay within capacity, for ours and for the baselines' copies of the tables.
import type mysql from 'mysql2/promise';
import { BARE_TABLE } from './bare-server';
import { SAME_WORK_TABLES } from './bare-same-work';

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
