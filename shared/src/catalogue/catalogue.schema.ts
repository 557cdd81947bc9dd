// The catalogue as a district publishes it: the import format (`pnpm seed`) and the model the
// server stores. One source of truth for every element of a national service guide (办事指南).
import { z } from '../zod';
import { AUDIENCES, HALL_LEVELS, ITEM_KINDS, MATERIAL_REQUIREMENTS } from './vocabulary';
import { ApplicationForm, MaterialUpload } from './application-form.schema';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const count = z.int().check(z.minimum(0), z.maximum(99));
const phone = z.string().check(z.regex(/^[0-9-]{5,20}$/, '电话号码只能包含数字和连字符'));
/** Codes are used in URLs: letters, digits, hyphens. */
export const CatalogueCode = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,79}$/, '编码只能包含字母、数字和连字符，请返回列表重新选择'));

export const Department = z.object({
  code: CatalogueCode,
  name: text(60),
  /** Phone of the department's service desk. */
  phone: z.optional(phone),
});
export type Department = z.infer<typeof Department>;

export const LifeEvent = z.object({
  code: CatalogueCode,
  name: text(20),
  /** Other ways residents say it (开餐馆 for 开饭店). */
  aliases: z._default(z.array(text(20)), []),
});
export type LifeEvent = z.infer<typeof LifeEvent>;

/** A form to fill in: the server renders the blank form and, when samples are given, a filled one. */
export const FormTemplate = z.object({
  title: text(80),
  fields: z.array(z.object({ label: text(40), sample: z.optional(text(200)) })).check(z.minLength(1)),
  /** Notes printed under the form (填表说明). */
  notes: z._default(z.array(text(300)), []),
});
export type FormTemplate = z.infer<typeof FormTemplate>;

export const Material = z
  .object({
    name: text(120),
    requirement: z.enum(MATERIAL_REQUIREMENTS),
    /** When a conditional material is needed. */
    condition: z.optional(text(200)),
    originals: count,
    copies: count,
    /** Where the resident gets it (申请人自备, 公安机关核发 …). */
    source: text(60),
    notes: z.optional(text(300)),
    /** The application form itself (申请书/申请表): filled in online, so an online submission does not upload it. */
    filledOnline: z._default(z.boolean(), false),
    /** Issued by another department and fetched by data sharing: the resident need not bring it. */
    sharedProof: z._default(z.boolean(), false),
    form: z.optional(FormTemplate),
    /** What an online submission accepts for it (never asked for when sharedProof). */
    upload: z._default(MaterialUpload, { kinds: ['image', 'pdf'], maxFiles: 5, photoOfOriginal: true }),
  })
  .check(
    z.refine((m) => m.requirement !== 'conditional' || !!m.condition, {
      message: '视情形提交的材料必须写明适用情形',
      path: ['condition'],
    }),
    z.refine((m) => m.originals + m.copies > 0 || m.sharedProof, {
      message: '原件和复印件份数不能都为0',
      path: ['copies'],
    }),
  );
export type Material = z.infer<typeof Material>;

export const LegalBasis = z.object({
  /** 法规名称, e.g. 《中华人民共和国行政许可法》. */
  title: text(80),
  /** 条款, e.g. 第二十九条. */
  article: z.optional(text(40)),
  text: z.optional(text(600)),
});

export const Fee = z
  .object({
    charged: z.boolean(),
    items: z._default(z.array(z.object({ name: text(60), standard: text(120), basis: z.optional(text(120)) })), []),
  })
  .check(z.refine((f) => !f.charged || f.items.length > 0, { message: '收费事项必须列出收费标准', path: ['items'] }));

export const ProcessStep = z.object({ name: text(20), description: text(300) });

export const ServiceItem = z
  .object({
    /** 事项编码: national item code plus local suffix. */
    code: CatalogueCode,
    name: text(80),
    kind: z.enum(ITEM_KINDS),
    audiences: z.array(z.enum(AUDIENCES)).check(z.minLength(1)),
    departmentCode: CatalogueCode,
    /** 实施主体. */
    implementingBody: text(60),
    /** 法定办结时限 in working days; 0 means decided on the spot (即办). */
    legalLimitDays: z.int().check(z.minimum(0), z.maximum(365)),
    /** 承诺办结时限 in working days; never longer than the legal limit. */
    promisedLimitDays: z.int().check(z.minimum(0), z.maximum(365)),
    summary: z.optional(text(300)),
    conditions: z.array(text(300)).check(z.minLength(1)),
    legalBasis: z.array(LegalBasis).check(z.minLength(1)),
    materials: z.array(Material).check(z.minLength(1)),
    fee: Fee,
    process: z.array(ProcessStep).check(z.minLength(2)),
    onlineDepth: z.int().check(z.minimum(1), z.maximum(4)),
    fullyOnline: z.boolean(),
    /** 到现场次数. */
    onSiteVisits: z.int().check(z.minimum(0), z.maximum(5)),
    consultPhone: phone,
    complaintPhone: phone,
    appointmentAvailable: z.boolean(),
    onlineSubmission: z.boolean(),
    /** The application form (申请表) residents fill in online: required exactly when onlineSubmission. */
    applicationForm: z.optional(ApplicationForm),
    /** Other names and residents' own words for the item. */
    aliases: z._default(z.array(text(40)), []),
    lifeEvents: z._default(z.array(CatalogueCode), []),
    status: z._default(z.enum(['published', 'draft']), 'published'),
  })
  .check(
    z.refine((i) => i.promisedLimitDays <= i.legalLimitDays || i.legalLimitDays === 0, {
      message: '承诺时限不能长于法定时限',
      path: ['promisedLimitDays'],
    }),
    z.refine((i) => !i.fullyOnline || (i.onlineDepth === 4 && i.onSiteVisits === 0), {
      message: '全程网办事项须为四级网办深度且无需到现场',
      path: ['fullyOnline'],
    }),
    z.refine((i) => i.onlineSubmission === !!i.applicationForm, {
      message: '支持网上申报的事项必须有申请表（applicationForm），不支持的不能有',
      path: ['applicationForm'],
    }),
    z.refine(
      (i) =>
        !i.applicationForm ||
        i.applicationForm.applicantKinds.every((k) => i.audiences.includes(k === 'individual' ? 'individual' : 'organization')),
      {
        message: '申请表的申请人类型须与服务对象一致（个人 ↔ individual，法人 ↔ organization）',
        path: ['applicationForm', 'applicantKinds'],
      },
    ),
  );
export type ServiceItem = z.infer<typeof ServiceItem>;

const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm'));
export const OpeningPeriod = z.object({
  /** 0 = Sunday … 6 = Saturday. */
  weekdays: z.array(z.int().check(z.minimum(0), z.maximum(6))).check(z.minLength(1)),
  open: hhmm,
  close: hhmm,
});
export type OpeningPeriod = z.infer<typeof OpeningPeriod>;

export const Window = z
  .object({
    /** 窗口号 within the hall, e.g. A05. */
    number: text(10),
    name: text(40),
    phone: z.optional(phone),
    /** Items served here by code … */
    itemCodes: z._default(z.array(CatalogueCode), []),
    /** … and/or every published item of these departments (综合受理窗口, 一窗受理). */
    departmentCodes: z._default(z.array(CatalogueCode), []),
  })
  .check(
    z.refine((w) => w.itemCodes.length + w.departmentCodes.length > 0, {
      message: '窗口至少要办理一个事项或一个部门的事项',
      path: ['itemCodes'],
    }),
  );
export type Window = z.infer<typeof Window>;

export const Hall = z.object({
  code: CatalogueCode,
  name: text(60),
  level: z.enum(HALL_LEVELS),
  /** The hall this one belongs to (a street hall for a community station). */
  parentCode: z.optional(CatalogueCode),
  address: text(120),
  latitude: z.number().check(z.minimum(3), z.maximum(54)),
  longitude: z.number().check(z.minimum(73), z.maximum(136)),
  phone: phone,
  openingHours: z.array(OpeningPeriod).check(z.minLength(1)),
  /** Extra words for the hours (节假日休息, 周六上午延时服务 …). */
  hoursNote: z.optional(text(120)),
  windows: z._default(z.array(Window), []),
});
export type Hall = z.infer<typeof Hall>;

/** One import file. A directory of such files is merged in name order; every section is optional. */
export const CatalogueFile = z.object({
  district: z.optional(z.object({ code: CatalogueCode, name: text(40) })),
  departments: z._default(z.array(Department), []),
  lifeEvents: z._default(z.array(LifeEvent), []),
  items: z._default(z.array(ServiceItem), []),
  halls: z._default(z.array(Hall), []),
});
export type CatalogueFile = z.infer<typeof CatalogueFile>;
export type CatalogueFileInput = z.input<typeof CatalogueFile>;
