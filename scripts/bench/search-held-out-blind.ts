// Held-out resident queries written blind: by someone who had not read the engines' dictionaries,
// the tuning queries or the rest of the held-out set, and added to the held-out set before any
// engine was run on them. No tuner may read this file; search-held-out.ts spreads it into HELD_OUT.
import {
  BIRTH_CERT,
  BIRTH_PLANNING,
  BIRTH_REGISTRATION,
  COMPANY,
  DESTITUTE_SUPPORT,
  DISABILITY_CARD,
  DISASTER_RELIEF,
  FOOD_LICENCE,
  HARDSHIP,
  HEALTH_CERT,
  HOSPITAL_CLAIM,
  HUKOU_CANCEL,
  ID_CARD,
  LABOUR_ARBITRATION,
  LEGAL_AID,
  MARRIAGE,
  MATERNITY_ALLOWANCE,
  MINIMUM_LIVING,
  PENSION_CLAIM,
  PROPERTY_TRANSFER,
  PUBLIC_HOUSING,
  SELF_EMPLOYED,
  SMALL_EATERY,
  UNEMPLOYED,
  UNEMPLOYMENT_BENEFIT,
  WORK_INJURY,
} from './search-items';
import type { QualityCase } from './search-queries';

const HYGIENE = '公共场所卫生许可';

export const HELD_OUT_BLIND: Record<string, QualityCase[]> = {
  'what happened to them': [
    ['干活从架子上摔下来腿折了 老板说不关他的事', [WORK_INJURY, LABOUR_ARBITRATION]],
    ['厂子黄了，没活干了，能领钱不', [UNEMPLOYMENT_BENEFIT, UNEMPLOYED]],
    ['台风把我家房顶掀了 政府给不给补', [DISASTER_RELIEF, HARDSHIP]],
    ['身份证不知道丢哪了后天要坐高铁咋办', [ID_CARD]],
    ['干了仨月工头一分钱没给 人跑了', [LABOUR_ARBITRATION, LEGAL_AID]],
    ['去济南住院花了两万多，当时没直接结，回来咋报', [HOSPITAL_CLAIM]],
  ],
  'a life event, in their words': [
    ['老婆肚子里的娃下礼拜出来 出来以后都要办啥', [BIRTH_CERT, BIRTH_REGISTRATION, BIRTH_PLANNING]],
    ['和男朋友准备国庆去民政局登记，要带户口本吗', [MARRIAGE]],
    ['俩人天天吵 日子没法过了 想好聚好散', ['离婚登记']],
    ['我爸上礼拜办完丧事了 户口本上他那页咋处理', [HUKOU_CANCEL]],
    ['下个月满六十 农村那个养老交了十五年 咋开始领钱', [PENSION_CLAIM]],
    ['刚毕业来这上班工资低房租太贵 有没有便宜房子给我们住', [PUBLIC_HOUSING, '住房保障家庭租赁补贴发放']],
  ],
  'the shop or trade they mean to open': [
    ['想在小区门口开个剪头发的店 要办哪些证', [SELF_EMPLOYED, HYGIENE, HEALTH_CERT]],
    ['打算卖麻辣烫，店面也就三十来平', [SMALL_EATERY, FOOD_LICENCE, SELF_EMPLOYED]],
    ['开个给猫狗看病的店', ['动物诊疗许可证核发']],
    ['村里想开个卖化肥农要的门市', ['农药经营许可证核发（限制使用农药除外）', SELF_EMPLOYED]],
    ['老家房子空着 想弄成民俗接客', ['旅馆业特种行业许可证核发', HYGIENE, SELF_EMPLOYED]],
    ['和朋友凑钱开个物流公司 先买两台大货车', ['道路货物运输经营许可', '道路货物运输车辆道路运输证配发', COMPANY]],
  ],
  'an errand for someone else': [
    ['帮我妈问问 她腿不好使想弄个轮椅 公家给不给', ['残疾人基本型辅助器具适配申请', DISABILITY_CARD]],
    ['帮老乡问下，两口子在这打工，孩子能在这边上学不', ['进城务工人员随迁子女接受义务教育入学申请', '居住证办理']],
    ['我爹瘫床上好几年了 有没有上门伺候能报销的', ['长期护理保险待遇申请', '重度残疾人护理补贴']],
    ['替我闺女问 生完孩子在家歇着这几个月 单位工资停了 咋整', [MATERNITY_ALLOWANCE]],
    ['替我姑问 她要把老房子卖给别人 过户去哪办', [PROPERTY_TRANSFER, '契税申报缴纳']],
    ['帮邻居大爷问下 他无儿无女一个人过也没收入 政府能管吗', [DESTITUTE_SUPPORT, MINIMUM_LIVING]],
  ],
};
