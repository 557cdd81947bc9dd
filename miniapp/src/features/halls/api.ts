import { hallRoutes } from '@bianmin/shared/halls/hall.routes';
import type { HallLevel } from '@bianmin/shared/catalogue/vocabulary';
import { api } from '@/lib/request';

export interface HallFilters {
  level?: HallLevel;
  near?: { latitude: number; longitude: number };
  item?: string;
  parent?: string;
}

export const HALL_PAGE_SIZE = 20;

export function listHalls({ near, ...filters }: HallFilters, page: number) {
  return api.call(
    hallRoutes.list,
    {
      query: {
        ...filters,
        near: near ? `${near.latitude.toFixed(5)},${near.longitude.toFixed(5)}` : undefined,
        page,
        pageSize: HALL_PAGE_SIZE,
      },
    },
    { silent: true },
  );
}

export function getHall(id: string) {
  return api.call(hallRoutes.detail, { params: { id } }, { silent: true });
}
