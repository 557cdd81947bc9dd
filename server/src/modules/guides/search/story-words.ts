// Words of the resident's story rather than of what they ask for: who it happened to (孩子, 老婆),
// where (小区, 门口), when (今天, 下班), and the frame of a spoken sentence (一直, 特别, 好几). A
// whole sentence is full of them (我家孩子最近总是…); in partial matching they count for nothing,
// so they neither let an item in (孩子 of 孩子报户口) nor raise the bar for the words that matter
// (住院 in 我妈在菜市场摔了一跤住院花了好几万). Strict matching still reads them (生孩子, 小孩上医保).
// A closed class of everyday words, not a list of queries: it must hold for any catalogue.

const WHO = [
  '孩子',
  '小孩',
  '儿子',
  '女儿',
  '闺女',
  '宝宝',
  '老婆',
  '老公',
  '媳妇',
  '丈夫',
  '妻子',
  '爱人',
  '对象',
  '两口子',
  '爸',
  '妈',
  '父母',
  '爷爷',
  '奶奶',
  '姥姥',
  '姥爷',
  '外公',
  '外婆',
  '哥哥',
  '姐姐',
  '弟弟',
  '妹妹',
  '朋友',
  '同学',
  '同事',
  '亲戚',
  '家人',
  '人家',
];
const WHERE = ['家里', '在家', '回家', '单位', '门口', '楼上', '楼下', '附近', '小区', '路上', '外面', '村口', '城里', '公园', '海边'];
const WHEN = [
  '今天',
  '昨天',
  '前天',
  '明天',
  '后天',
  '今年',
  '去年',
  '明年',
  '最近',
  '早上',
  '上午',
  '中午',
  '下午',
  '晚上',
  '半夜',
  '周末',
  '平时',
  '每天',
  '天天',
  '现在',
  '刚才',
  '以前',
  '后来',
  '时候',
  '暑假',
  '寒假',
  '上班',
  '下班',
];
const FRAME = ['一直', '总是', '老是', '突然', '特别', '非常', '比较', '有点', '已经', '还是', '到底', '一个', '一点', '好几', '实在'];

/** Story words by their first character, longest first. */
const BY_FIRST = new Map<string, string[]>();
for (const word of [...WHO, ...WHERE, ...WHEN, ...FRAME].sort((a, b) => b.length - a.length)) {
  const first = word.charAt(0);
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), word]);
}

/** Query bits of the units inside a story word (units of one character each; Latin runs never match). */
export function storyBits(units: string[]): number {
  let bits = 0;
  for (let j = 0; j < units.length; j++) {
    const words = BY_FIRST.get(units[j] ?? '');
    if (!words) continue;
    for (const word of words) {
      let k = 1;
      while (k < word.length && units[j + k] === word[k]) k++;
      if (k < word.length) continue;
      bits |= ((1 << word.length) - 1) << j;
      j += word.length - 1;
      break;
    }
  }
  return bits;
}
