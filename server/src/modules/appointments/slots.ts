// Finding the schedule for an item at a hall, and materialising its slots for the bookable days.
// Slots are rows with a capacity and a booked counter; creating them is idempotent (unique key).
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { isDuplicateKey } from '../../platform/db-errors';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { ScheduleEntity, type ScheduleRow, SLOT_SQL_COLUMNS, SlotEntity, slotOf, type SlotRow, type SlotSqlRow } from './entities';
import { slotTimesOn } from './release';

/**
 * The slots of a schedule on these days, in plain SQL: an availability read covers the whole horizon
 * (hundreds of slots), and TypeORM's hydrating each row was half of its cost.
 */
async function readSlots(tx: UnitOfWork, scheduleId: number, dates: string[]): Promise<SlotRow[]> {
  const rows = await tx.select<SlotSqlRow>(
    `SELECT ${SLOT_SQL_COLUMNS} FROM slot s WHERE s.schedule_id = ? AND s.date IN (${dates.map(() => '?').join(', ')})`,
    [scheduleId, ...dates],
  );
  return rows.map(slotOf);
}

/** The item's own schedule at the hall, else the hall's general one. */
export async function scheduleFor(dataSource: DataSource, hallCode: string, itemCode: string): Promise<ScheduleRow | null> {
  const rows = await dataSource.getRepository(ScheduleEntity).find({ where: { hallCode, itemCode: In([itemCode, '']) } });
  return rows.find((r) => r.itemCode === itemCode) ?? rows.find((r) => r.itemCode === '') ?? null;
}

/** The slots of these days, created on first need. */
export async function slotsFor(tx: UnitOfWork, schedule: ScheduleRow, dates: string[]): Promise<SlotRow[]> {
  if (!dates.length) return [];
  const existing = await readSlots(tx, schedule.id, dates);
  const have = new Set(existing.map((s) => `${s.date} ${s.startTime}`));
  const missing = dates.flatMap((date) =>
    slotTimesOn(schedule, date)
      .filter((t) => !have.has(`${date} ${t.start}`))
      .map((t) => ({
        scheduleId: schedule.id,
        hallCode: schedule.hallCode,
        date,
        startTime: t.start,
        endTime: t.end,
        capacity: schedule.capacityPerSlot,
        booked: 0,
      })),
  );
  if (!missing.length) return sortSlots(existing);
  await tx.run(async (em) => {
    const slots = em.getRepository(SlotEntity);
    try {
      await slots.insert(missing);
    } catch (err) {
      // Another request created some of them at the same moment: theirs are as good as ours.
      if (!isDuplicateKey(err)) throw err;
      for (const slot of missing)
        await slots.insert(slot).catch((e: unknown) => {
          if (!isDuplicateKey(e)) throw e;
        });
    }
  });
  return sortSlots(await readSlots(tx, schedule.id, dates));
}

function sortSlots(slots: SlotRow[]): SlotRow[] {
  return slots.sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
}
