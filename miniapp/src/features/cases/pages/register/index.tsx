// 窗口收件登记 / 社区代办 (staff): pick the item the applicant came for, then register the case for
// them on the item's own form. Whether consent is needed follows the staff member's role.
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { decodeParam } from '@/lib/query';
import { ApiError } from '@/lib/request';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { useAsync } from '@/lib/use-async';
import { usePageClass } from '@/lib/elder-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { getGuide, getStaffRoles } from '../../api';
import { ItemPicker } from '../../components/register/ItemPicker';
import { RegisterForm } from '../../components/register/RegisterForm';
import { casePages } from '../../pages';

export default function RegisterPage() {
  const pageClass = usePageClass('page apply register');
  const [item, setItem] = useState(decodeParam(useRouter().params.item) ?? '');
  const signInFirst = useSignInRequirement(casePages.register);
  if (signInFirst) return signInFirst;
  if (!item) {
    return (
      <View className={pageClass}>
        <ItemPicker
          onPick={(picked) => {
            setItem(picked.code);
            void Taro.setNavigationBarTitle({ title: '收件登记' }).catch(() => {});
          }}
        />
      </View>
    );
  }
  return <RegisterLoader item={item} onChangeItem={() => setItem('')} />;
}

function RegisterLoader({ item, onChangeItem }: { item: string; onChangeItem: () => void }) {
  const loaded = useAsync(() => Promise.all([getGuide(item), getStaffRoles()]), [item]);
  if (loaded.status === 'loading') return <LoadingState text="正在准备登记表…" />;
  if (loaded.status === 'error') {
    if (loaded.error instanceof ApiError && loaded.error.status === 404) return <EmptyState title="没有找到这个事项" />;
    return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  }
  const [guide, roles] = loaded.data;
  if (!guide.onlineSubmission || !guide.applicationForm) {
    return (
      <EmptyState title="该事项暂无电子申请表">
        <Text className="state-text">请按纸质流程收件。</Text>
        <Text className="link" onClick={onChangeItem}>
          换一个事项 ›
        </Text>
      </EmptyState>
    );
  }
  return <RegisterForm guide={guide} form={guide.applicationForm} agent={roles.includes('community_agent')} />;
}
