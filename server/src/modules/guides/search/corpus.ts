// The catalogue as the engine sees it: every field normalised once, life events and departments
// pulled out as shared groups (a life event is written once, not once per item), and a fixed
// browsing order (popularity, then name in pinyin order) for ties and for blank queries.
import type { SearchDocument, SearchFilter } from './index';
import { normalize, normalizeMapped, type MappedText } from './normalize';

export interface Group {
  kind: 'lifeEvent' | 'department';
  code: string;
  /** Original words: the name first, then aliases. */
  words: string[];
  normalized: string[];
  docs: Int32Array;
}

export interface Corpus {
  docs: SearchDocument[];
  names: MappedText[];
  /** 1 when every unit of the normalised name is one UTF-16 code unit (no Latin runs, no surrogates). */
  plainNames: Uint8Array;
  aliases: string[][];
  summaries: string[];
  groups: Group[];
  lifeEventGroup: Map<string, number>;
  /** Life-event group ids of each document. */
  docLifeEvents: Int32Array[];
  byCode: Map<string, number>;
  /** Rank of each document in browsing order, and documents in that order. */
  rank: Int32Array;
  byRank: Int32Array;
}

const AUDIENCE_BITS = { individual: 1, organization: 2 } as const;

export function buildCorpus(docs: SearchDocument[]): Corpus {
  const groups: Group[] = [];
  const lifeEventGroup = new Map<string, number>();
  const departmentIds = new Map<string, number>();
  const members: number[][] = [];
  const docLifeEvents: Int32Array[] = [];

  const join = (d: number, kind: Group['kind'], code: string, words: string[], ids: Map<string, number>): number => {
    let id = ids.get(code);
    if (id === undefined) {
      id = groups.length;
      ids.set(code, id);
      groups.push({ kind, code, words, normalized: words.map(normalize), docs: new Int32Array(0) });
      members.push([]);
    }
    members[id]!.push(d);
    return id;
  };

  docs.forEach((doc, d) => {
    const own = doc.lifeEvents.map((e) => join(d, 'lifeEvent', e.code, [e.name, ...e.aliases], lifeEventGroup));
    docLifeEvents.push(Int32Array.from(new Set(own)));
    join(d, 'department', doc.departmentCode, [doc.departmentName], departmentIds);
  });
  groups.forEach((g, id) => {
    g.docs = Int32Array.from(new Set(members[id]));
  });

  const collator = new Intl.Collator('zh-Hans-CN');
  const byRank = Int32Array.from(docs.keys()).sort(
    (a, b) =>
      docs[b]!.popularity - docs[a]!.popularity ||
      collator.compare(docs[a]!.name, docs[b]!.name) ||
      (docs[a]!.code < docs[b]!.code ? -1 : docs[a]!.code > docs[b]!.code ? 1 : 0),
  );
  const rank = new Int32Array(docs.length);
  byRank.forEach((d, r) => {
    rank[d] = r;
  });

  const names = docs.map((d) => normalizeMapped(d.name));
  return {
    docs,
    names,
    plainNames: Uint8Array.from(names, (n) => (/[a-z0-9\ud800-\udfff]/.test(n.text) ? 0 : 1)),
    aliases: docs.map((d) => d.aliases.map(normalize)),
    summaries: docs.map((d) => (d.summary ? normalize(d.summary) : '')),
    groups,
    lifeEventGroup,
    docLifeEvents,
    byCode: new Map(docs.map((doc, d) => [doc.code, d])),
    rank,
    byRank,
  };
}

/** A compiled filter: one cheap test per document; null when everything passes. */
export function compileFilter(corpus: Corpus, filter: SearchFilter | undefined): ((d: number) => boolean) | null {
  if (!filter) return null;
  const { department, audience, lifeEvent, kind } = filter;
  if (department === undefined && audience === undefined && lifeEvent === undefined && kind === undefined) return null;
  const eventId = lifeEvent === undefined ? -1 : (corpus.lifeEventGroup.get(lifeEvent) ?? -2);
  const audienceBit = audience === undefined ? 0 : AUDIENCE_BITS[audience];
  return (d) => {
    const doc = corpus.docs[d]!;
    if (department !== undefined && doc.departmentCode !== department) return false;
    if (kind !== undefined && doc.kind !== kind) return false;
    if (audienceBit && !doc.audiences.some((a) => AUDIENCE_BITS[a] === audienceBit)) return false;
    if (eventId !== -1 && !corpus.docLifeEvents[d]!.includes(eventId)) return false;
    return true;
  };
}
