// 申请办理 (微信申报): loads the item's guide, the resident (real-name is required to apply) and any
// saved draft, then the three steps (components/ApplyForm).
import { useRef, useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { getMe } from '@/lib/auth';
import { decodeParam } from '@/lib/query';
import { ApiError } from '@/lib/request';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { useAsync } from '@/lib/use-async';
import { usePageClass } from '@/lib/elder-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { guidePages } from '@/features/guides/pages';
import { identityPages } from '@/features/identity/pages';
import { getDraft, getGuide, listReusableUploads } from '../../api';
import { emptyState, stateFromDraft } from '../../application-state';
import { ApplyForm } from '../../components/ApplyForm';
import { casePages } from '../../pages';
import './index.scss';

export default function ApplyPage() {
  const item = decodeParam(useRouter().params.item) ?? '';
  const signInFirst = useSignInRequirement(casePages.apply);
  // Back from 实名认证: load the resident again (only then: choosing a photo also shows the page again).
  const [visit, setVisit] = useState(0);
  const awaitingRealName = useRef(false);
  useDidShow(() => {
    if (!awaitingRealName.current) return;
    awaitingRealName.current = false;
    setVisit((v) => v + 1);
  });
  if (signInFirst) return signInFirst;
  if (!item) {
    return (
      <EmptyState title="缺少事项编码，请从办事指南进入">
        <Text className="link" onClick={() => void Taro.redirectTo({ url: guidePages.search.url() })}>
          去搜索办事事项 ›
        </Text>
      </EmptyState>
    );
  }
  return (
    <ApplyLoader
      item={item}
      visit={visit}
      onRealName={() => {
        awaitingRealName.current = true;
        void Taro.navigateTo({ url: identityPages.realName.url });
      }}
    />
  );
}

function ApplyLoader({ item, visit, onRealName }: { item: string; visit: number; onRealName: () => void }) {
  const pageClass = usePageClass('page apply');
  const loaded = useAsync(() => Promise.all([getGuide(item), getMe(), getDraft(item), listReusableUploads()]), [item, visit]);
  if (loaded.status === 'loading') return <LoadingState text="正在准备申请表…" />;
  if (loaded.status === 'error') {
    if (loaded.error instanceof ApiError && loaded.error.status === 404) return <EmptyState title="没有找到这个事项" />;
    return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  }
  const [guide, me, draft, reusable] = loaded.data;
  const form = guide.applicationForm;
  if (!guide.onlineSubmission || !form) {
    return (
      <EmptyState title="该事项暂不支持网上申报">
        <Text className="state-text">请按办事指南到窗口办理，或先预约。</Text>
        <Text className="link" onClick={() => void Taro.redirectTo({ url: guidePages.detail.url(guide.code) })}>
          查看办事指南 ›
        </Text>
      </EmptyState>
    );
  }
  if (!me.realName) {
    return (
      <View className={pageClass}>
        <View className="card apply-realname">
          <Text className="apply-realname-title">请先完成实名认证</Text>
          <Text className="apply-realname-text">
            网上申报“{guide.name}”需要确认申请人身份。实名认证只需填写姓名和身份证号，完成后回到这里继续申请，无需重复填写。
          </Text>
          <Button className="apply-go-realname" type="primary" block onClick={onRealName}>
            去实名认证
          </Button>
        </View>
      </View>
    );
  }
  const bound = me.phone !== null;
  const initial = draft ? stateFromDraft(draft, form.applicantKinds, reusable, form.fields, bound) : emptyState(form.applicantKinds, bound);
  return <ApplyForm guide={guide} form={form} me={me} initial={initial} reusable={reusable} resumedAt={draft?.updatedAt ?? null} />;
}
