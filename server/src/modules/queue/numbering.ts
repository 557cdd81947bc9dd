// Queue numbers: one counter row per hall, window group and day, advanced by a conditional update
// in the issuing transaction (as case numbers are, cases/numbering.ts). Concurrent check-ins queue
// on that row (InnoDB), lose at certification and are retried whole by the unit of work
// (Galera), or run one after the other (SQLite); a rolled-back issue rolls its number back, so a
// group's numbers are consecutive and none is issued twice.
import type { EntityManager } from 'typeorm';
import { isDuplicateKey } from '../../platform/db-errors';
import { QueueCounterEntity } from './entities';

export async function nextSequence(em: EntityManager, hallCode: string, groupCode: string, day: string): Promise<number> {
  const repo = em.getRepository(QueueCounterEntity);
  const key = { hallCode, groupCode, day };
  for (let attempt = 0; attempt < 2; attempt++) {
    const bumped = await repo
      .createQueryBuilder()
      .update()
      .set({ lastValue: () => 'last_value + 1' })
      .where('hall_code = :hallCode AND group_code = :groupCode AND day = :day', key)
      .execute();
    if (bumped.affected) return (await repo.findOneOrFail({ where: key })).lastValue;
    try {
      await repo.insert({ ...key, lastValue: 1 });
      return 1;
    } catch (err) {
      // Another check-in opened the day a moment ago: bump its row instead.
      if (!isDuplicateKey(err)) throw err;
    }
  }
  throw new Error(`queue counter ${hallCode}/${groupCode}/${day} could not be opened`);
}
