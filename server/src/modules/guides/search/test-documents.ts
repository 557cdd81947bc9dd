// Search documents for the engine's tests: an item of the district's service centre unless a test
// says otherwise, with no summary, life events or popularity of its own.
import type { SearchDocument } from './index';

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
