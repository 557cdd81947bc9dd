// Guide API contract: what residents search and read.
import { label, z } from '../zod';
import { PageQuery, pageOf } from '../common/pagination.schema';
import { CatalogueCode, Fee, LegalBasis, OpeningPeriod, ProcessStep } from '../catalogue/catalogue.schema';
import { ApplicationForm, MaterialUpload } from '../catalogue/application-form.schema';
import { AUDIENCES, HALL_LEVELS, ITEM_KINDS, MATERIAL_REQUIREMENTS } from '../catalogue/vocabulary';

export const GuideSearchQuery = z.object({
  ...PageQuery.shape,
  q: z.optional(z.string().check(z.trim(), z.maxLength(50, '搜索词不能超过50个字，请删减后再搜索'), label('搜索词'))),
  department: z.optional(CatalogueCode.check(label('部门'))),
  audience: z.optional(z.enum(AUDIENCES).check(label('办事对象'))),
  lifeEvent: z.optional(CatalogueCode.check(label('生活事件'))),
  kind: z.optional(z.enum(ITEM_KINDS).check(label('事项类型'))),
  /** '1': when nothing matches, list the items sharing a character of the query anyway (the resident asked). */
  guess: z.optional(z.enum(['1']).check(label('看看字面相近的事项'))),
});
export type GuideSearchQuery = z.infer<typeof GuideSearchQuery>;

export const DepartmentRef = z.object({ code: z.string(), name: z.string() });

/** [start, end) character offsets into the text they belong to, for highlighting. */
export const HighlightRange = z.tuple([z.int(), z.int()]);
export type HighlightRange = z.infer<typeof HighlightRange>;

export const GuideSummary = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(ITEM_KINDS),
  audiences: z.array(z.enum(AUDIENCES)),
  department: DepartmentRef,
  summary: z.nullable(z.string()),
  promisedLimitDays: z.int(),
  onlineDepth: z.int(),
  fullyOnline: z.boolean(),
  onSiteVisits: z.int(),
  appointmentAvailable: z.boolean(),
  onlineSubmission: z.boolean(),
  /** Ranges of `name` that matched the query. */
  highlights: z.array(HighlightRange),
  /** When the match came from another word (别名, 生活事件), that word, so the UI can say why. */
  matchedAlias: z.nullable(z.string()),
});
export type GuideSummary = z.infer<typeof GuideSummary>;

export const GuideSearchResult = z.object({
  ...pageOf(GuideSummary).shape,
  /** Words to try when nothing (or little) was found. */
  suggestions: z.array(z.string()),
  /** No item matched the whole query: the items listed match only some of its words. */
  partial: z.boolean(),
  /** Nothing matched and the resident asked to see guesses: the items only share characters with the query. */
  guessed: z.boolean(),
});
export type GuideSearchResult = z.infer<typeof GuideSearchResult>;

export const GuideMaterial = z.object({
  /** Position in the guide, 1-based; stable within a catalogue version. */
  id: z.int(),
  name: z.string(),
  requirement: z.enum(MATERIAL_REQUIREMENTS),
  condition: z.nullable(z.string()),
  originals: z.int(),
  copies: z.int(),
  source: z.string(),
  notes: z.nullable(z.string()),
  sharedProof: z.boolean(),
  /** The application form itself: filled in online (申请表), nothing to upload. */
  filledOnline: z.boolean(),
  /** What an online submission accepts for it. */
  upload: MaterialUpload,
  /** Download URLs (relative to the API origin) of the blank and the filled-in sample form. */
  blankFormUrl: z.nullable(z.string()),
  sampleFormUrl: z.nullable(z.string()),
});
export type GuideMaterial = z.infer<typeof GuideMaterial>;

export const ServicePoint = z.object({
  hall: z.object({
    code: z.string(),
    name: z.string(),
    level: z.enum(HALL_LEVELS),
    address: z.string(),
    phone: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    openingHours: z.array(OpeningPeriod),
    hoursNote: z.nullable(z.string()),
  }),
  windows: z.array(z.object({ number: z.string(), name: z.string(), phone: z.nullable(z.string()) })),
});
export type ServicePoint = z.infer<typeof ServicePoint>;

export const GuideDetail = z.object({
  ...GuideSummary.shape,
  department: z.object({ code: z.string(), name: z.string(), phone: z.nullable(z.string()) }),
  implementingBody: z.string(),
  legalLimitDays: z.int(),
  conditions: z.array(z.string()),
  legalBasis: z.array(LegalBasis),
  materials: z.array(GuideMaterial),
  fee: Fee,
  process: z.array(ProcessStep),
  consultPhone: z.string(),
  complaintPhone: z.string(),
  aliases: z.array(z.string()),
  lifeEvents: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Halls (and their windows) where the item is handled, district hall first. */
  servicePoints: z.array(ServicePoint),
  /** The application form for online submission (申请办理); null when the item is not submitted online. */
  applicationForm: z.nullable(ApplicationForm),
  catalogueVersion: z.string(),
});
export type GuideDetail = z.infer<typeof GuideDetail>;

export const PopularGuidesQuery = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(50)), 10),
});
export const GuideList = z.object({ items: z.array(GuideSummary) });
export type GuideList = z.infer<typeof GuideList>;

export const DepartmentListItem = z.object({
  code: z.string(),
  name: z.string(),
  phone: z.nullable(z.string()),
  itemCount: z.int(),
});
export const DepartmentList = z.object({ items: z.array(DepartmentListItem) });
export type DepartmentList = z.infer<typeof DepartmentList>;

export const LifeEventListItem = z.object({
  code: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  itemCount: z.int(),
});
export const LifeEventList = z.object({ items: z.array(LifeEventListItem) });
export type LifeEventList = z.infer<typeof LifeEventList>;

const itemCode = CatalogueCode.check(z.describe('事项编码'));
export const GuideCodeParam = z.object({ code: itemCode });
export const FormDownloadParam = z.object({
  code: itemCode,
  materialId: z.coerce.number().check(z.int(), z.minimum(1), z.maximum(99), z.describe('材料序号（从1开始）')),
  variant: z.enum(['blank', 'sample']).check(z.describe('blank 空白表格，sample 填写样例')),
});
