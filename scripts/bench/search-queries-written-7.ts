// The seventh group of resident queries written on December 6, before either engine was run on
// them: sentences about the items the other groups hardly ask for (permits for a trade, a family's
// rarer benefits, a works site's paperwork), told as residents tell them. Part of the tuning set
// through search-queries-written.ts; like it, it grows and never shrinks.
import { LEGAL_AID, PROPERTY_TRANSFER, SELF_EMPLOYED } from './search-items';
import type { QualityCase } from './search-queries';

const LARGE_EVENT = '大型群众性活动安全许可（预计参加人数1000人以上5000人以下）';

export const WRITTEN_DECEMBER_6_SEVENTH: Record<string, QualityCase[]> = {
  'written December 6 (seventh), before measuring': [
    // A family's rarer benefits.
    ['我家孩子三岁了还不说话医院说是自闭症', ['残疾儿童康复救助申请']],
    ['我爸瘫在床上想在厕所里装几个扶手', ['困难重度残疾人家庭无障碍改造申请', '重度残疾人护理补贴']],
    ['从部队回来了要先去哪里报个到', ['退役报到']],
    ['儿子当了两年兵刚回家听说能领一笔钱', ['退役士兵自主就业一次性经济补助金的给付', '退役报到']],
    ['唯一的儿子前年出车祸没了我们老两口以后靠谁', ['计划生育家庭特别扶助金']],
    ['爷爷走后留下的老房子要转到我爸名下', [PROPERTY_TRANSFER, '公证业务预约办理']],
    ['打官司请律师太贵了有没有免费帮忙的', [LEGAL_AID]],
    // A trade's permits.
    ['想在店里顺便卖点盐酸硫酸这类东西', ['第三类非药品类易制毒化学品经营备案']],
    ['在老街租了个门面专门卖字画', ['设立艺术品经营单位备案', SELF_EMPLOYED]],
    ['晚上去酒吧唱歌挣点钱要不要备案', ['个体演员备案']],
    ['在学校门口支个报刊亭卖杂志', ['出版物零售单位和个体工商户设立审批']],
    ['厂里新买了一台叉车要去哪里登记', ['特种设备使用登记']],
    ['家里有几辆小车想开个公司往外租', ['小微型客车租赁经营备案']],
    ['想在镇上开个旅行社的门店接团', ['旅行社设立分社备案']],
    ['我们几户种蘑菇的想一起注册个社', ['农民专业合作社（联合社）设立登记']],
    ['小区楼顶的水箱要办什么卫生证', ['饮用水供水单位卫生许可']],
    ['开发商房子还没盖好就开始卖了合法吗', ['商品房预售许可']],
    ['公司欠了点税被评了个很差的信用等级', ['纳税信用修复']],
    ['公司想让员工按项目干活不按八小时上下班', ['企业实行不定时工作制和综合计算工时工作制审批']],
    ['厂里要写一份出了事故怎么应对的方案交上去', ['生产经营单位生产安全事故应急预案备案']],
    // Works, roads and the land.
    ['要埋自来水管得把路面挖开一段', ['占用、挖掘城市道路审批', '占用、挖掘公路、公路用地或者使公路改线审批']],
    ['要拉一台特别宽的大机器走国道', ['公路超限运输许可']],
    ['在国道边上立个牌子给农家乐指路', ['设置非公路标志审批']],
    ['村里要在河上修一座小桥', ['洪水影响评价类审批']],
    ['从邻县买了一车树苗拉回来种', ['林业植物检疫证书核发（省内调运）']],
    // Health, school and everyday.
    ['护士证快到期了要重新注册', ['护士执业注册']],
    ['换了家医院上班医生执业证要改地址吗', ['医师执业注册']],
    ['幼儿园想买辆车每天接送孩子', ['校车使用许可']],
    ['孩子跑步拿了区里第一想评个运动员', ['三级运动员称号授予']],
    ['公司想在广场办一场两千人的音乐节', [LARGE_EVENT]],
  ],
};
