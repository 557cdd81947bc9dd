// Guide use cases: search in residents' words, read a guide, download its forms.
import type { DataSource } from 'typeorm';
import type { DepartmentList, GuideDetail, GuideList, GuideSearchQuery, GuideSearchResult, LifeEventList } from '@bianmin/shared';
import { NotFoundError, ValidationError } from '../../errors';
import {
  type CatalogueReader,
  type CatalogueSnapshot,
  type GuideBody,
  MaterialEntity,
  type MaterialRow,
  ServiceItemEntity,
} from '../catalogue/index';
import { toGuideDetail, toGuideSummary } from './mapper';
import { buildSearchIndex, type SearchDocument, type SearchIndex } from './search/index';
import { DOCX_TYPE, renderFormDocument } from './form-document';
import { createViewCounter } from './view-counter';

const SUGGEST_BELOW = 3;
const FORM_CACHE_SIZE = 200;
const GUIDE_CACHE_SIZE = 500;

export type GuideService = ReturnType<typeof createGuideService>;

export function createGuideService(deps: { dataSource: DataSource; catalogue: CatalogueReader }) {
  let indexed: { version: string | null; index: SearchIndex } | null = null;
  const forms = new Map<string, Buffer>();
  // A guide's text and materials change only with a catalogue import, which changes the item's
  // content hash: read once per hash, not once per view.
  const guides = new Map<string, { guide: GuideBody; materials: MaterialRow[] }>();
  const views = createViewCounter(deps.dataSource);

  async function guideOf(code: string, contentHash: string) {
    const key = `${code}:${contentHash}`;
    const cached = guides.get(key);
    if (cached) return cached;
    const row = await deps.dataSource.getRepository(ServiceItemEntity).findOne({ where: { code }, select: { code: true, guide: true } });
    if (!row) return null;
    const materials = await deps.dataSource.getRepository(MaterialEntity).find({ where: { itemCode: code }, order: { position: 'ASC' } });
    if (guides.size >= GUIDE_CACHE_SIZE) {
      const oldest = guides.keys().next(); // a Map iterates in insertion order
      if (!oldest.done) guides.delete(oldest.value);
    }
    const read = { guide: row.guide, materials };
    guides.set(key, read);
    return read;
  }

  function indexFor(snapshot: CatalogueSnapshot): SearchIndex {
    if (indexed?.version !== snapshot.version) {
      indexed = { version: snapshot.version, index: buildSearchIndex(toSearchDocuments(snapshot)) };
    }
    return indexed.index;
  }

  async function publishedItem(code: string) {
    const snapshot = await deps.catalogue.current();
    const item = snapshot.itemByCode.get(code);
    if (!item) throw new NotFoundError('没有找到这个事项，可能已调整或下线，请返回重新搜索');
    return { snapshot, item };
  }

  return {
    /** Ensures the index for the current catalogue exists (called at start so the first search is fast). */
    async warmUp(): Promise<void> {
      indexFor(await deps.catalogue.current());
    },

    async search(query: GuideSearchQuery): Promise<GuideSearchResult> {
      const snapshot = await deps.catalogue.current();
      if (query.department && !snapshot.departmentByCode.has(query.department)) {
        throw new ValidationError({ department: ['没有这个部门，请从部门列表中选择'] });
      }
      if (query.lifeEvent && !snapshot.lifeEventByCode.has(query.lifeEvent)) {
        throw new ValidationError({ lifeEvent: ['没有这个生活事件，请从列表中选择'] });
      }
      const index = indexFor(snapshot);
      const q = query.q ?? '';
      const filter = { department: query.department, audience: query.audience, lifeEvent: query.lifeEvent, kind: query.kind };
      let hits = index.search(q, filter);
      const guessed = hits.length === 0 && query.guess === '1' && q !== '';
      if (guessed) hits = index.guess(q, filter);
      const partial = hits[0]?.partial === true;
      const start = (query.page - 1) * query.pageSize;
      const items = hits.slice(start, start + query.pageSize).flatMap((hit) => {
        const item = snapshot.itemByCode.get(hit.code);
        return item ? [toGuideSummary(item, snapshot, hit)] : [];
      });
      return {
        items,
        total: hits.length,
        page: query.page,
        pageSize: query.pageSize,
        suggestions: q && (hits.length < SUGGEST_BELOW || partial) ? index.suggest(q) : [],
        partial,
        guessed,
      };
    },

    async popular(limit: number): Promise<GuideList> {
      const snapshot = await deps.catalogue.current();
      await views.flush(); // this instance's latest views count at once
      const rows = await deps.dataSource.getRepository(ServiceItemEntity).find({
        where: { status: 'published' },
        select: { code: true },
        order: { viewCount: 'DESC', sortOrder: 'ASC' },
        take: limit,
      });
      return {
        items: rows.flatMap((r) => {
          const item = snapshot.itemByCode.get(r.code);
          return item ? [toGuideSummary(item, snapshot)] : [];
        }),
      };
    },

    async detail(code: string): Promise<GuideDetail> {
      const { snapshot, item } = await publishedItem(code);
      const read = await guideOf(code, item.contentHash);
      if (!read) throw new NotFoundError('没有找到这个事项，可能已调整或下线，请返回重新搜索');
      views.count(code); // popularity for the home page (view-counter.ts)
      return toGuideDetail(item, read.guide, read.materials, snapshot);
    },

    async departments(): Promise<DepartmentList> {
      const snapshot = await deps.catalogue.current();
      const counts = countBy(snapshot.items.map((i) => i.departmentCode));
      return {
        items: snapshot.departments.map((d) => ({ code: d.code, name: d.name, phone: d.phone, itemCount: counts.get(d.code) ?? 0 })),
      };
    },

    async lifeEvents(): Promise<LifeEventList> {
      const snapshot = await deps.catalogue.current();
      const counts = countBy(snapshot.items.flatMap((i) => i.lifeEvents));
      return {
        items: snapshot.lifeEvents.map((e) => ({ code: e.code, name: e.name, aliases: e.aliases, itemCount: counts.get(e.code) ?? 0 })),
      };
    },

    async form(code: string, materialId: number, variant: 'blank' | 'sample') {
      const { snapshot, item } = await publishedItem(code);
      const material = await deps.dataSource.getRepository(MaterialEntity).findOne({ where: { itemCode: code, position: materialId } });
      const form = material?.form;
      if (!form || (variant === 'sample' && !form.fields.some((f) => f.sample))) {
        throw new NotFoundError(variant === 'sample' ? '这份材料没有填写样例' : '这份材料没有可下载的表格');
      }
      const key = `${code}/${materialId}/${variant}/${item.contentHash}`;
      let body = forms.get(key);
      if (!body) {
        const department = snapshot.departmentByCode.get(item.departmentCode)?.name ?? '';
        body = await renderFormDocument(form, { sample: variant === 'sample', itemName: item.name, department });
        if (forms.size >= FORM_CACHE_SIZE) {
          const oldest = forms.keys().next(); // a Map iterates in insertion order
          if (!oldest.done) forms.delete(oldest.value);
        }
        forms.set(key, body);
      }
      const fileName = `${form.title}${variant === 'sample' ? '（填写样例）' : ''}.docx`;
      return { fileName, contentType: DOCX_TYPE, body };
    },
  };
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

function toSearchDocuments(snapshot: CatalogueSnapshot): SearchDocument[] {
  return snapshot.items.map((item) => ({
    code: item.code,
    name: item.name,
    aliases: item.aliases,
    summary: item.summary,
    departmentCode: item.departmentCode,
    departmentName: snapshot.departmentByCode.get(item.departmentCode)?.name ?? '',
    audiences: item.audiences as SearchDocument['audiences'],
    kind: item.kind,
    lifeEvents: item.lifeEvents.flatMap((code) => {
      const ev = snapshot.lifeEventByCode.get(code);
      return ev ? [{ code, name: ev.name, aliases: ev.aliases }] : [];
    }),
    popularity: item.viewCount,
  }));
}
