// 首页: search, the five WeChat services, life events, popular items, departments. In 长辈版: the
// four main journeys as large buttons, then the popular items — fewer things per screen.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { guidePages } from '@/features/guides/pages';
import { useElderMode } from '@/lib/elder-mode';
import { ElderModeSwitch } from '@/components/ElderModeSwitch';
import { InlineNotice } from '@/components/InlineNotice';
import { tapProps } from '@/components/tap';
import { ServiceShortcuts } from './ServiceShortcuts';
import { LifeEventGrid } from './LifeEventGrid';
import { PopularGuides } from './PopularGuides';
import { DepartmentList } from './DepartmentList';
import { ElderJourneys } from './ElderJourneys';
import './index.scss';

export default function HomePage() {
  const elder = useElderMode();
  return (
    <View className={`page home${elder ? ' elder' : ''}`}>
      <View className="home-hero">
        <View className="home-hero-head">
          <Text className="home-title">便民服务大厅</Text>
          <ElderModeSwitch className="home-elder-switch" />
        </View>
        {!elder && <Text className="home-subtitle">办事指南一查就懂，窗口电话一点就通</Text>}
        <View className="home-search" {...tapProps(() => void Taro.navigateTo({ url: guidePages.search.url() }))}>
          <Text className="home-search-placeholder">{elder ? '搜索要办的事' : '搜索办事事项，如：开饭店、社保卡、结婚登记'}</Text>
        </View>
      </View>
      <InlineNotice />
      {elder ? <ElderJourneys /> : <ServiceShortcuts />}
      {!elder && <LifeEventGrid />}
      <PopularGuides limit={elder ? 5 : 10} />
      {!elder && <DepartmentList />}
    </View>
  );
}
