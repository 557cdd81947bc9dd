// Enumerations of the national service-guide standard, with their Chinese labels.
// Kept free of zod so the mini-app can import labels without bundling a schema library.

export const ITEM_KINDS = ['permit', 'confirmation', 'payment', 'levy', 'reward', 'adjudication', 'other_power', 'public_service'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const ITEM_KIND_LABEL: Record<ItemKind, string> = {
  permit: '行政许可',
  confirmation: '行政确认',
  payment: '行政给付',
  levy: '行政征收',
  reward: '行政奖励',
  adjudication: '行政裁决',
  other_power: '其他行政权力',
  public_service: '公共服务',
};

export const AUDIENCES = ['individual', 'organization'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const AUDIENCE_LABEL: Record<Audience, string> = { individual: '个人', organization: '法人' };

export const HALL_LEVELS = ['district', 'street', 'community'] as const;
export type HallLevel = (typeof HALL_LEVELS)[number];
export const HALL_LEVEL_LABEL: Record<HallLevel, string> = {
  district: '区政务服务中心',
  street: '街道便民服务中心',
  community: '社区便民服务站',
};

/** 网办深度: how far the whole service can be done online. */
export const ONLINE_DEPTH_LABEL: Record<1 | 2 | 3 | 4, string> = {
  1: '一级：网上咨询、表格下载',
  2: '二级：网上预审',
  3: '三级：网上受理、审批',
  4: '四级：全程网办',
};

export const MATERIAL_REQUIREMENTS = ['required', 'conditional'] as const;
export type MaterialRequirement = (typeof MATERIAL_REQUIREMENTS)[number];
export const MATERIAL_REQUIREMENT_LABEL: Record<MaterialRequirement, string> = {
  required: '必要',
  conditional: '容缺/视情形提交',
};

export const WEEKDAY_LABEL = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;
