// Administrators set each hall's (or item's) booking schedule.
import type { DataSource } from 'typeorm';
import type { Schedule, ScheduleInput } from '@bianmin/shared';
import { ValidationError } from '../../errors';
import type { CatalogueReader } from '../catalogue/index';
import type { AuditLog } from '../../platform/audit';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { ScheduleEntity, type ScheduleRow } from './entities';

export const toSchedule = (r: ScheduleRow): Schedule => ({
  id: r.id,
  hallCode: r.hallCode,
  itemCode: r.itemCode || null,
  openingPeriods: r.openingPeriods,
  slotMinutes: r.slotMinutes,
  capacityPerSlot: r.capacityPerSlot,
  horizonWorkingDays: r.horizonWorkingDays,
  releaseTime: r.releaseTime,
  releaseWorkingDaysBefore: r.releaseWorkingDaysBefore,
  minNoticeMinutes: r.minNoticeMinutes,
  cancelCutoffMinutes: r.cancelCutoffMinutes,
  requiresConfirmation: r.requiresConfirmation,
});

export function createScheduleAdmin(d: { dataSource: DataSource; tx: UnitOfWork; catalogue: CatalogueReader; audit: AuditLog }) {
  const repo = () => d.dataSource.getRepository(ScheduleEntity);
  return {
    list: async () => ({ items: (await repo().find({ order: { hallCode: 'ASC', itemCode: 'ASC' } })).map(toSchedule) }),

    /** Creates or replaces the schedule of (hall, item). Changes apply to slots not yet created. */
    async put(actorId: string, input: ScheduleInput, ip: string | null): Promise<Schedule> {
      const snapshot = await d.catalogue.current();
      if (!snapshot.hallByCode.has(input.hallCode)) throw new ValidationError({ hallCode: ['没有这个大厅'] });
      if (input.itemCode && !snapshot.itemByCode.has(input.itemCode)) throw new ValidationError({ itemCode: ['没有这个事项'] });
      if (input.releaseWorkingDaysBefore > input.horizonWorkingDays) {
        throw new ValidationError({ releaseWorkingDaysBefore: ['放号提前天数不能超过可预约天数'] });
      }
      for (const [i, p] of input.openingPeriods.entries()) {
        if (p.open >= p.close) throw new ValidationError({ [`openingPeriods.${i}`]: ['结束时间必须晚于开始时间'] });
      }
      const itemCode = input.itemCode ?? '';
      const row = { ...input, itemCode, updatedAt: new Date() };
      const saved = await d.tx.run(async (em) => {
        const schedules = em.getRepository(ScheduleEntity);
        const existing = await schedules.findOne({ where: { hallCode: input.hallCode, itemCode } });
        if (existing) await schedules.update({ id: existing.id }, row);
        else await schedules.insert(row);
        await d.audit.record(em, {
          actorId,
          action: 'admin.schedule',
          targetType: 'hall',
          targetId: input.hallCode,
          ip,
          detail: { ...input },
        });
        return schedules.findOneOrFail({ where: { hallCode: input.hallCode, itemCode } });
      });
      return toSchedule(saved);
    },
  };
}
