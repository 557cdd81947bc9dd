// Hall detail: address, hours, phone and map, how many wait at each window group now, every window
// with what it handles, child stations.
import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { HallDetail } from '@bianmin/shared/halls/hall.schema';
import { HALL_LEVEL_LABEL } from '@bianmin/shared/catalogue/vocabulary';
import { decodeParam } from '@/lib/query';
import { useAsync } from '@/lib/use-async';
import { ApiError } from '@/lib/request';
import { usePageClass } from '@/lib/elder-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { Section } from '@/components/Section';
import { ContactActions } from '@/components/ContactActions';
import { OpeningHours } from '@/components/OpeningHours';
import { getHall } from '../../api';
import { WindowCard } from '../../components/WindowCard';
import { hallPages } from '../../pages';
import { QueueCounts } from './queue-counts';
import './index.scss';

export default function HallDetailPage() {
  const pageClass = usePageClass('page');
  const id = decodeParam(useRouter().params.id) ?? '';
  const hall = useAsync(() => (id ? getHall(id) : new Promise<never>(() => {})), [id]);

  useEffect(() => {
    if (hall.status === 'ok') void Taro.setNavigationBarTitle({ title: hall.data.name });
  }, [hall.status, hall.data]);

  if (!id) {
    return (
      <View className={pageClass}>
        <EmptyState title="缺少大厅编号，请从列表进入">
          <Text className="link" onClick={() => void Taro.redirectTo({ url: hallPages.list.url() })}>
            查看全部大厅 ›
          </Text>
        </EmptyState>
      </View>
    );
  }
  if (hall.status === 'ok') return <HallView hall={hall.data} />;
  return (
    <View className={pageClass}>
      {hall.status === 'loading' && <LoadingState text="正在加载大厅信息…" />}
      {hall.status === 'error' &&
        (hall.error instanceof ApiError && hall.error.code === 'NOT_FOUND' ? (
          <EmptyState title="没有找到这个大厅">
            <Text className="state-text">{hall.error.message}</Text>
            <Text className="link" onClick={() => void Taro.redirectTo({ url: hallPages.list.url() })}>
              查看全部大厅 ›
            </Text>
          </EmptyState>
        ) : (
          <ErrorState error={hall.error} onRetry={hall.reload} />
        ))}
    </View>
  );
}

function HallView({ hall: h }: { hall: HallDetail }) {
  const pageClass = usePageClass('page hall-detail');
  const { parent } = h; // a const the click handler below can rely on being set
  return (
    <View className={pageClass}>
      <View className="card hall-detail-head">
        <Text className="hall-detail-name">{h.name}</Text>
        <Text className="badge is-grey hall-detail-level">{HALL_LEVEL_LABEL[h.level]}</Text>
        {parent && (
          <Text className="link" onClick={() => void Taro.navigateTo({ url: hallPages.detail.url(parent.id) })}>
            隶属：{parent.name} ›
          </Text>
        )}
        <Text className="hall-detail-address">地址：{h.address}</Text>
        <Text className="hall-detail-phone">咨询电话：{h.phone}</Text>
        <View className="hall-hours">
          <OpeningHours periods={h.openingHours} note={h.hoursNote} />
        </View>
        <ContactActions phone={h.phone} place={h} />
      </View>

      <QueueCounts hall={h.id} />

      <Section title={`办事窗口（${h.windows.length}个）`} className="hall-windows">
        {h.windows.length === 0 && <Text className="muted">该大厅暂未公布窗口信息，请拨打咨询电话。</Text>}
        {h.windows.map((w) => (
          <WindowCard key={w.number} window={w} />
        ))}
      </Section>

      {h.children.length > 0 && (
        <Section title={`下设服务站（${h.children.length}个）`} className="hall-children">
          {h.children.map((c) => (
            <View key={c.id} className="hall-child" onClick={() => void Taro.navigateTo({ url: hallPages.detail.url(c.id) })}>
              <Text>{c.name}</Text>
              <Text className="muted">{HALL_LEVEL_LABEL[c.level]} ›</Text>
            </View>
          ))}
        </Section>
      )}
    </View>
  );
}
