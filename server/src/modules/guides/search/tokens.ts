// Units and index keys of normalised text. A unit is one Han (or other non-Latin) character or a
// whole run of Latin letters and digits (etc, ic, 110). Keys are units (unigrams) and pairs of
// neighbouring units (bigrams): Chinese has no spaces, and bigrams are what make 结婚登记 match
// 结婚 and 登记 without a dictionary.

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Splits normalised text into units. */
export function splitUnits(text: string): string[] {
  const units: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (isWordCode(c)) {
      while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
    } else if (c >= 0xd800 && c < 0xdc00 && j < text.length) {
      j++;
    }
    units.push(text.slice(i, j));
    i = j;
  }
  return units;
}

/** A run of Latin letters or digits (as opposed to a Han character). */
export function isWordUnit(unit: string): boolean {
  return isWordCode(unit.charCodeAt(0));
}

/** True when the unit has a letter a–z (pinyin may be meant). */
export function hasLatinLetter(unit: string): boolean {
  for (let i = 0; i < unit.length; i++) {
    const c = unit.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** A Han character (the CJK blocks, including extensions as surrogate pairs). */
export function isHanUnit(unit: string): boolean {
  const c = unit.codePointAt(0) ?? 0;
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x323af);
}

/**
 * Bigram key of two neighbouring units. Plain concatenation is unambiguous because two Latin
 * runs are never neighbours (a run is maximal), so a key always splits back one way.
 */
export function bigramKey(a: string, b: string): string {
  return a + b;
}

/** Calls back every unigram (optionally) and bigram key of the units, repeats included. */
export function forEachKey(units: string[], withUnigrams: boolean, visit: (key: string) => void): void {
  for (let i = 0; i < units.length; i++) {
    if (withUnigrams) visit(units[i]!);
    if (i + 1 < units.length) visit(bigramKey(units[i]!, units[i + 1]!));
  }
}
