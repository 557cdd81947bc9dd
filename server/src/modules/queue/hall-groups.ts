// Every window group of a hall with its waiting count, the numbers being served and the wait a
// number issued now can expect (the hall page, the window's board).
import type { EntityManager } from 'typeorm';
import type { QueueGroup } from '@bianmin/shared';
import type { CatalogueSnapshot } from '../catalogue/index';
import { groupsOfHall } from './groups';
import { estimateFor, groupPace, hallCounts } from './queue-reads';

export async function hallGroups(em: EntityManager, snapshot: CatalogueSnapshot, hallCode: string, day: string): Promise<QueueGroup[]> {
  const counts = await hallCounts(em, hallCode, day);
  return Promise.all(
    groupsOfHall(snapshot, hallCode).map(async (g) => {
      const c = counts.get(g.code) ?? { waiting: 0, serving: [] };
      // Only groups with people waiting need the pace query.
      const estimate = c.waiting ? estimateFor(c.waiting, await groupPace(em, hallCode, g.code, day)) : 0;
      return { code: g.code, windows: g.windows, waiting: c.waiting, serving: c.serving.sort(), estimatedWaitMinutes: estimate };
    }),
  );
}
