import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { HallWindow } from '@bianmin/shared/halls/hall.schema';
import { PhoneAction } from '@/components/ContactActions';
import { guidePages } from '@/features/guides/pages';

// A 综合受理 window can handle a whole department's items: show a few until asked for all.
const FOLDED_COUNT = 6;

/** One window: who sits there, its phone, and every item it handles (tap → the guide). */
export function WindowCard({ window: w }: { window: HallWindow }) {
  const [expanded, setExpanded] = useState(false);
  const items = expanded ? w.items : w.items.slice(0, FOLDED_COUNT);
  return (
    <View className="hall-window">
      <View className="hall-window-head">
        <Text className="hall-window-name">
          {w.number}号窗口 · {w.name}
        </Text>
        {w.phone && <PhoneAction phone={w.phone} label="拨打" />}
      </View>
      {w.phone && <Text className="muted">窗口电话：{w.phone}</Text>}
      {w.departments.length > 0 && (
        <View className="hall-window-depts">
          <Text className="muted">受理部门全部事项：</Text>
          {w.departments.map((d) => (
            <Text
              key={d.code}
              className="link hall-window-dept"
              onClick={() => void Taro.navigateTo({ url: guidePages.search.url({ department: d.code }) })}
            >
              {d.name} ›
            </Text>
          ))}
        </View>
      )}
      {w.items.length > 0 && (
        <View className="hall-window-items">
          {items.map((item) => (
            <Text key={item.code} className="window-item" onClick={() => void Taro.navigateTo({ url: guidePages.detail.url(item.code) })}>
              {item.name}
            </Text>
          ))}
          {w.items.length > FOLDED_COUNT && (
            <Text className="muted hall-window-toggle" onClick={() => setExpanded(!expanded)}>
              {expanded ? '收起' : `展开全部${w.items.length}项`}
            </Text>
          )}
        </View>
      )}
    </View>
  );
}
