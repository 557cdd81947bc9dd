import { Text, View } from '@tarojs/components';
import type { GuideDetail } from '@bianmin/shared/guides/guide.schema';
import { AUDIENCE_LABEL, ITEM_KIND_LABEL } from '@bianmin/shared/catalogue/vocabulary';
import { formatDepth, formatLimit, formatVisits } from '@/lib/format';
import { Section } from '@/components/Section';

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="info-row">
      <Text className="info-label">{label}</Text>
      <Text className="info-value">{value}</Text>
    </View>
  );
}

export function BasicInfo({ guide }: { guide: GuideDetail }) {
  return (
    <Section id="sec-basic" title="基本信息" className="guide-basic">
      <Row label="事项类型" value={ITEM_KIND_LABEL[guide.kind]} />
      <Row label="服务对象" value={guide.audiences.map((a) => AUDIENCE_LABEL[a]).join('、')} />
      <Row label="主管部门" value={guide.department.name} />
      <Row label="实施主体" value={guide.implementingBody} />
      <Row label="法定办结时限" value={formatLimit(guide.legalLimitDays)} />
      <Row label="承诺办结时限" value={formatLimit(guide.promisedLimitDays)} />
      <Row label="网办深度" value={formatDepth(guide.onlineDepth)} />
      <Row label="到现场次数" value={formatVisits(guide.onSiteVisits)} />
      <Row label="是否收费" value={guide.fee.charged ? '收费（见收费标准）' : '不收费'} />
      <Row label="预约办理" value={guide.appointmentAvailable ? '支持' : '暂不支持'} />
      <Row label="事项编码" value={guide.code} />
    </Section>
  );
}
