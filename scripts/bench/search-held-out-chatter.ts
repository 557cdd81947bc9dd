// Held-out queries that no item answers: chatter, questions for a search engine of the whole web,
// keyboard noise. A government service's search should say it found nothing (and suggest what it
// can do) rather than list items that share a character with the query. Written on 2026-12-06
// before either engine was run on them; like the held-out set, it grows and never shrinks, and
// nothing in it may be tuned on.
import { HELD_OUT_CHATTER_BLIND } from './search-held-out-blind-3';
import { HELD_OUT_CHATTER_BLIND_4 } from './search-held-out-blind-4';
import { HELD_OUT_CHATTER_BLIND_5 } from './search-held-out-blind-5';
import { HELD_OUT_CHATTER_BLIND_6 } from './search-held-out-blind-6';
import { HELD_OUT_CHATTER_BLIND_7 } from './search-held-out-blind-7';
import { HELD_OUT_CHATTER_BLIND_8 } from './search-held-out-blind-8';

export const HELD_OUT_CHATTER: string[] = [
  ...HELD_OUT_CHATTER_BLIND,
  ...HELD_OUT_CHATTER_BLIND_4,
  ...HELD_OUT_CHATTER_BLIND_5,
  ...HELD_OUT_CHATTER_BLIND_6,
  ...HELD_OUT_CHATTER_BLIND_7,
  ...HELD_OUT_CHATTER_BLIND_8,
  '今天天气怎么样',
  '晚饭吃什么好',
  '哈哈哈哈哈',
  '你是机器人吗',
  '明天会下雨吗',
  '世界杯谁夺冠了',
  '推荐一部好看的电影',
  '我好无聊啊',
  '月亮为什么是圆的',
  '帮我写一首诗',
  '股票明天涨不涨',
  'asdfgh',
  '123456',
  '周杰伦新歌',
  '怎么减肥最快',
  '红烧肉的做法',
  '恐龙是怎么灭绝的',
  '给我讲个笑话',
  '几点了',
  '谢谢你呀',
];
