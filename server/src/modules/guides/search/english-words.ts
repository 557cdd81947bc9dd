// English a resident mixes in (ID card, 护照 renew, marriage登记): the catalogue is Chinese, and
// letters are otherwise read as pinyin, so an English word finds nothing. Known English words are
// replaced by the catalogue's word before the query is parsed; anything else is left as typed.
// Rule for the table: documents and services every district's catalogue names, each mapped to
// the catalogue's own word; no single-word key may read as pinyin (sfz, hukou stay pinyin).

/** English words (lower case) → the catalogue word they stand for. */
export const ENGLISH: Readonly<Record<string, string>> = {
  id: '身份证',
  'id card': '身份证',
  'identity card': '身份证',
  passport: '护照',
  visa: '签注',
  'residence permit': '居住证',
  'residence card': '居住证',
  marriage: '结婚',
  married: '结婚',
  marry: '结婚',
  wedding: '结婚',
  'marriage certificate': '结婚证',
  divorce: '离婚',
  'social security card': '社会保障卡',
  'social security': '社保',
  'social insurance': '社保',
  'medical insurance': '医疗保险',
  'health insurance': '医疗保险',
  pension: '养老保险',
  retirement: '退休',
  unemployment: '失业',
  unemployed: '失业',
  'business license': '营业执照',
  'business licence': '营业执照',
  company: '公司',
  invoice: '发票',
  tax: '纳税',
  'birth certificate': '出生医学证明',
  vaccination: '预防接种',
  disability: '残疾',
  disabled: '残疾',
  teacher: '教师',
  nurse: '护士',
  doctor: '医师',
  'health certificate': '健康证明',
  'criminal record': '无犯罪记录',
  'legal aid': '法律援助',
  macau: '澳',
};

/** The table by its words run together: ID card, ID-card and IDcard are one key. */
const BY_LETTERS = new Map(Object.entries(ENGLISH).map(([words, meant]) => [words.replaceAll(' ', ''), meant]));
/** Longest phrase tried, in words (social security card). */
const MAX_WORDS = 3;
const WORD = /[A-Za-z]+/g;
const LETTER = /[A-Za-z]/;
/** Only words apart by spaces or hyphens are one phrase (ID card, ID-card). */
const APART = /^[\s-]*$/;

interface Word {
  start: number;
  end: number;
  letters: string;
}

/** Words [start, end) of the query that say `meant`. */
interface Phrase {
  start: number;
  end: number;
  words: number;
  meant: string;
}

/** The query with known English words (one to three, apart or run together) in the catalogue's words. */
export function translateEnglish(raw: string): string {
  if (!LETTER.test(raw)) return raw;
  const words: Word[] = [...raw.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, letters: m[0].toLowerCase() }));
  let out = '';
  let from = 0;
  let i = 0;
  while (i < words.length) {
    const phrase = longestPhrase(raw, words.slice(i, i + MAX_WORDS));
    if (phrase === null) {
      i++;
      continue;
    }
    out += raw.slice(from, phrase.start) + phrase.meant;
    from = phrase.end;
    i += phrase.words;
  }
  return out + raw.slice(from);
}

/** The longest known phrase the words start, or null. */
function longestPhrase(raw: string, words: Word[]): Phrase | null {
  let found: Phrase | null = null;
  let key = '';
  let previous: Word | null = null;
  for (const word of words) {
    if (previous && !APART.test(raw.slice(previous.end, word.start))) break;
    key += word.letters;
    const meant = BY_LETTERS.get(key);
    const first = words[0] ?? word;
    if (meant !== undefined) found = { start: first.start, end: word.end, words: words.indexOf(word) + 1, meant };
    previous = word;
  }
  return found;
}
