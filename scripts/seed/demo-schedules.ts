// Demo booking schedules for local runs: the district hall and the six street halls take
// appointments on working days; 结婚登记 at the district hall needs a clerk's confirmation.
import type { ScheduleInput } from '@bianmin/shared';
import { type DataSource, ScheduleEntity, ServiceItemEntity } from '@bianmin/server/tooling';

const WORKDAY_HOURS = [
  { weekdays: [1, 2, 3, 4, 5], open: '09:00', close: '12:00' },
  { weekdays: [1, 2, 3, 4, 5], open: '13:30', close: '17:00' },
];
const general = (hallCode: string, capacityPerSlot: number): ScheduleInput => ({
  hallCode,
  itemCode: null,
  openingPeriods: WORKDAY_HOURS,
  slotMinutes: 30,
  capacityPerSlot,
  horizonWorkingDays: 5,
  // Each morning at 08:00 the day five working days ahead opens: the rush the system is built for.
  releaseTime: '08:00',
  releaseWorkingDaysBefore: 5,
  minNoticeMinutes: 60,
  cancelCutoffMinutes: 120,
  requiresConfirmation: false,
});

/** Creates the demo schedules that do not exist yet (an administrator's changes are kept). */
export async function seedDemoSchedules(dataSource: DataSource): Promise<number> {
  if (process.env.NODE_ENV === 'production') throw new Error('Demo schedules are never created in production.');
  const marriage = await dataSource.getRepository(ServiceItemEntity).findOne({ where: { name: '结婚登记' } });
  const schedules: ScheduleInput[] = [
    general('cy-district', 4),
    ...['chengyang', 'liuting', 'xiazhuang', 'xifuzhen', 'jihongtan', 'shangma'].map((s) => general(`cy-street-${s}`, 2)),
    ...(marriage ? [{ ...general('cy-district', 2), itemCode: marriage.code, slotMinutes: 60, requiresConfirmation: true }] : []),
  ];
  const repo = dataSource.getRepository(ScheduleEntity);
  let created = 0;
  for (const s of schedules) {
    const itemCode = s.itemCode ?? '';
    if (await repo.findOne({ where: { hallCode: s.hallCode, itemCode } })) continue;
    await repo.insert({ ...s, itemCode, updatedAt: new Date() });
    created++;
  }
  return created;
}
