// MiniSearch configured for Chinese, as a careful team would ship it: the comparison the search
// engine has to stand against. Tuned on the tuning set only (search-queries.ts), then measured
// on the held-out set. What it lacks by design of the library, and we did not bolt on: pinyin,
// traditional → simplified, and the server's resident-words dictionary (小卖部 → 个体工商户).
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { SearchDocument } from '@bianmin/server/tooling';

export interface MiniSearchTuning {
  /** Per-field boosts. */
  boost: Record<Field, number>;
  /** Query terms: CJK bigrams only (false) or unigrams too (true). */
  queryUnigrams: boolean;
  /** Fewer AND hits than this and the OR hits follow them. */
  fallbackBelow: number;
  /** Edit distance allowed on CJK bigrams in the OR fallback (one wrong character); 0 for none. */
  cjkFuzzy: number;
  /** BM25 term saturation, length normalisation, and the bonus for any match at all. */
  bm25: { k: number; b: number; d: number };
}

/**
 * The indexed fields are the text fields our engine indexes: name, aliases (residents' words),
 * life events with their aliases, department, summary. Audiences are a filter on both sides, not
 * text (they are English codes), so neither engine searches them.
 */
type Field = 'name' | 'aliases' | 'lifeEvents' | 'department' | 'summary';
const FIELDS: Field[] = ['name', 'aliases', 'lifeEvents', 'department', 'summary'];

/**
 * Settled on the tuning set only (150 queries, 149 with an answer; counts are "answer first /
 * in the first five"), each choice against its alternatives:
 * - query unigrams as well as bigrams: 104/112 against 94/101 without — a typo (结昏登记) still
 *   shares its characters, and every query term must match in the AND pass anyway;
 * - OR only when AND finds nothing: the same counts as "fewer than three";
 * - no one-character-off fuzzy on Han bigrams: no more in the first five (111–112) and costs a tree walk
 *   per bigram;
 * - BM25 k 2, b 0.3, d 0: 106/112 against 104/112 with the defaults (1.2, 0.7, 0.5) — names and
 *   aliases are short, so length normalisation matters less; within the noise of one query;
 * - boosts: name 3, aliases 2, life events 1, department 0.5, summary 0.3: the name says what
 *   the item is, aliases are residents' own words, a life event groups many items, department
 *   and summary are weak evidence. Equal boosts found two fewer first, name 3 = aliases 3 one
 *   fewer in both; name 2 or 5 tied.
 */
export const TUNED: MiniSearchTuning = {
  boost: { name: 3, aliases: 2, lifeEvents: 1, department: 0.5, summary: 0.3 },
  queryUnigrams: true,
  fallbackBelow: 1,
  cjkFuzzy: 0,
  bm25: { k: 2, b: 0.3, d: 0 },
};

/** As many hits as our engine returns at most. */
const MAX_HITS = 200;
const HAN = /\p{Script=Han}/u;
/** Runs of Han characters, or of Latin letters and digits; everything else separates. */
const RUN = /\p{Script=Han}+|[\p{Script=Latin}\p{N}]+/gu;

/**
 * Chinese has no spaces, and MiniSearch's default tokenizer splits on them: a name would be one
 * term, matched only whole. Han runs become bigrams (结婚登记 → 结婚 婚登 登记, so 结婚 finds it
 * without a dictionary) plus unigrams — always in the index, in queries as tuned;
 * Latin and digit runs stay words (KTV, 12315). NFKC folds full-width forms and lower-cases.
 */
function tokenizer(unigrams: boolean): (text: string) => string[] {
  return (text) => {
    const terms: string[] = [];
    for (const [run] of text.normalize('NFKC').toLowerCase().matchAll(RUN)) {
      if (!HAN.test(run)) {
        terms.push(run);
        continue;
      }
      let previous: string | null = null;
      let length = 0;
      for (const char of run) {
        if (unigrams) terms.push(char);
        if (previous !== null) terms.push(previous + char);
        previous = char;
        length++;
      }
      // A lone character is a term in any case, or a one-character query would have none.
      if (!unigrams && length === 1) terms.push(run);
    }
    return terms;
  };
}

const isLatin = (term: string): boolean => !HAN.test(term);

export function buildMiniSearch(docs: SearchDocument[], tuning: MiniSearchTuning = TUNED): (query: string) => string[] {
  const index = new MiniSearch<SearchDocument>({
    idField: 'code',
    fields: FIELDS,
    // Arrays joined by a space, so no bigram spans two aliases.
    extractField: (doc, field) => {
      switch (field as Field | 'code') {
        case 'aliases':
          return doc.aliases.join(' ');
        case 'lifeEvents':
          return doc.lifeEvents.flatMap((e) => [e.name, ...e.aliases]).join(' ');
        case 'department':
          return doc.departmentName;
        case 'summary':
          return doc.summary ?? '';
        case 'name':
          return doc.name;
        case 'code':
          return doc.code;
      }
    },
    tokenize: tokenizer(true),
    // The tokenizer already normalised; the default would only lower-case again.
    processTerm: (term) => term,
  });
  index.addAll(docs);

  const base: SearchOptions = {
    tokenize: tokenizer(tuning.queryUnigrams),
    boost: tuning.boost,
    bm25: tuning.bm25,
    // Prefix and fuzzy help Latin words typed in part or misspelt (ktv, 1231…). On Han terms
    // prefix would turn 证 into "any bigram starting with 证": noise, so only Latin.
    prefix: (term) => isLatin(term) && term.length >= 2,
    fuzzy: (term) => (isLatin(term) && term.length >= 4 ? 0.2 : false),
  };
  // Strict first: every query term must match, like our engine's strict pass.
  const strict: SearchOptions = { ...base, combineWith: 'AND' };
  // Then loose: any term, and (when tuned so) a bigram one character off (结昏 → 结婚).
  const loose: SearchOptions = {
    ...base,
    combineWith: 'OR',
    fuzzy: (term) => (isLatin(term) ? term.length >= 4 && 0.2 : Array.from(term).length === 2 && tuning.cjkFuzzy),
  };
  return (query) => {
    const hits = index.search(query, strict).map((r) => r.id as string);
    if (hits.length >= tuning.fallbackBelow) return hits.slice(0, MAX_HITS);
    const listed = new Set(hits);
    for (const r of index.search(query, loose)) if (!listed.has(r.id as string)) hits.push(r.id as string);
    return hits.slice(0, MAX_HITS);
  };
}
