// Window contact (窗口联系): where to go, when it is open, whom to call.
import { z } from '../zod';
import { PageQuery, pageOf } from '../common/pagination.schema';
import { CatalogueCode, OpeningPeriod } from '../catalogue/catalogue.schema';
import { HALL_LEVELS } from '../catalogue/vocabulary';

/** `near=lat,lng` in WGS-84 degrees (what Taro.getLocation returns with type wgs84). */
export const LatLng = z
  .pipe(
    z.string().check(z.regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, '位置格式应为“纬度,经度”，例如 36.30,120.40')),
    z.transform((s) => {
      const [lat, lng] = s.split(',').map(Number) as [number, number];
      return { lat, lng };
    }),
  )
  .check(z.refine((p) => Math.abs(p.lat) <= 90 && Math.abs(p.lng) <= 180, '纬度或经度超出范围'));

export const HallQuery = z.object({
  ...PageQuery.shape,
  level: z.optional(z.enum(HALL_LEVELS)),
  near: z.optional(LatLng),
  /** Only halls that handle this item. */
  item: z.optional(CatalogueCode),
  /** Only the halls under this one (a street's community stations). */
  parent: z.optional(CatalogueCode),
});
export type HallQuery = z.infer<typeof HallQuery>;

export const HallSummary = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(HALL_LEVELS),
  parent: z.nullable(z.object({ id: z.string(), name: z.string() })),
  address: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  phone: z.string(),
  openingHours: z.array(OpeningPeriod),
  hoursNote: z.nullable(z.string()),
  windowCount: z.int(),
  /** Straight-line distance from `near`, when given. */
  distanceMeters: z.nullable(z.int()),
});
export type HallSummary = z.infer<typeof HallSummary>;

export const HallPage = pageOf(HallSummary);
export type HallPage = z.infer<typeof HallPage>;

export const HallWindow = z.object({
  number: z.string(),
  name: z.string(),
  phone: z.nullable(z.string()),
  departments: z.array(z.object({ code: z.string(), name: z.string() })),
  items: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type HallWindow = z.infer<typeof HallWindow>;

export const HallDetail = z.object({
  ...HallSummary.shape,
  windows: z.array(HallWindow),
  /** Community stations under a street hall, and so on. */
  children: z.array(z.object({ id: z.string(), name: z.string(), level: z.enum(HALL_LEVELS) })),
});
export type HallDetail = z.infer<typeof HallDetail>;

export const HallIdParam = z.object({ id: CatalogueCode.check(z.describe('大厅编码')) });
