// The tuning set: residents' words as the bench has always asked them (colloquial, partial,
// traditional, pinyin, typos, mixed), each with the demo items that would answer it — any of them
// counts. MiniSearch's configuration was tuned on these only; search-held-out.ts measures it.
// The set grows, it never shrinks. An empty list: the demo catalogue has no such item (the
// query still counts for latency).

import { SENTENCES } from '@bianmin/server/tooling';

/** [what a resident types, names of the demo items that answer it]. */
export type QualityCase = [query: string, answers: string[]];

const SELF_EMPLOYED = '个体工商户设立登记';
const COMPANY = '公司设立登记';
const MARRIAGE = '结婚登记';
const DISABILITY_CARD = '残疾人证办理';
const SOCIAL_CARD = '社会保障卡申领';
const RESIDENT_MEDICAL = '城乡居民基本医疗保险参保登记';
const HOSPITAL_CLAIM = '住院费用报销';
const PUBLIC_HOUSING = '公共租赁住房申请资格审核认定';
const HEALTH_CERT = '从业人员健康证明办理';
const TEACHER = '教师资格认定';
const TEACHER_REISSUE = '教师资格证书补发、换发';
const TRANSFER_SCHOOL = '义务教育阶段学生学籍异动办理';
const BIRTH_CERT = '《出生医学证明》首次签发';
const BIRTH_REGISTRATION = '出生登记';
const PROPERTY_TRANSFER = '国有建设用地使用权及房屋所有权转移登记';
const UNEMPLOYMENT_BENEFIT = '失业保险金申领';
const PENSION_ENROL = '城乡居民基本养老保险参保登记';
const PENSION_CLAIM = '城乡居民基本养老保险待遇申领';
const RETIREMENT = '企业职工基本养老保险正常退休申请';
const LEGAL_AID = '对公民法律援助申请的审批';
const CONSTRUCTION_PERMIT = '建筑工程施工许可证核发';

export const TUNING: Record<string, QualityCase[]> = {
  'their words, partial names': [
    ['营业执照', [SELF_EMPLOYED, COMPANY]],
    ['我要开个饭馆', ['食品经营许可', '食品小作坊小餐饮登记', SELF_EMPLOYED]],
    ['生了孩子要办什么', [BIRTH_REGISTRATION, BIRTH_CERT]],
    ['退休了怎么领养老金', [RETIREMENT, PENSION_CLAIM]],
    ['外地人办居住证', ['居住证办理']],
    ['开饭店', ['食品经营许可']],
    ['残疾证', [DISABILITY_CARD]],
    ['结婚证丢了怎么办', ['补领结婚证']],
    ['失业了怎么领钱', [UNEMPLOYMENT_BENEFIT]],
    ['社保卡', [SOCIAL_CARD]],
    ['医保报销', [HOSPITAL_CLAIM]],
    ['公租房', [PUBLIC_HOUSING]],
    ['低保怎么申请', ['最低生活保障审批']],
    ['二手房过户', [PROPERTY_TRANSFER]],
    ['准生证', ['生育登记']],
    ['健康证', [HEALTH_CERT]],
    ['教师资格证', [TEACHER, TEACHER_REISSUE]],
    ['转学', [TRANSFER_SCHOOL]],
    ['老年证', ['老年人优待证办理']],
    ['高龄补贴', ['80周岁以上老年人高龄津贴发放']],
    ['劳动仲裁', ['劳动人事争议仲裁申请']],
    ['法律援助', [LEGAL_AID]],
    ['工伤', ['工伤认定']],
    ['施工许可证', [CONSTRUCTION_PERMIT]],
    ['开药店', ['药品零售企业经营许可']],
    ['卖烟花', ['烟花爆竹经营（零售）许可证核发']],
    ['开KTV', ['娱乐场所经营活动审批（娱乐经营许可证核发）']],
    ['代开发票', ['代开增值税普通发票']],
    ['完税证明', ['开具税收完税证明', '开具个人所得税纳税记录']],
    ['个税证明', ['开具个人所得税纳税记录']],
    ['注销公司', ['公司注销登记', '税务注销即时办理']],
    ['公司改名', ['公司变更登记']],
    ['食品经营许可证', ['食品经营许可']],
    ['卫生许可证', ['公共场所卫生许可', '饮用水供水单位卫生许可']],
    ['出生证明', [BIRTH_CERT]],
    ['打疫苗', ['《预防接种证》办理']],
    ['护士证', ['护士执业注册']],
    ['慢性病', ['基本医疗保险参保人员享受门诊慢特病病种待遇认定']],
    ['异地就医', ['异地长期居住人员备案']],
    ['长护险', ['长期护理保险待遇申请']],
    ['退伍', ['退役报到', '退役士兵自主就业一次性经济补助金的给付', '退役军人优待证申领']],
    ['军属补贴', ['义务兵家庭优待金给付']],
    ['调解纠纷', ['人民调解申请']],
    ['公证', ['公证业务预约办理']],
    ['火化费', ['基本殡葬服务费用减免']],
    ['轮椅', ['残疾人基本型辅助器具适配申请']],
    ['年报', ['市场主体年度报告公示']],
    ['领发票', ['发票领用']],
    ['一般纳税人', ['增值税一般纳税人登记']],
    ['契税', ['契税申报缴纳']],
    ['维修基金', ['住宅专项维修资金使用备案']],
    ['预售证', ['商品房预售许可']],
    ['规划许可证', ['建设工程规划许可证核发', '乡村建设规划许可证核发', '建设用地规划许可证核发']],
    ['农村盖房', ['农村村民宅基地审批', '乡村建设规划许可证核发']],
    ['宅基地纠纷', ['土地权属争议行政裁决']],
    ['查房产', ['不动产登记资料查询']],
    ['无房证明', ['不动产登记资料查询']],
    ['消防验收', ['特殊建设工程消防验收']],
    ['合作社', ['农民专业合作社（联合社）设立登记']],
    ['身份证', ['居民身份证办理（含临时居民身份证）']],
    ['户口迁移', ['户口迁移审批']],
    ['驾驶证', []],
    ['养老院', ['养老机构备案']],
    ['小孩上医保', [RESIDENT_MEDICAL]],
    ['办个体户', [SELF_EMPLOYED]],
    ['怎么注册公司', [COMPANY]],
    ['孩子上小学', ['义务教育阶段新生入学登记']],
    ['租房补贴', ['住房保障家庭租赁补贴发放']],
    ['被辞退了', [UNEMPLOYMENT_BENEFIT, '劳动人事争议仲裁申请', '失业登记']],
    ['买到假货', ['消费者投诉受理']],
    ['举报', ['市场监管领域重大违法行为举报奖励', '安全生产举报奖励', '生态环境问题投诉举报受理']],
    ['义诊', ['义诊活动备案']],
    ['开诊所', ['医疗机构执业登记', '中医诊所备案']],
    ['学籍', [TRANSFER_SCHOOL]],
    ['校车', ['校车使用许可']],
  ],
  'traditional characters': [
    ['營業執照', [SELF_EMPLOYED, COMPANY]],
    ['結婚登記', [MARRIAGE]],
    ['殘疾人證', [DISABILITY_CARD]],
    ['社會保障卡', [SOCIAL_CARD]],
    ['醫療保險', [RESIDENT_MEDICAL, HOSPITAL_CLAIM]],
    ['離婚登記', ['离婚登记']],
    ['護士執業註冊', ['护士执业注册']],
    ['食品經營許可', ['食品经营许可']],
    ['健康證明', [HEALTH_CERT]],
    ['教師資格認定', [TEACHER]],
    ['公司設立登記', [COMPANY]],
    ['失業保險金', [UNEMPLOYMENT_BENEFIT]],
    ['養老保險', [PENSION_ENROL, PENSION_CLAIM, '灵活就业人员企业职工基本养老保险参保登记']],
    ['最低生活保障', ['最低生活保障审批']],
    ['補領結婚證', ['补领结婚证']],
    ['出生醫學證明', [BIRTH_CERT]],
    ['建築工程施工許可證', [CONSTRUCTION_PERMIT]],
    ['房屋過戶', [PROPERTY_TRANSFER]],
    ['個體工商戶', [SELF_EMPLOYED, '个体工商户注销登记']],
    ['法律援助申請', [LEGAL_AID]],
  ],
  'pinyin, initials, mixed': [
    ['jiehun', [MARRIAGE, '补领结婚证']],
    ['jhdj', [MARRIAGE]],
    ['canjiren', [DISABILITY_CARD]],
    ['yingyezhizhao', [SELF_EMPLOYED, COMPANY]],
    ['yyzz', [SELF_EMPLOYED, COMPANY]],
    ['shebaoka', [SOCIAL_CARD]],
    ['sbk', [SOCIAL_CARD]],
    ['yibao', [RESIDENT_MEDICAL, HOSPITAL_CLAIM]],
    ['dibao', ['最低生活保障审批']],
    ['gongzufang', [PUBLIC_HOUSING]],
    ['hushi', ['护士执业注册']],
    ['jiankangzheng', [HEALTH_CERT]],
    ['jkz', [HEALTH_CERT]],
    ['lihun', ['离婚登记']],
    ['shiye', [UNEMPLOYMENT_BENEFIT, '失业登记']],
    ['tuixiu', [RETIREMENT]],
    ['yanglao', [PENSION_ENROL, PENSION_CLAIM, RETIREMENT, '灵活就业人员企业职工基本养老保险参保登记', '养老机构备案']],
    ['gongshang', [SELF_EMPLOYED, '个体工商户注销登记', '工伤认定']],
    ['zhuxiao', ['公司注销登记', '个体工商户注销登记', '户口注销', '税务注销即时办理']],
    ['fapiao', ['发票领用', '代开增值税普通发票']],
    ['qishui', ['契税申报缴纳']],
    ['zhunshengzheng', ['生育登记']],
    ['chusheng', [BIRTH_REGISTRATION, BIRTH_CERT]],
    ['yimiao', ['《预防接种证》办理']],
    ['jiaoshizige', [TEACHER, TEACHER_REISSUE]],
    ['zhuanxue', [TRANSFER_SCHOOL]],
    ['laonianzheng', ['老年人优待证办理']],
    ['gaoling', ['80周岁以上老年人高龄津贴发放']],
    ['laodongzhongcai', ['劳动人事争议仲裁申请']],
    ['falvyuanzhu', [LEGAL_AID]],
    ['shigongxuke', [CONSTRUCTION_PERMIT]],
    ['xiaofang', ['特殊建设工程消防验收']],
    ['gongzheng', ['公证业务预约办理']],
    ['canji', [DISABILITY_CARD, '困难残疾人生活补贴', '重度残疾人护理补贴']],
    ['gtgsh', [SELF_EMPLOYED, '个体工商户注销登记']],
    ['gsdj', [COMPANY, '公司变更登记', '公司注销登记']],
    ['jiehun登记', [MARRIAGE]],
    ['shebao卡', [SOCIAL_CARD]],
    ['jie hun', [MARRIAGE, '补领结婚证']],
    ['yingye执照', [SELF_EMPLOYED, COMPANY]],
  ],
  'one-character typos': [
    ['营业直照', [SELF_EMPLOYED, COMPANY]],
    ['结昏登记', [MARRIAGE]],
    ['残疾正', [DISABILITY_CARD]],
    ['社保咔', [SOCIAL_CARD]],
    ['医保保销', [HOSPITAL_CLAIM]],
    ['低包', ['最低生活保障审批']],
    ['公租防', [PUBLIC_HOUSING]],
    ['准生正', ['生育登记']],
    ['健康正', [HEALTH_CERT]],
    ['教师资格正', [TEACHER, TEACHER_REISSUE]],
    ['失业金领取', [UNEMPLOYMENT_BENEFIT]],
    ['离昏', ['离婚登记']],
    ['护土执业', ['护士执业注册']],
    ['契说', ['契税申报缴纳']],
    ['公正处', ['公证业务预约办理']],
  ],
  ...SENTENCES,
};
