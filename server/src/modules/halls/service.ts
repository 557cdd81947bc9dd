// Window contact (窗口联系): halls by level and distance, a hall with its windows.
import type { HallDetail, HallLevel, HallPage, HallQuery, HallSummary } from '@bianmin/shared';
import { NotFoundError, ValidationError } from '../../errors';
import type { CatalogueReader, CatalogueSnapshot, HallRow } from '../catalogue/index';
import { distanceMeters } from './geo';

export type HallService = ReturnType<typeof createHallService>;

export function createHallService(deps: { catalogue: CatalogueReader }) {
  return {
    async list(query: HallQuery): Promise<HallPage> {
      const snapshot = await deps.catalogue.current();
      const item = query.item ? snapshot.itemByCode.get(query.item) : undefined;
      if (query.item && !item) throw new ValidationError({ item: ['没有这个事项'] });
      let halls = snapshot.halls.filter(
        (h) =>
          (!query.level || h.level === query.level) &&
          (!query.parent || h.parentCode === query.parent) &&
          (!item || snapshot.hallServes(h.code, item)),
      );
      const near = query.near;
      const distances = new Map<string, number>();
      if (near) {
        for (const h of halls) distances.set(h.code, Math.round(distanceMeters(near, { lat: h.latitude, lng: h.longitude })));
        // Every hall's distance was set just above; the 0 only satisfies the type.
        halls = [...halls].sort((a, b) => (distances.get(a.code) ?? 0) - (distances.get(b.code) ?? 0));
      }
      const start = (query.page - 1) * query.pageSize;
      return {
        items: halls.slice(start, start + query.pageSize).map((h) => toHallSummary(h, snapshot, distances.get(h.code) ?? null)),
        total: halls.length,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async detail(id: string): Promise<HallDetail> {
      const snapshot = await deps.catalogue.current();
      const hall = snapshot.hallByCode.get(id);
      if (!hall) throw new NotFoundError('没有找到这个服务大厅，请返回列表重新选择');
      const windows = (snapshot.windowsByHall.get(hall.code) ?? []).map((w) => ({
        number: w.number,
        name: w.name,
        phone: w.phone,
        departments: w.departmentCodes.map((code) => ({ code, name: snapshot.departmentByCode.get(code)?.name ?? code })),
        items: w.itemCodes.flatMap((code) => {
          const item = snapshot.itemByCode.get(code);
          return item ? [{ code, name: item.name }] : [];
        }),
      }));
      const children = snapshot.halls
        .filter((h) => h.parentCode === hall.code)
        .map((h) => ({ id: h.code, name: h.name, level: h.level as HallLevel }));
      return { ...toHallSummary(hall, snapshot, null), windows, children };
    },
  };
}

function toHallSummary(hall: HallRow, snapshot: CatalogueSnapshot, distance: number | null): HallSummary {
  const parent = hall.parentCode ? snapshot.hallByCode.get(hall.parentCode) : undefined;
  return {
    id: hall.code,
    name: hall.name,
    level: hall.level as HallLevel,
    parent: parent ? { id: parent.code, name: parent.name } : null,
    address: hall.address,
    latitude: hall.latitude,
    longitude: hall.longitude,
    phone: hall.phone,
    openingHours: hall.openingHours,
    hoursNote: hall.hoursNote,
    windowCount: snapshot.windowsByHall.get(hall.code)?.length ?? 0,
    distanceMeters: distance,
  };
}
