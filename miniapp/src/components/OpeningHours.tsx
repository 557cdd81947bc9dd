import { Text, View } from '@tarojs/components';
import type { OpeningPeriod } from '@bianmin/shared/catalogue/catalogue.schema';
import { formatOpeningHours, isOpenAt } from '@/lib/opening-hours';
import './OpeningHours.scss';

/** 工作时间 lines, an 办公中/已下班 badge by the device clock, and the hall's own note (holidays …). */
export function OpeningHours({
  periods,
  note,
  compact = false,
}: {
  periods: readonly OpeningPeriod[];
  note: string | null;
  compact?: boolean;
}) {
  const open = isOpenAt(periods, new Date());
  const lines = formatOpeningHours(periods);
  return (
    <View className={`opening-hours${compact ? ' is-compact' : ''}`}>
      <View className="opening-hours-head">
        <Text className="opening-hours-label">工作时间</Text>
        <Text className={`badge ${open ? 'is-ok' : 'is-grey'}`}>{open ? '办公中' : '非办公时间'}</Text>
      </View>
      {lines.map((line) => (
        <View key={line.days} className="opening-hours-line">
          <Text className="opening-hours-days">{line.days}</Text>
          <Text>{line.times}</Text>
        </View>
      ))}
      {note && !compact && <Text className="opening-hours-note muted">{note}</Text>}
    </View>
  );
}
