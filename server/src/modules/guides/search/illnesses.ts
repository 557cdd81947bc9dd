// A grave illness a resident names (老公得了癌症, 孩子查出白血病) against the catalogue's word for any
// of them (生大病救助, 门诊大病): the named illness reads as that word, so the sentence finds the aid
// for grave illness that its name alone would not. Only when suffered (得了, 患了, 查出, 确诊), so a
// screening or a vaccine (宫颈癌疫苗) stays as typed; only when the catalogue says the general word
// and not the illness itself, so a district with an item for the illness keeps it.
// A closed class of illnesses, as story-words.ts's words: not a list of queries.

/** Named grave illnesses: any cancer (肺癌, 癌症), leukaemia, kidney failure, a tumour, a terminal one. */
const ILLNESS = String.raw`(?:[肺胃肝肠乳脑骨胰肾]|乳腺|鼻咽|食道|食管|宫颈|膀胱|淋巴|甲状腺)?癌症?|白血病|尿毒症|肿瘤|绝症|重病|重症`;
/** Having it: the verb, with 了, 是 or 为 where residents put one (得了, 查出来是, 确诊为). */
const SUFFERED = String.raw`(?<=(?:得|患|患上|查出|查出来|检查出|检查出来|确诊|诊断出)(?:了|是|为)?(?:个|一个)?)`;
const SAID = new RegExp(SUFFERED + `(?:${ILLNESS})`, 'gu');
/** The catalogue's word for any grave illness. */
const GRAVE = '大病';

export class Illnesses {
  private readonly known: boolean;

  /** `words`: the catalogue's names and aliases. */
  constructor(private readonly words: string[]) {
    this.known = words.some((word) => word.includes(GRAVE));
  }

  /** The query with each suffered illness the catalogue does not name read as 大病. */
  said(query: string): string {
    if (!this.known) return query;
    return query.replace(SAID, (illness) => (this.words.some((word) => word.includes(illness)) ? illness : GRAVE));
  }
}
