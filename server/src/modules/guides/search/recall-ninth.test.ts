// Ninth round: a sentence sharing no whole word with any item stays unanswered. A last-resort
// ranking by rare character pairs (BM25 over 助行 and 行器 of a summary's 助行器) was measured
// and left out: on the demo catalogue chatter reaching it scored as high as the resident sentences
// it would have answered (银行卡 of a summary for 银行卡密码忘了, 助行器 for 想要个助行器), and
// the tuning sentences that find nothing share at most one pair with their item. These keep a
// loose fallback of that kind from creeping back without a margin over chatter (the tuning chatter
// has its own tests).
import { describe, expect, it } from 'vitest';
import { demoSearch } from './test-documents';

const { demo, names } = demoSearch();

/** Chatter whose character pairs some item's summary or alias holds (银行卡, 孩子报). */
const CHATTER_SHARING_PAIRS = ['银行卡密码忘了怎么办', '想给孩子报个钢琴班', '今天单位开会开了一下午', '周末去钓鱼钓了好多鲫鱼'];

describe('a sentence sharing no whole word with any item', () => {
  it.each(CHATTER_SHARING_PAIRS)('finds nothing for %s', (query) => {
    expect(demo.search(query)).toEqual([]);
  });

  it('still finds the item when the sentence says a word of its alias (助听器)', () => {
    expect(names('我妈耳朵背了想配个助听器')[0]).toBe('残疾人基本型辅助器具适配申请');
  });
});
