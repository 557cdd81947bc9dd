// How often an engine puts an item that answers the query first, or among the first five.
import { readFileSync } from 'node:fs';
import { CHATTER, type SearchDocument } from '@bianmin/server/tooling';
import { HEARD_WHEN_WRITTEN, HELD_OUT } from './search-held-out';
import { HELD_OUT_CHATTER } from './search-held-out-chatter';
import { TUNING, type QualityCase } from './search-queries';

const RESIDENT_WORDS = new URL('../../server/src/modules/guides/search/resident-words.json', import.meta.url);

export interface Quality {
  /** Cases with an answer in the catalogue. */
  cases: number;
  top1: number;
  top5: number;
  /** Queries whose answer is not in the first five, with what came first instead. */
  missed: { query: string; first: string | null }[];
  /** Per case with an answer, in order: answered first, answered in the first five (for pairing engines). */
  firstHits: boolean[];
  fiveHits: boolean[];
}

export function measureQuality(search: (query: string) => string[], cases: QualityCase[], docs: SearchDocument[]): Quality {
  const codeOf = new Map(docs.map((d) => [d.name, d.code]));
  const nameOf = new Map(docs.map((d) => [d.code, d.name]));
  const quality: Quality = { cases: 0, top1: 0, top5: 0, missed: [], firstHits: [], fiveHits: [] };
  for (const [query, answers] of cases) {
    if (!answers.length) continue;
    const wanted = new Set(answers.map((name) => codeOf.get(name)));
    const hits = search(query);
    quality.cases++;
    const first = hits[0] !== undefined && wanted.has(hits[0]);
    const inFive = hits.slice(0, 5).some((code) => wanted.has(code));
    quality.firstHits.push(first);
    quality.fiveHits.push(inFive);
    if (first) quality.top1++;
    if (inFive) quality.top5++;
    else quality.missed.push({ query, first: hits[0] === undefined ? null : (nameOf.get(hits[0]) ?? hits[0]) });
  }
  return quality;
}

/** An entry of resident-words.json, as far as the check needs it (the engine's reading: resident-words.ts). */
export interface ResidentPhrase {
  said: string[];
  with?: string[];
  after?: string[];
}

export interface Silence {
  queries: number;
  /** Queries the engine answered with nothing. */
  silent: number;
  /** Queries it answered with items, and the first of them. */
  spoke: { query: string; first: string }[];
}

/** How often an engine answers a query that no item answers with nothing. */
export function measureSilence(search: (query: string) => string[], queries: string[], docs: SearchDocument[]): Silence {
  const nameOf = new Map(docs.map((d) => [d.code, d.name]));
  const silence: Silence = { queries: queries.length, silent: 0, spoke: [] };
  for (const query of queries) {
    const [first] = search(query);
    if (first === undefined) silence.silent++;
    else silence.spoke.push({ query, first: nameOf.get(first) ?? first });
  }
  return silence;
}

const plain = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Fails the run when a set cannot be trusted: an answer that is not a demo item, or a held-out
 * query that is an alias verbatim, a tuning query, or holds a phrase of resident-words.json
 * (then one engine would have been tuned on it) — unless that phrase or alias was already there
 * when the query's blind set was written (`HEARD_WHEN_WRITTEN`): a resident's word the dictionary
 * held before anyone saw the query is the dictionary working, not a leak.
 */
export function checkQualitySets(docs: SearchDocument[]): void {
  const tuningCases = Object.values(TUNING).flat();
  const heldOut = Object.values(HELD_OUT).flat();
  const names = new Set(docs.map((d) => d.name));
  const unknown = [...tuningCases, ...heldOut].flatMap(([, answers]) => answers).filter((name) => !names.has(name));
  if (unknown.length) throw new Error(`answers that are not demo items: ${unknown.join(', ')}`);
  const { entries } = JSON.parse(readFileSync(RESIDENT_WORDS, 'utf8')) as { entries: ResidentPhrase[] };
  const collisions = heldOutCollisions(heldOut, {
    aliases: docs.flatMap((d) => d.aliases),
    tuning: tuningCases.map(([q]) => q),
    entries,
    heardWhenWritten: HEARD_WHEN_WRITTEN,
  });
  // The error names what on the tuning side collided, never the held-out query: whoever tunes must
  // be able to act on it without reading a held-out text.
  if (collisions.length)
    throw new Error(`${collisions.length} held-out queries already seen by an engine, through: ${[...new Set(collisions)].join('; ')}`);
  if (heldOut.length < 30) throw new Error(`the held-out set needs at least 30 queries, has ${heldOut.length}`);
  // Written by several hands: a query twice would count twice (the error names no query, as above).
  const twice = heldOut.length - new Set(heldOut.map(([q]) => plain(q))).size;
  if (twice) throw new Error(`${twice} held-out queries are another held-out query again`);
  const tuning = new Set(tuningCases.map(([q]) => plain(q)));
  const tuningChatter = new Set(CHATTER.map(plain));
  const chatterSeen = HELD_OUT_CHATTER.filter(
    (q) => tuning.has(plain(q)) || tuningChatter.has(plain(q)) || heardIn(entries, plain(q)) !== undefined,
  );
  if (chatterSeen.length)
    throw new Error(
      `${chatterSeen.length} held-out chatter queries already seen by an engine (a tuning query or a resident-words.json phrase)`,
    );
}

/** Phrases and aliases a blind set's queries may hold: in the dictionary or catalogue before the set was written. */
export interface HeardWhenWritten {
  queries: QualityCase[];
  phrases: string[];
}

/** What on the tuning side each colliding held-out query collided with (none: the set can be trusted). */
export function heldOutCollisions(
  heldOut: QualityCase[],
  seen: { aliases: string[]; tuning: string[]; entries: ResidentPhrase[]; heardWhenWritten: HeardWhenWritten[] },
): string[] {
  const aliases = new Set(seen.aliases.map(plain));
  const tuning = new Set(seen.tuning.map(plain));
  const allowed = new Map<string, Set<string>>();
  for (const set of seen.heardWhenWritten) {
    for (const [q] of set.queries) allowed.set(plain(q), new Set(set.phrases.map(plain)));
  }
  return heldOut.flatMap(([q]) => {
    const text = plain(q);
    const before = allowed.get(text);
    if (tuning.has(text)) return ['a tuning query'];
    if (aliases.has(text) && !before?.has(text)) return ['an alias verbatim'];
    const phrase = heardIn(seen.entries, text);
    return phrase && !before?.has(plain(phrase)) ? [`the resident-words.json phrase "${phrase}"`] : [];
  });
}

/**
 * The phrase of resident-words.json a query holds where its entry applies, if any: 残疾 of an entry
 * that needs 唯一的孩子 beside it is not seen in 申请残疾证, nor 没了 that must follow 老伴 in 东西全烧没了.
 */
export function heardIn(entries: ResidentPhrase[], text: string): string | undefined {
  for (const e of entries) {
    const said = e.said.find((p) => text.includes(p));
    if (said === undefined) continue;
    if (e.with && !e.with.some((w) => text.includes(w))) continue;
    if (e.after && !e.after.some((w) => text.includes(w + said))) continue;
    return said;
  }
  return undefined;
}
