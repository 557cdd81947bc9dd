// Bookable places for the mixed bench: a schedule for 居住证办理 at the district hall, written
// directly, released for every future day of its horizon; the API materialises the slots.
import type mysql from 'mysql2/promise';
import { getJson } from './bench-db';

const HALL = 'cy-district';
const ITEM_NAME = '居住证办理';
const OPENING_PERIODS = [
  { weekdays: [0, 1, 2, 3, 4, 5, 6], open: '09:00', close: '12:00' },
  { weekdays: [0, 1, 2, 3, 4, 5, 6], open: '13:30', close: '17:00' },
];

export async function openMixedSlots(db: mysql.Connection, baseUrl: string) {
  const [items] = await db.query<mysql.RowDataPacket[]>('SELECT code FROM service_item WHERE name = ? AND appointment_available = 1', [
    ITEM_NAME,
  ]);
  const itemCode = items[0]?.code as string | undefined;
  if (!itemCode) throw new Error(`no bookable item named ${ITEM_NAME} in the seeded catalogue`);
  await db.query(
    `INSERT INTO appointment_schedule (hall_code, item_code, opening_periods, slot_minutes, capacity_per_slot,
    horizon_working_days, release_time, release_working_days_before, min_notice_minutes, cancel_cutoff_minutes, requires_confirmation, updated_at)
    VALUES (?, ?, ?, 30, 5, 5, '00:00', 5, 0, 60, false, ?)`,
    [HALL, itemCode, JSON.stringify(OPENING_PERIODS), new Date()],
  );
  const q = `item=${encodeURIComponent(itemCode)}&hall=${HALL}`;
  const availabilityPath = `/api/v1/appointments/availability?${q}`;
  const { days } = await getJson<{ days: { date: string; open: boolean }[] }>(`${baseUrl}${availabilityPath}`);
  const slotIds: number[] = [];
  // Not today: its morning may be gone, and a slot that has started is refused for another reason.
  for (const day of days.slice(1).filter((d) => d.open)) {
    const { slots } = await getJson<{ slots: { id: number; bookable: boolean }[] }>(
      `${baseUrl}/api/v1/appointments/slots?${q}&date=${day.date}`,
    );
    slotIds.push(...slots.filter((s) => s.bookable).map((s) => s.id));
  }
  if (!slotIds.length) throw new Error(`no bookable slots: ${JSON.stringify(days)}`);
  return { itemCode, availabilityPath, slotIds };
}
