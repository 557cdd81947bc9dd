// Seventh round: a long sentence lets in an item whose summary says a word of it whole (开发 of
// 开发商房子还没盖好就开始卖了 in 房地产开发企业…预先出售房屋), ranked with the other partial hits on
// what it shares; characters of the sentence scattered through a summary let nothing in, nor does a
// summary word of a short query.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './index';
import { demoSearch, searchDocument } from './test-documents';

const { names } = demoSearch();
/** Items sharing nothing with the queries below, so that their characters are rare as in a catalogue. */
const OTHERS = ['结婚登记', '失业登记', '公共图书馆读者证办理', '养犬登记', '居住证办理', '户口迁移审批', '出生登记', '离婚登记'].map(
  (name, i) => searchDocument(`o${i}`, name),
);
const PRESALE = '房地产开发企业在商品房竣工前向购房人预先出售房屋';
const SENTENCE = '开发商房子还没盖好就开始卖了合法吗';

describe('a long sentence saying a word of an item’s summary', () => {
  it('finds 商品房预售许可 first for 开发商房子还没盖好就开始卖了合法吗', () => {
    expect(names(SENTENCE)[0]).toBe('商品房预售许可');
  });

  it('lets the item in on the summary word, marked partial', () => {
    const index = buildSearchIndex([searchDocument('a', '商品房预售许可', ['卖期房'], { summary: PRESALE }), ...OTHERS]);
    const hits = index.search(SENTENCE);
    expect(hits.map((h) => h.code)).toEqual(['a']);
    expect(hits[0]!.partial).toBe(true);
  });

  it('lets nothing in on a summary holding no word of the sentence whole (还没 of 还没盖 is half of 没盖)', () => {
    const scattered = '房地产企业在房屋还没竣工时向购房人出售';
    const index = buildSearchIndex([searchDocument('a', '商品房预售许可', ['卖期房'], { summary: scattered }), ...OTHERS]);
    expect(index.search(SENTENCE)).toEqual([]);
  });

  it('lets nothing in on the summary word of a short query (工伤 of 企业职工参保登记’s summary)', () => {
    expect(names('工伤')[0]).toBe('工伤认定');
    expect(names('工伤')).not.toContain('企业职工参保登记');
  });
});
