// The eighth group of resident queries written on December 6, before either engine was run on
// them: everyday situations told the way an old person, someone with little schooling or someone
// upset tells them, with none of the service's own words (residence, insurance, births and
// deaths, marriage, property, trade, tax, disability, pensions, school). Part of the tuning set
// through search-queries-written.ts; like it, it grows and never shrinks.
import {
  AGED_ALLOWANCE,
  BIRTH_CERT,
  BIRTH_REGISTRATION,
  DISABILITY_CARD,
  FLEXIBLE_PENSION,
  FUNERAL,
  HARDSHIP,
  HOSPITAL_CLAIM,
  HUKOU_CANCEL,
  HUKOU_MOVE,
  LABOUR_ARBITRATION,
  MARRIAGE,
  MINIMUM_LIVING,
  PENSION_CLAIM,
  PROPERTY_TRANSFER,
  RESIDENT_MEDICAL,
  RETIREMENT,
  SELF_EMPLOYED,
  STALL,
  TRANSFER_SCHOOL,
  UNEMPLOYMENT_BENEFIT,
  WORK_INJURY,
} from './search-items';
import type { QualityCase } from './search-queries';

const CHRONIC_ILLNESS = '基本医疗保险参保人员享受门诊慢特病病种待遇认定';
const LIVING_ELSEWHERE = '异地长期居住人员备案';
const WHEELCHAIR = '残疾人基本型辅助器具适配申请';
const POOR_PUPIL = '义务教育家庭经济困难学生生活补助';

export const WRITTEN_DECEMBER_6_EIGHTH: Record<string, QualityCase[]> = {
  'written December 6 (eighth), before measuring': [
    // Where one lives, who is born and who dies.
    ['我在这边打工好几年了想弄个能在这长住的证', ['居住证办理']],
    ['俺家闺女嫁到外村去了想把她的本子跟着她男人落过去', [HUKOU_MOVE]],
    ['老伴上个月没了家里本子上他那一页咋弄掉', [HUKOU_CANCEL]],
    ['刚添了个大胖小子想给他在家里本子上添个名', [BIRTH_REGISTRATION]],
    ['娃在医院生的护士说要先拿个证明才能报上', [BIRTH_CERT, BIRTH_REGISTRATION]],
    ['老爷子昨天过世了火化那些钱能不能免', [FUNERAL, HUKOU_CANCEL]],
    // Marriage.
    ['我们俩处了三年对象想去把证扯了', [MARRIAGE]],
    ['日子过不下去了想跟他分开手续去哪办', ['离婚登记']],
    ['当年那张红本本让老鼠咬烂了还能重新弄一张吗', ['补领结婚证']],
    // Old age, pensions and insurance.
    ['老娘今年八十二了听说岁数大了每月能给几个钱', [AGED_ALLOWANCE]],
    ['我六十了在村里交了十几年的钱啥时候能按月拿', [PENSION_CLAIM]],
    ['干到岁数了厂里让我回家歇着手续咋弄', [RETIREMENT]],
    ['自己在外头跑车没单位想给自己交老了以后的钱', [FLEXIBLE_PENSION]],
    ['俺们农村人看病每年交的那个钱今年在哪交', [RESIDENT_MEDICAL]],
    ['住了半个月医院花了好几万回来能退回多少', [HOSPITAL_CLAIM]],
    ['老爹在外地闺女家住着看病的钱回不来老家报', [LIVING_ELSEWHERE]],
    ['老伴常年吃降压药每个月拿药能不能少花点', [CHRONIC_ILLNESS]],
    // Work lost, work gone wrong.
    ['厂子倒闭了我被打发回家每个月有没有钱领', [UNEMPLOYMENT_BENEFIT]],
    ['在工地干活从架子上摔下来腿断了老板不管', [WORK_INJURY]],
    ['干了半年活包工头一分钱没给人就跑了', [LABOUR_ARBITRATION]],
    // Disability and hardship.
    ['我老头子腿脚不利索想领个能推着走的椅子', [WHEELCHAIR]],
    ['孩子耳朵天生听不见想给他评个等级领个本', [DISABILITY_CARD]],
    ['家里揭不开锅了男人又瘫在床上政府能不能每月给点', [MINIMUM_LIVING, HARDSHIP]],
    // A little trade and its tax.
    ['想在村口支个小摊卖点自家种的菜', [STALL, SELF_EMPLOYED]],
    ['想在家门口开个卖烟酒零食的小铺子', [SELF_EMPLOYED, '仅销售预包装食品经营者备案']],
    ['铺子不想干了门也关了那张执照咋处理', ['个体工商户注销登记']],
    ['帮人家干了点活对方非要我给他开张票', ['代开增值税普通发票']],
    // Property and school.
    ['买的二手房想把房本上的名字换成我', [PROPERTY_TRANSFER]],
    ['娃在外地念书想转回老家的学校念', [TRANSFER_SCHOOL]],
    ['家里穷孩子住校吃饭的钱都拿不出来', [POOR_PUPIL]],
  ],
};
