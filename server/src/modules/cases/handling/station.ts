// 社区代办站: a community agent's station is the hall their grant names. The agents of a station
// share its workload — each sees the cases any of them filed (a colleague may be off sick) — and
// nobody else's: another station's cases stay a 404.
import { In, type DataSource } from 'typeorm';
import type { StationWorkload } from '@bianmin/shared';
import type { WorkingCalendar } from '@bianmin/shared/calendar/working-days';
import { NotFoundError } from '../../../errors';
import type { CatalogueSnapshot } from '../../catalogue/index';
import { RoleGrantEntity, type Principal, type ResidentDirectory } from '../../identity/index';
import { CaseEntity } from '../entities';
import { cardOf } from './cards';

const CLOSED = ['not_accepted', 'delivered', 'withdrawn'];

/** The halls the caller works at as a community agent. */
export const stationsOf = (p: Principal): string[] =>
  p.roles.flatMap((g) => (g.role === 'community_agent' && g.scopeType === 'hall' && g.scopeCode ? [g.scopeCode] : []));

export function createStations(d: {
  dataSource: DataSource;
  residents: ResidentDirectory;
  orangeDays: number;
  context: () => Promise<{ snapshot: CatalogueSnapshot; calendar: WorkingCalendar; today: string }>;
}) {
  async function agentsOf(stations: string[]): Promise<string[]> {
    if (!stations.length) return [];
    const grants = await d.dataSource
      .getRepository(RoleGrantEntity)
      .find({ where: { role: 'community_agent', scopeType: 'hall', scopeCode: In(stations) }, select: { userId: true } });
    return [...new Set(grants.map((g) => g.userId))];
  }

  return {
    /** The agents of the caller's station(s), the caller always included. */
    async colleagues(p: Principal): Promise<string[]> {
      return [...new Set([p.userId, ...(await agentsOf(stationsOf(p)))])];
    },

    /** Whether the case was filed by an agent of the caller's station. */
    async filedAtStationOf(p: Principal, filedByUserId: string): Promise<boolean> {
      const stations = stationsOf(p);
      if (!stations.length) return false;
      return (await agentsOf(stations)).includes(filedByUserId);
    },

    /** 本站代办情况: the station's cases by status, those past their deadline, and each agent's share. */
    async workload(p: Principal): Promise<StationWorkload> {
      const [code] = stationsOf(p);
      if (!code) throw new NotFoundError('请求的内容不存在');
      const { snapshot, calendar, today } = await d.context();
      const agents = await agentsOf([code]);
      const perAgent = new Map<string, { total: number; byStatus: Record<string, number> }>(
        agents.map((id) => [id, { total: 0, byStatus: {} }]),
      );
      const byStatus: Record<string, number> = {};
      let overdue = 0;
      if (agents.length) {
        const cases = () =>
          d.dataSource.getRepository(CaseEntity).createQueryBuilder('c').where('c.filed_by_user_id IN (:...agents)', { agents });
        const counted = await cases()
          .select('c.filed_by_user_id', 'agent')
          .addSelect('c.status', 'status')
          .addSelect('COUNT(*)', 'n')
          .groupBy('c.filed_by_user_id')
          .addGroupBy('c.status')
          .getRawMany<{ agent: string; status: string; n: string | number }>();
        for (const r of counted) {
          const n = Number(r.n);
          byStatus[r.status] = (byStatus[r.status] ?? 0) + n;
          const mine = perAgent.get(r.agent);
          if (mine) {
            mine.total += n;
            mine.byStatus[r.status] = (mine.byStatus[r.status] ?? 0) + n;
          }
        }
        // Overdue is against the working calendar: read only the open cases, only the columns it needs.
        const open = await cases()
          .andWhere('c.status NOT IN (:...closed)', { closed: CLOSED })
          .select(['c.id', 'c.status', 'c.receivedOn', 'c.acceptedOn', 'c.legalLimitDays', 'c.pauses', 'c.decision'])
          .getMany();
        overdue = open.filter((c) => cardOf(c, calendar, today, d.orangeDays) === 'red').length;
      }
      const names = await d.residents.displayNames(agents);
      return {
        station: { code, name: snapshot.hallByCode.get(code)?.name ?? code },
        byStatus,
        overdue,
        agents: [...perAgent].map(([userId, w]) => ({ userId, displayName: names.get(userId) ?? '—', ...w })),
      };
    },
  };
}
export type Stations = ReturnType<typeof createStations>;
