// Held-out search queries, fifth blind set. Written blind on December 6 (sixth session, fifth set) by someone who
// had read neither engine, their dictionaries, the tuning queries nor the rest of the held-out set, and
// added before any engine ran on them. Only the demo catalogue's item names, summaries, materials and
// conditions were read. No tuner may read this file: once an engine is tuned against it, it stops
// measuring anything.
// Seven were reworded by the lead, before any engine's result for this set was seen, after the
// bench's collision check named what a tuner had seen in them (不发工资, 重新盖, 着火 then 火灾, 台风,
// 过世 of resident-words.json; two aliases verbatim). Written by a helper of the same kind as the
// other sets' writers: some of its sentences are close to theirs (a fire that left nothing), and one
// was the third set's word for word (低保咋申请): reworded too.
import type { QualityCase } from './search-queries';

export const HELD_OUT_BLIND_5: Record<string, QualityCase[]> = {
  'money and benefits': [
    ['当兵回来的钱', ['退役士兵自主就业一次性经济补助金的给付']],
    ['俺妈今年满八十了听说每月有钱领', ['80周岁以上老年人高龄津贴发放']],
    ['生孩子休产假这几个月没收入，请问有啥津贴可以领', ['生育津贴支付']],
    ['自己开店创业有补帖吗', ['一次性创业补贴申领']],
    ['想给俺娘申请低保', ['最低生活保障审批']],
    ['买房贷款银行要我的个税证明', ['开具个人所得税纳税记录', '开具税收完税证明']],
  ],
  'building and land': [
    ['俺家在村里想把老房子推了翻盖，要去哪审批', ['农村村民宅基地审批', '乡村建设规划许可证核发']],
    ['二手房过护', ['国有建设用地使用权及房屋所有权转移登记']],
    ['楼里电梯坏了想用维修基金', ['住宅专项维修资金使用备案']],
    ['门口要挖路埋管子咋审批', ['占用、挖掘城市道路审批', '占用、挖掘公路、公路用地或者使公路改线审批']],
    ['我们家残疾老人上厕所不方便想装扶手，政府能帮着改吗', ['困难重度残疾人家庭无障碍改造申请']],
    ['跟邻居为地界吵起来了找谁', ['土地权属争议行政裁决']],
  ],
  'children and school': [
    ['娃上户口', ['出生登记']],
    ['刚生完孩子出生证明在哪领', ['《出生医学证明》首次签发']],
    ['我们在城阳打工，孩子是老家户口，想在这边上小学要准备啥', ['进城务工人员随迁子女接受义务教育入学申请', '义务教育阶段新生入学登记']],
    ['转学手续', ['义务教育阶段学生学籍异动办理']],
    ['孩子生病了想休学一年', ['适龄儿童、少年因身体状况需要延缓入学或者休学审批']],
    ['家里穷娃上初中吃饭钱都困难，学校有没有生活补组', ['义务教育家庭经济困难学生生活补助']],
  ],
  'transport and travel': [
    ['第一次办护照', ['普通护照签发']],
    ['港澳通行正续签注', ['往来港澳通行证及签注签发']],
    ['刚买了台收割机要上牌照，请问去哪个部门办', ['拖拉机和联合收割机注册登记']],
    ['跑货运的营运证咋办', ['道路货物运输车辆道路运输证配发', '道路货物运输经营许可']],
    ['俺想开个汽车修理铺，除了营业执照还要弄啥手续', ['机动车维修经营备案']],
    ['拉大件设备超高超宽要办证', ['公路超限运输许可']],
  ],
  'health, safety and emergencies': [
    ['家里一把火烧了个精光日子咋过', ['临时救助']],
    ['风太大把房子吹塌了有补助吗', ['自然灾害生活救助资金和物资给付']],
    ['上班摔伤了', ['工伤认定']],
    ['老爸在外地住院急诊没来得及备案，出院了钱怎么报', ['住院费用报销']],
    ['想领个轮椅', ['残疾人基本型辅助器具适配申请']],
    ['办丧事火化费用有补贴吗', ['基本殡葬服务费用减免']],
  ],
};

/** Sentences no item answers, written blind with the queries above. */
export const HELD_OUT_CHATTER_BLIND_5: string[] = [
  '明天会下雨吗',
  '蓝牙耳机一只没声音了',
  '信用卡账单分期划算吗',
  '手机话费怎么突然扣了二十块',
  '快递三天没更新物流是不是丢了',
  '医院挂号软件抢不到号怎么办',
  '附近哪家火锅好吃',
  '猫咪不吃猫粮一直叫',
  '冰箱冷藏室结冰了咋回事',
  '周末带娃去哪玩比较好',
  '家里WiFi老是断网，是路由器坏了还是宽带的问题',
  '银行卡密码输错三次被锁了',
  '孩子老看短视频怎么让他少玩手机',
  '凉拌黄瓜放醋还是放糖好吃',
  '电视剧最新一集啥时候更新',
];
