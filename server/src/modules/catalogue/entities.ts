// Catalogue tables. EntitySchema rather than decorators: tsx/vitest (esbuild) emit no decorator metadata.
import { EntitySchema } from 'typeorm';
import type { FormTemplate, MaterialUpload, OpeningPeriod, ServiceItem } from '@bianmin/shared';

export interface CatalogueMetaRow {
  key: string;
  value: string;
  updatedAt: Date;
}
export interface DepartmentRow {
  code: string;
  name: string;
  phone: string | null;
  sortOrder: number;
}
export interface LifeEventRow {
  code: string;
  name: string;
  aliases: string[];
  sortOrder: number;
}

/** The long, read-as-a-whole parts of a guide. */
/** The guide's long parts, stored as one JSON value; applicationForm is absent in rows imported before forms existed. */
export type GuideBody = Pick<ServiceItem, 'conditions' | 'legalBasis' | 'fee' | 'process' | 'applicationForm'>;

export interface ServiceItemRow {
  code: string;
  name: string;
  kind: string;
  audiences: string[];
  departmentCode: string;
  implementingBody: string;
  legalLimitDays: number;
  promisedLimitDays: number;
  summary: string | null;
  onlineDepth: number;
  fullyOnline: boolean;
  onSiteVisits: number;
  consultPhone: string;
  complaintPhone: string;
  appointmentAvailable: boolean;
  onlineSubmission: boolean;
  aliases: string[];
  lifeEvents: string[];
  guide: GuideBody;
  status: string;
  viewCount: number;
  contentHash: string;
  sortOrder: number;
  updatedAt: Date;
}
export interface MaterialRow {
  itemCode: string;
  position: number;
  name: string;
  requirement: string;
  conditionText: string | null;
  originals: number;
  copies: number;
  source: string;
  notes: string | null;
  sharedProof: boolean;
  filledOnline: boolean;
  form: FormTemplate | null;
  /** What an online submission accepts; null in rows imported before uploads existed (the defaults apply). */
  upload: MaterialUpload | null;
}
export interface HallRow {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  address: string;
  latitude: number;
  longitude: number;
  phone: string;
  openingHours: OpeningPeriod[];
  hoursNote: string | null;
  contentHash: string;
  sortOrder: number;
}
export interface WindowRow {
  id: number;
  hallCode: string;
  number: string;
  name: string;
  phone: string | null;
  sortOrder: number;
}
export interface WindowItemRow {
  windowId: number;
  itemCode: string;
}
export interface WindowDepartmentRow {
  windowId: number;
  departmentCode: string;
}

const code = { type: 'varchar', length: 80 } as const;
const code_pk = { ...code, primary: true } as const;

export const CatalogueMetaEntity = new EntitySchema<CatalogueMetaRow>({
  name: 'CatalogueMeta',
  tableName: 'catalogue_meta',
  columns: {
    key: { type: 'varchar', length: 40, primary: true },
    value: { type: 'varchar', length: 200 },
    updatedAt: { name: 'updated_at', type: 'datetime' },
  },
});

export const DepartmentEntity = new EntitySchema<DepartmentRow>({
  name: 'Department',
  tableName: 'department',
  columns: {
    code: code_pk,
    name: { type: 'varchar', length: 60 },
    phone: { type: 'varchar', length: 20, nullable: true },
    sortOrder: { name: 'sort_order', type: 'int' },
  },
});

export const LifeEventEntity = new EntitySchema<LifeEventRow>({
  name: 'LifeEvent',
  tableName: 'life_event',
  columns: {
    code: code_pk,
    name: { type: 'varchar', length: 20 },
    aliases: { type: 'simple-json' },
    sortOrder: { name: 'sort_order', type: 'int' },
  },
});

export const ServiceItemEntity = new EntitySchema<ServiceItemRow>({
  name: 'ServiceItem',
  tableName: 'service_item',
  columns: {
    code: code_pk,
    name: { type: 'varchar', length: 80 },
    kind: { type: 'varchar', length: 20 },
    audiences: { type: 'simple-json' },
    departmentCode: { ...code, name: 'department_code' },
    implementingBody: { name: 'implementing_body', type: 'varchar', length: 60 },
    legalLimitDays: { name: 'legal_limit_days', type: 'int' },
    promisedLimitDays: { name: 'promised_limit_days', type: 'int' },
    summary: { type: 'varchar', length: 300, nullable: true },
    onlineDepth: { name: 'online_depth', type: 'int' },
    fullyOnline: { name: 'fully_online', type: 'boolean' },
    onSiteVisits: { name: 'on_site_visits', type: 'int' },
    consultPhone: { name: 'consult_phone', type: 'varchar', length: 20 },
    complaintPhone: { name: 'complaint_phone', type: 'varchar', length: 20 },
    appointmentAvailable: { name: 'appointment_available', type: 'boolean' },
    onlineSubmission: { name: 'online_submission', type: 'boolean' },
    aliases: { type: 'simple-json' },
    lifeEvents: { name: 'life_events', type: 'simple-json' },
    guide: { type: 'simple-json' },
    status: { type: 'varchar', length: 10 },
    viewCount: { name: 'view_count', type: 'int', default: 0 },
    contentHash: { name: 'content_hash', type: 'varchar', length: 64 },
    sortOrder: { name: 'sort_order', type: 'int' },
    updatedAt: { name: 'updated_at', type: 'datetime' },
  },
});

export const MaterialEntity = new EntitySchema<MaterialRow>({
  name: 'ItemMaterial',
  tableName: 'item_material',
  columns: {
    itemCode: { ...code, name: 'item_code', primary: true },
    position: { type: 'int', primary: true },
    name: { type: 'varchar', length: 120 },
    requirement: { type: 'varchar', length: 12 },
    conditionText: { name: 'condition_text', type: 'varchar', length: 200, nullable: true },
    originals: { type: 'int' },
    copies: { type: 'int' },
    source: { type: 'varchar', length: 60 },
    notes: { type: 'varchar', length: 300, nullable: true },
    sharedProof: { name: 'shared_proof', type: 'boolean' },
    filledOnline: { name: 'filled_online', type: 'boolean', default: false },
    form: { type: 'simple-json', nullable: true },
    upload: { type: 'simple-json', nullable: true },
  },
});

export const HallEntity = new EntitySchema<HallRow>({
  name: 'Hall',
  tableName: 'hall',
  columns: {
    code: code_pk,
    name: { type: 'varchar', length: 60 },
    level: { type: 'varchar', length: 12 },
    parentCode: { ...code, name: 'parent_code', nullable: true },
    address: { type: 'varchar', length: 120 },
    latitude: { type: 'double' },
    longitude: { type: 'double' },
    phone: { type: 'varchar', length: 20 },
    openingHours: { name: 'opening_hours', type: 'simple-json' },
    hoursNote: { name: 'hours_note', type: 'varchar', length: 120, nullable: true },
    contentHash: { name: 'content_hash', type: 'varchar', length: 64 },
    sortOrder: { name: 'sort_order', type: 'int' },
  },
});

export const WindowEntity = new EntitySchema<WindowRow>({
  name: 'HallWindow',
  tableName: 'hall_window',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    hallCode: { ...code, name: 'hall_code' },
    number: { type: 'varchar', length: 10 },
    name: { type: 'varchar', length: 40 },
    phone: { type: 'varchar', length: 20, nullable: true },
    sortOrder: { name: 'sort_order', type: 'int' },
  },
});

export const WindowItemEntity = new EntitySchema<WindowItemRow>({
  name: 'WindowItem',
  tableName: 'window_item',
  columns: {
    windowId: { name: 'window_id', type: 'int', primary: true },
    itemCode: { ...code, name: 'item_code', primary: true },
  },
});

export const WindowDepartmentEntity = new EntitySchema<WindowDepartmentRow>({
  name: 'WindowDepartment',
  tableName: 'window_department',
  columns: {
    windowId: { name: 'window_id', type: 'int', primary: true },
    departmentCode: { ...code, name: 'department_code', primary: true },
  },
});

export const catalogueEntities = [
  CatalogueMetaEntity,
  DepartmentEntity,
  LifeEventEntity,
  ServiceItemEntity,
  MaterialEntity,
  HallEntity,
  WindowEntity,
  WindowItemEntity,
  WindowDepartmentEntity,
];
