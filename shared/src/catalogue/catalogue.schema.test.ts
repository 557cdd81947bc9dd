// The catalogue schema is what stops a district publishing an incomplete or contradictory guide.
import { describe, expect, it } from 'vitest';
import { Material, ServiceItem, Window } from './catalogue.schema';

const material = { name: '居民身份证', requirement: 'required', originals: 1, copies: 0, source: '申请人自备' };
const item = {
  code: '511A0138600000-370214',
  name: '教师资格认定',
  kind: 'permit',
  audiences: ['individual'],
  departmentCode: 'jy',
  implementingBody: '青岛市城阳区教育和体育局',
  legalLimitDays: 20,
  promisedLimitDays: 10,
  conditions: ['具备规定学历'],
  legalBasis: [{ title: '《教师资格条例》' }],
  materials: [material],
  fee: { charged: false },
  process: [
    { name: '申请', description: '网上申报' },
    { name: '决定', description: '作出认定' },
  ],
  onlineDepth: 3,
  fullyOnline: false,
  onSiteVisits: 1,
  consultPhone: '0532-87866588',
  complaintPhone: '12345',
  appointmentAvailable: true,
  onlineSubmission: true,
  applicationForm: {
    applicantKinds: ['individual'],
    fields: [{ key: 'subject', label: '任教学科', type: 'select', options: ['语文', '数学'], required: true }],
  },
};
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('ServiceItem', () => {
  it('accepts a complete guide and fills defaults', () => {
    const parsed = ServiceItem.parse(item);
    expect(parsed.status).toBe('published');
    expect(parsed.aliases).toEqual([]);
    expect(parsed.materials[0]!.sharedProof).toBe(false);
    expect(parsed.materials[0]!.upload).toEqual({ kinds: ['image', 'pdf'], maxFiles: 5, photoOfOriginal: true });
  });

  it('asks for an application form exactly when the item takes online submissions', () => {
    const withoutForm = { ...item, applicationForm: undefined };
    expect(messages(ServiceItem.safeParse(withoutForm))).toContain(
      'applicationForm: 支持网上申报的事项必须有申请表（applicationForm），不支持的不能有',
    );
    expect(ServiceItem.safeParse({ ...withoutForm, onlineSubmission: false }).success).toBe(true);
  });

  it('refuses a legal-person form for an item only individuals apply for', () => {
    const form = { ...item.applicationForm, applicantKinds: ['legalPerson'] };
    expect(messages(ServiceItem.safeParse({ ...item, applicationForm: form })).join()).toContain('申请人类型');
  });

  it('refuses a promised limit longer than the legal one', () => {
    expect(messages(ServiceItem.safeParse({ ...item, promisedLimitDays: 30 }))).toContain('promisedLimitDays: 承诺时限不能长于法定时限');
  });

  it('refuses "fully online" for an item that still needs a visit', () => {
    const r = ServiceItem.safeParse({ ...item, fullyOnline: true, onlineDepth: 4, onSiteVisits: 1 });
    expect(messages(r)).toContain('fullyOnline: 全程网办事项须为四级网办深度且无需到现场');
  });

  it('refuses a charged item without its fee standard', () => {
    expect(messages(ServiceItem.safeParse({ ...item, fee: { charged: true } }))).toContain('fee.items: 收费事项必须列出收费标准');
  });

  it('explains in Chinese what is missing', () => {
    const r = ServiceItem.safeParse({ ...item, conditions: [] });
    expect(r.success).toBe(false);
    expect(messages(r)[0]).toMatch(/^conditions: .*[\u4e00-\u9fa5]/);
  });
});

describe('Material', () => {
  it('needs the condition of a conditional material', () => {
    expect(messages(Material.safeParse({ ...material, requirement: 'conditional' }))).toContain(
      'condition: 视情形提交的材料必须写明适用情形',
    );
  });

  it('needs at least one copy unless the proof is fetched by data sharing', () => {
    expect(Material.safeParse({ ...material, originals: 0 }).success).toBe(false);
    expect(Material.safeParse({ ...material, originals: 0, sharedProof: true }).success).toBe(true);
  });
});

describe('Window', () => {
  it('must handle at least one item or department', () => {
    expect(Window.safeParse({ number: 'A01', name: '综合受理' }).success).toBe(false);
    expect(Window.safeParse({ number: 'A01', name: '综合受理', departmentCodes: ['xzsp'] }).success).toBe(true);
  });
});
