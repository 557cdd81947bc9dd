import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { GuideSummary } from '@bianmin/shared/guides/guide.schema';
import { ITEM_KIND_LABEL } from '@bianmin/shared/catalogue/vocabulary';
import { HighlightText } from '@/components/HighlightText';
import { formatLimit } from '@/lib/format';
import { guidePages } from '../pages';

export function GuideResultItem({ guide }: { guide: GuideSummary }) {
  return (
    <View className="guide-result" onClick={() => void Taro.navigateTo({ url: guidePages.detail.url(guide.code) })}>
      <HighlightText className="guide-result-name" text={guide.name} ranges={guide.highlights} />
      {guide.matchedAlias && <Text className="guide-result-alias">与“{guide.matchedAlias}”相关的事项</Text>}
      <View className="guide-result-meta">
        <Text className="muted">{guide.department.name}</Text>
        <Text className="muted"> · {ITEM_KIND_LABEL[guide.kind]}</Text>
        <Text className="muted"> · 承诺{formatLimit(guide.promisedLimitDays)}</Text>
      </View>
      <View className="guide-result-badges">
        {guide.fullyOnline && <Text className="badge is-ok">全程网办</Text>}
        {guide.onSiteVisits === 0 && !guide.fullyOnline && <Text className="badge is-ok">零跑腿</Text>}
        {guide.onSiteVisits === 1 && <Text className="badge">最多跑一次</Text>}
        {guide.appointmentAvailable && <Text className="badge">可预约</Text>}
      </View>
    </View>
  );
}
