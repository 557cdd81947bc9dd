// 首页: search, the five WeChat services, life events, popular items, departments.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { guidePages } from '@/features/guides/pages';
import { ServiceShortcuts } from './ServiceShortcuts';
import { LifeEventGrid } from './LifeEventGrid';
import { PopularGuides } from './PopularGuides';
import { DepartmentList } from './DepartmentList';
import './index.scss';

export default function HomePage() {
  return (
    <View className="page home">
      <View className="home-hero">
        <Text className="home-title">便民服务大厅</Text>
        <Text className="home-subtitle">办事指南一查就懂，窗口电话一点就通</Text>
        <View className="home-search" onClick={() => void Taro.navigateTo({ url: guidePages.search.url() })}>
          <Text className="home-search-placeholder">搜索办事事项，如：开饭店、社保卡、结婚登记</Text>
        </View>
      </View>
      <ServiceShortcuts />
      <LifeEventGrid />
      <PopularGuides />
      <DepartmentList />
    </View>
  );
}
