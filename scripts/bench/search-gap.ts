// Where ours falls behind: of the queries only MiniSearch answers in the first five, what our own
// page showed — nothing, partial matches only, or strict ones. A gap made of empty pages is a trade
// against staying silent on chatter; one made of ranked pages is a ranking fault.
import { buildSearchIndex, type SearchDocument } from '@bianmin/server/tooling';
import type { QualityCase } from './search-queries';

export interface GapByPage {
  empty: number;
  partial: number;
  strict: number;
}

export function gapByPage(docs: SearchDocument[], cases: QualityCase[], theirs: (query: string) => string[]): GapByPage {
  const index = buildSearchIndex(docs);
  const codeOf = new Map(docs.map((d) => [d.name, d.code]));
  const gap: GapByPage = { empty: 0, partial: 0, strict: 0 };
  for (const [query, answers] of cases) {
    const wanted = new Set(answers.map((name) => codeOf.get(name)));
    const page = index.search(query);
    const ours = page.slice(0, 5).some((hit) => wanted.has(hit.code));
    if (
      ours ||
      !theirs(query)
        .slice(0, 5)
        .some((code) => wanted.has(code))
    )
      continue;
    if (page.length === 0) gap.empty++;
    else if (page.some((hit) => !hit.partial)) gap.strict++;
    else gap.partial++;
  }
  return gap;
}
