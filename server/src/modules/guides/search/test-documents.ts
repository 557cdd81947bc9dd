// Search documents for the engine's tests: an item of the district's service centre unless a test
// says otherwise, with no summary, life events or popularity of its own; and the demo catalogue's
// index, as the recall tests search it.
import { fileURLToPath } from 'node:url';
import { loadDemoDocuments } from './demo-catalogue';
import { buildSearchIndex, type SearchDocument, type SearchIndex } from './index';

export function searchDocument(code: string, name: string, aliases: string[] = [], extra: Partial<SearchDocument> = {}): SearchDocument {
  return {
    code,
    name,
    aliases,
    summary: null,
    departmentCode: 'zw',
    departmentName: '区政务服务中心',
    audiences: ['individual'],
    kind: 'permit',
    lifeEvents: [],
    popularity: 0,
    ...extra,
  };
}

export interface DemoSearch {
  demo: SearchIndex;
  /** Item name by code. */
  nameOf: Map<string, string>;
  /** Names of the items found, best first. */
  names: (query: string) => (string | undefined)[];
}

/** The demo catalogue (scripts/seed/demo) indexed, with its hits read as item names. */
export function demoSearch(): DemoSearch {
  const docs = loadDemoDocuments(fileURLToPath(new URL('../../../../../scripts/seed/demo', import.meta.url)));
  const demo = buildSearchIndex(docs);
  const nameOf = new Map(docs.map((d) => [d.code, d.name]));
  return { demo, nameOf, names: (query) => demo.search(query).map((h) => nameOf.get(h.code)) };
}
