// The resident's journey through the guide API: find the item in their own words, read it, get the form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DepartmentList, ErrorBody, GuideDetail, GuideList, GuideSearchResult, LifeEventList } from '@bianmin/shared';
import { importCatalogue } from '../catalogue/index';
import { closeIfStarted, demoCatalogueFiles, startTestApp, type TestApp } from '../../testing/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await closeIfStarted(app);
});

const search = (params: Record<string, string>) => app.get<GuideSearchResult>(`/api/v1/guides?${new URLSearchParams(params).toString()}`);

describe('GET /api/v1/guides', () => {
  it('finds the business licence when a resident types 办营业执照, best match first with highlights', async () => {
    const { status, body } = await search({ q: '个体工商户' });
    expect(status).toBe(200);
    expect(body.items[0]?.name).toContain('个体工商户');
    const first = body.items[0]!;
    expect(first.highlights.length).toBeGreaterThan(0);
    const [start, end] = first.highlights[0]!;
    expect(first.name.slice(start, end)).toMatch(/[个体工商户]/);
    expect(first.department.name).toBeTruthy();
  });

  it('understands a life event: 开饭店 leads to the food business permit', async () => {
    const { body } = await search({ q: '开饭店' });
    expect(body.items.slice(0, 3).map((i) => i.name)).toContain('食品经营许可');
  });

  it('pages through the whole catalogue without a query', async () => {
    const page1 = await search({ page: '1', pageSize: '10' });
    const page2 = await search({ page: '2', pageSize: '10' });
    expect(page1.body.total).toBeGreaterThanOrEqual(150);
    expect(page1.body.items).toHaveLength(10);
    expect(page2.body.page).toBe(2);
    const codes = new Set([...page1.body.items, ...page2.body.items].map((i) => i.code));
    expect(codes.size).toBe(20);
  });

  it('filters by department and audience', async () => {
    const { body } = await search({ department: 'rs', audience: 'individual', pageSize: '100' });
    expect(body.total).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item.department.code).toBe('rs');
      expect(item.audiences).toContain('individual');
    }
  });

  it('filters by life event', async () => {
    const { body } = await search({ lifeEvent: 'get-married' });
    expect(body.items.map((i) => i.name)).toContain('结婚登记');
  });

  it('offers other words when nothing matches', async () => {
    const { status, body } = await search({ q: '量子纠缠宇宙飞船' });
    expect(status).toBe(200);
    expect(body.total).toBe(0);
    expect(body.suggestions.length).toBeGreaterThan(0);
  });

  it('keeps a sentence nothing matches unanswered, and lists items sharing its characters when the resident asks', async () => {
    const plain = await search({ q: '村里要在河上修一座小桥' });
    expect(plain.body).toMatchObject({ total: 0, partial: false, guessed: false });
    const asked = await search({ q: '村里要在河上修一座小桥', guess: '1' });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ partial: true, guessed: true });
    expect(asked.body.items[0]?.name).toBe('洪水影响评价类审批');
    expect(asked.body.total).toBeGreaterThan(1);
  });

  it('answers a query that matches as usual even when guesses are asked for', async () => {
    const { body } = await search({ q: '结婚登记', guess: '1' });
    expect(body.guessed).toBe(false);
    expect(body.items[0]?.name).toBe('结婚登记');
  });

  it('finds nothing for a query of emoji, and offers words to try instead of the whole catalogue', async () => {
    const { status, body } = await search({ q: '😀😀😀' });
    expect(status).toBe(200);
    expect(body.total).toBe(0);
    expect(body.items).toEqual([]);
    expect(body.suggestions.length).toBeGreaterThan(0);
  });

  it('puts what a resident means by 小卖部 first, and says which of their words led there', async () => {
    const { body } = await search({ q: '我想开个小卖部' });
    expect(body.items[0]?.name).toBe('个体工商户设立登记');
    expect(body.items[0]?.matchedAlias).toBe('开小卖部');
    expect(body.partial).toBe(false);
  });

  it('falls back to items matching some of the words, and says so', async () => {
    const { body } = await search({ q: '电梯年审' });
    expect(body.items.map((i) => i.name)).toContain('特种设备使用登记');
    expect(body.partial).toBe(true);
  });

  it.each([
    [{ pageSize: '1000' }, 'pageSize'],
    [{ page: '0' }, 'page'],
    [{ page: 'abc' }, 'page'],
    [{ audience: 'alien' }, 'audience'],
    [{ q: '办'.repeat(51) }, 'q'],
    [{ department: 'no-such-dept' }, 'department'],
    [{ lifeEvent: 'no-such-event' }, 'lifeEvent'],
    [{ q: '小桥', guess: 'yes' }, 'guess'],
  ])('rejects %o with 400 naming the field %s', async (params, field) => {
    const { status, body } = await app.get<ErrorBody>(`/api/v1/guides?${new URLSearchParams(params).toString()}`);
    expect(status).toBe(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(Object.keys(body.fieldErrors ?? {})).toContain(field);
  });
});

describe('GET /api/v1/guides/:code', () => {
  it('returns every section of the guide for 结婚登记', async () => {
    const found = await search({ q: '结婚登记' });
    const code = found.body.items[0]!.code;
    const { status, body } = await app.get<GuideDetail>(`/api/v1/guides/${code}`);
    expect(status).toBe(200);
    expect(body.name).toBe('结婚登记');
    expect(body.conditions.length).toBeGreaterThan(0);
    expect(body.legalBasis.length).toBeGreaterThan(0);
    expect(body.materials.length).toBeGreaterThan(0);
    expect(body.process.length).toBeGreaterThan(1);
    expect(typeof body.fee.charged).toBe('boolean');
    expect(body.legalLimitDays).toBeGreaterThanOrEqual(body.promisedLimitDays);
    expect(body.servicePoints.length).toBeGreaterThan(0);
    expect(body.servicePoints[0]!.windows.length).toBeGreaterThan(0);
    expect(body.consultPhone).toBeTruthy();
  });

  it('answers an unknown code with 404 in the error shape', async () => {
    const { status, body } = await app.get<ErrorBody>('/api/v1/guides/NO-SUCH-ITEM-1');
    expect(status).toBe(404);
    expect(body.code).toBe('NOT_FOUND');
    expect(body.message).toMatch(/事项/);
  });

  it('rejects a malformed code with 400', async () => {
    const { status, body } = await app.get<ErrorBody>(`/api/v1/guides/${encodeURIComponent('<script>')}`);
    expect(status).toBe(400);
    expect(body.fieldErrors).toHaveProperty('code');
  });

  it('shows a guide as the latest catalogue import has it (a changed material reaches the page at once)', async () => {
    const files = demoCatalogueFiles();
    const file = files.find((f) => f.name === '10-items-business.json');
    const item = (file?.content as { items: { code: string; materials: { name: string }[] }[] }).items[0];
    if (!item?.materials[0]) throw new Error('the demo catalogue changed: no business item with materials');
    const before = await app.get<GuideDetail>(`/api/v1/guides/${item.code}`);
    expect(before.body.materials[0]?.name).toBe(item.materials[0].name);
    item.materials[0].name = `${item.materials[0].name}（新版）`;
    await importCatalogue(app.dataSource, files);
    const after = await app.get<GuideDetail>(`/api/v1/guides/${item.code}`);
    expect(after.body.materials[0]?.name).toBe(item.materials[0].name);
    await importCatalogue(app.dataSource, demoCatalogueFiles()); // as the other tests expect it
  });

  it('counts views, so the most-read guide rises in the popular list', async () => {
    const all = await search({ pageSize: '100' });
    const last = all.body.items[all.body.items.length - 1]!;
    for (let i = 0; i < 3; i++) await app.get(`/api/v1/guides/${last.code}`);
    const { body } = await app.get<GuideList>('/api/v1/guides/popular?limit=5');
    expect(body.items[0]?.code).toBe(last.code);
  });
});

describe('form downloads', () => {
  it('serves the blank form and the filled sample as Word files with the Chinese file name', async () => {
    const all = await search({ pageSize: '100' });
    let formUrl: string | null = null;
    let sampleUrl: string | null = null;
    for (const item of all.body.items) {
      const { body } = await app.get<GuideDetail>(`/api/v1/guides/${item.code}`);
      const m = body.materials.find((x) => x.blankFormUrl && x.sampleFormUrl);
      if (m) {
        formUrl = m.blankFormUrl;
        sampleUrl = m.sampleFormUrl;
        break;
      }
    }
    expect(formUrl).not.toBeNull();
    for (const url of [formUrl!, sampleUrl!]) {
      const res = await app.raw(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const disposition = res.headers.get('content-disposition')!;
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.docx"; filename\*=UTF-8''[%A-Za-z0-9._~-]+\.docx$/);
      const utf8Name = decodeURIComponent(disposition.split("UTF-8''")[1]!);
      expect(utf8Name).toMatch(/[\u4e00-\u9fa5]/);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a .docx is a ZIP package
    }
  });

  it('answers 404 for a material without a form', async () => {
    const { status, body } = await app.get<ErrorBody>('/api/v1/guides/NO-SUCH-ITEM-1/materials/1/forms/blank');
    expect(status).toBe(404);
    expect(body.code).toBe('NOT_FOUND');
  });

  it('rejects an unknown variant with 400', async () => {
    const { status } = await app.get<ErrorBody>('/api/v1/guides/X1/materials/1/forms/filled');
    expect(status).toBe(400);
  });
});

describe('departments and life events', () => {
  it('lists at least 15 departments that publish items', async () => {
    const { body } = await app.get<DepartmentList>('/api/v1/departments');
    expect(body.items.filter((d) => d.itemCount > 0).length).toBeGreaterThanOrEqual(15);
  });

  it('lists life events with how many items each leads to', async () => {
    const { body } = await app.get<LifeEventList>('/api/v1/life-events');
    const marriage = body.items.find((e) => e.code === 'get-married');
    expect(marriage?.name).toBe('结婚');
    expect(marriage?.itemCount).toBeGreaterThan(0);
  });
});
