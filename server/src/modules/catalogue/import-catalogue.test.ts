// A district loads its own catalogue: bad rows are named, nothing half-imported, re-runs change nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogueFileInput, GuideSearchResult, ServiceItem } from '@bianmin/shared';
import { demoCatalogueFiles, freshDatabase, startTestApp } from '../../testing/harness';
import { ServiceItemEntity } from './entities';
import { importCatalogue } from './import-catalogue';
import { readCatalogueVersion } from './version';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function database() {
  const db = await freshDatabase();
  cleanups.push(async () => {
    await db.dataSource.destroy();
    await db.drop();
  });
  return db.dataSource;
}

const item = (code: string, name: string, extra: Partial<ServiceItem> = {}) => ({
  code,
  name,
  kind: 'permit',
  audiences: ['individual'],
  departmentCode: 'd1',
  implementingBody: '测试区行政审批服务局',
  legalLimitDays: 20,
  promisedLimitDays: 5,
  conditions: ['申请人具有完全民事行为能力'],
  legalBasis: [{ title: '《中华人民共和国行政许可法》' }],
  materials: [{ name: '居民身份证', requirement: 'required', originals: 1, copies: 0, source: '申请人自备' }],
  fee: { charged: false },
  process: [
    { name: '申请', description: '提交材料' },
    { name: '决定', description: '作出决定' },
  ],
  onlineDepth: 3,
  fullyOnline: false,
  onSiteVisits: 1,
  consultPhone: '0532-80000000',
  complaintPhone: '12345',
  appointmentAvailable: true,
  onlineSubmission: true,
  applicationForm: { applicantKinds: ['individual'], fields: [{ key: 'reason', label: '申请事由', type: 'textarea', required: true }] },
  ...extra,
});
const base: CatalogueFileInput = {
  departments: [{ code: 'd1', name: '测试局' }],
  items: [item('T-001', '测试许可甲'), item('T-002', '测试许可乙')] as CatalogueFileInput['items'],
};

describe('importCatalogue', () => {
  it('imports the demo catalogue, and importing it again changes nothing, not even the version', async () => {
    const ds = await database();
    const first = await importCatalogue(ds, demoCatalogueFiles());
    expect(first.ok && first.counts.items.created).toBeGreaterThanOrEqual(150);
    const second = await importCatalogue(ds, demoCatalogueFiles());
    expect(second).toMatchObject({ ok: true, changed: false, version: first.ok ? first.version : '' });
    expect(second.ok && second.counts.items.unchanged).toBe(first.ok ? first.counts.items.created : -1);
  });

  it('names the file, row and field of every bad row, and writes nothing at all', async () => {
    const ds = await database();
    const bad = structuredClone(base);
    (bad.items![1] as { materials: unknown[] }).materials = [
      { name: '证明', requirement: 'conditional', originals: 1, copies: 0, source: '自备' },
    ];
    const result = await importCatalogue(ds, [{ name: 'district.json', content: bad }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        file: 'district.json',
        path: '第2条事项 > materials.0.condition',
      }),
    );
    expect(await ds.getRepository(ServiceItemEntity).count()).toBe(0);
    expect(await readCatalogueVersion(ds.manager)).toBeNull();
  });

  it('rejects duplicates and dangling references across files before writing', async () => {
    const ds = await database();
    const result = await importCatalogue(ds, [
      { name: 'a.json', content: base },
      { name: 'b.json', content: { items: [item('T-001', '重复的事项'), item('T-003', '没有部门', { departmentCode: 'nope' })] } },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map((p) => `${p.file} ${p.path} ${p.message}`);
    expect(messages.some((m) => m.includes('T-001') && m.includes('重复'))).toBe(true);
    expect(messages.some((m) => m.includes('b.json') && m.includes('departmentCode') && m.includes('nope'))).toBe(true);
    expect(await ds.getRepository(ServiceItemEntity).count()).toBe(0);
  });

  it('upserts by code: a changed item is updated, the version moves, other items stay', async () => {
    const ds = await database();
    const first = await importCatalogue(ds, [{ name: 'a.json', content: base }]);
    const changed = structuredClone(base);
    changed.items![0]!.name = '测试许可甲（新）';
    const second = await importCatalogue(ds, [{ name: 'a.json', content: changed }]);
    expect(second).toMatchObject({ ok: true, changed: true, counts: { items: { created: 0, updated: 1, unchanged: 1 } } });
    expect(Number(second.ok && second.version)).toBe(Number(first.ok && first.version) + 1);
    const row = await ds.getRepository(ServiceItemEntity).findOneByOrFail({ code: 'T-001' });
    expect(row.name).toBe('测试许可甲（新）');
  });
});

describe('search follows the catalogue version', () => {
  it('a running instance finds an item imported after it started', async () => {
    const app = await startTestApp({ catalogue: [{ name: 'a.json', content: base }] });
    cleanups.push(() => app.close());
    const before = await app.get<GuideSearchResult>(`/api/v1/guides?q=${encodeURIComponent('新增事项丙')}`);
    expect(before.body.items.map((i) => i.code)).not.toContain('T-009');
    // Another instance (or `pnpm seed`) imports into the same database.
    const result = await importCatalogue(app.dataSource, [{ name: 'b.json', content: { items: [item('T-009', '新增事项丙')] } }]);
    expect(result.ok).toBe(true);
    const after = await app.get<GuideSearchResult>(`/api/v1/guides?q=${encodeURIComponent('新增事项丙')}`);
    expect(after.body.items[0]?.code).toBe('T-009');
  });
});
