// The tenth group of resident queries written on December 6, before either engine was run on
// them: a catalogue word typed on a phone with one character swapped for a same-sound one or a
// common variant (身分证, 户囗, 护找). Part of the tuning set through search-queries-written.ts;
// like it, it grows and never shrinks.
import { AGED_ALLOWANCE, COMPANY, HARDSHIP, HUKOU_MOVE, ID_CARD, PASSPORT, SELF_EMPLOYED, WORK_INJURY } from './search-items';
import type { QualityCase } from './search-queries';

export const WRITTEN_DECEMBER_6_TENTH: Record<string, QualityCase[]> = {
  'written December 6 (tenth), typed with one wrong character, before measuring': [
    ['身分证补办', [ID_CARD]],
    ['户囗迁移', [HUKOU_MOVE]],
    ['护找过期了', [PASSPORT]],
    ['结昏证丢了', ['补领结婚证']],
    ['宅基低审批', ['农村村民宅基地审批']],
    ['高龄金贴', [AGED_ALLOWANCE]],
    ['残疾人户理补贴', ['重度残疾人护理补贴']],
    ['营业执找', [SELF_EMPLOYED, COMPANY]],
    ['工伤认订', [WORK_INJURY]],
    ['临时就助', [HARDSHIP]],
    ['个体户注消', ['个体工商户注销登记']],
    ['孩子的身分证丢了怎么补', [ID_CARD]],
  ],
};
