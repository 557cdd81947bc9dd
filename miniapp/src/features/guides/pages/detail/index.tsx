// 办事指南 detail: every element of the published guide, readable on a phone.
import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { GuideDetail } from '@bianmin/shared/guides/guide.schema';
import { decodeParam } from '@/lib/query';
import { useAsync } from '@/lib/use-async';
import { appointmentPages } from '@/features/appointments/pages';
import { casePages } from '@/features/cases/pages';
import { ApiError } from '@/lib/request';
import { usePageClass } from '@/lib/elder-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { Section } from '@/components/Section';
import { getGuide } from '../../api';
import { BasicInfo } from '../../components/BasicInfo';
import { MaterialItem } from '../../components/MaterialItem';
import { FeeSection, LegalBasisSection, PhonesSection, PlacesSection, ProcessSection } from '../../components/GuideSections';
import { guidePages } from '../../pages';
import './index.scss';

const CONTENTS = [
  ['sec-basic', '基本信息'],
  ['sec-conditions', '受理条件'],
  ['sec-materials', '申请材料'],
  ['sec-process', '办理流程'],
  ['sec-places', '办理地点'],
] as const;

export default function GuideDetailPage() {
  const pageClass = usePageClass('page');
  const code = decodeParam(useRouter().params.code) ?? '';
  const guide = useAsync(() => (code ? getGuide(code) : new Promise<never>(() => {})), [code]);

  useEffect(() => {
    if (guide.status === 'ok') void Taro.setNavigationBarTitle({ title: guide.data.name });
  }, [guide.status, guide.data]);

  if (!code) {
    return (
      <View className={pageClass}>
        <EmptyState title="缺少事项编码，请从列表进入">
          <Text className="link" onClick={() => void Taro.redirectTo({ url: guidePages.search.url() })}>
            去搜索办事事项 ›
          </Text>
        </EmptyState>
      </View>
    );
  }
  if (guide.status === 'ok') return <GuideView guide={guide.data} />;
  return (
    <View className={pageClass}>
      {guide.status === 'loading' && <LoadingState text="正在加载办事指南…" />}
      {guide.status === 'error' &&
        (guide.error instanceof ApiError && guide.error.code === 'NOT_FOUND' ? (
          <EmptyState title="没有找到这个事项">
            <Text className="state-text">{guide.error.message}</Text>
            <Text className="link" onClick={() => void Taro.redirectTo({ url: guidePages.search.url() })}>
              去搜索办事事项 ›
            </Text>
          </EmptyState>
        ) : (
          <ErrorState error={guide.error} onRetry={guide.reload} />
        ))}
    </View>
  );
}

function GuideView({ guide: g }: { guide: GuideDetail }) {
  const pageClass = usePageClass('page guide-detail');
  return (
    <View className={pageClass}>
      <View className="guide-detail-head">
        <Text className="guide-detail-name">{g.name}</Text>
        <Text className="guide-detail-dept">{g.department.name}</Text>
        <View className="guide-detail-badges">
          {g.fullyOnline && <Text className="badge is-ok">全程网办</Text>}
          {g.onSiteVisits <= 1 && <Text className="badge">{g.onSiteVisits === 0 ? '零跑腿' : '最多跑一次'}</Text>}
          {g.appointmentAvailable && <Text className="badge">可预约</Text>}
        </View>
        {g.summary && <Text className="guide-detail-summary">{g.summary}</Text>}
        {g.onlineSubmission && (
          <Button className="guide-apply" type="primary" block onClick={() => void Taro.navigateTo({ url: casePages.apply.url(g.code) })}>
            申请办理
          </Button>
        )}
        {g.appointmentAvailable && (
          <Button
            className="guide-book"
            type="primary"
            fill={g.onlineSubmission ? 'outline' : 'solid'}
            block
            onClick={() => void Taro.navigateTo({ url: appointmentPages.halls.url({ item: g.code, itemName: g.name }) })}
          >
            预约办理
          </Button>
        )}
        <View className="guide-contents">
          {CONTENTS.map(([id, label]) => (
            <Text key={id} className="chip" onClick={() => void Taro.pageScrollTo({ selector: `#${id}`, duration: 200 })}>
              {label}
            </Text>
          ))}
        </View>
      </View>

      <BasicInfo guide={g} />

      <Section id="sec-conditions" title="受理条件" className="guide-conditions">
        {g.conditions.map((c, i) => (
          <Text key={i} className="numbered">
            {i + 1}. {c}
          </Text>
        ))}
      </Section>

      <Section id="sec-materials" title={`申请材料（${g.materials.length}项）`} className="guide-materials">
        {g.materials.map((m, i) => (
          <MaterialItem key={m.id} material={m} index={i + 1} />
        ))}
      </Section>

      <ProcessSection guide={g} />
      <LegalBasisSection guide={g} />
      <FeeSection guide={g} />
      <PlacesSection guide={g} />
      <PhonesSection guide={g} />
    </View>
  );
}
