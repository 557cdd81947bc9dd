// The staff pages that start from where this account works (今日预约, 窗口叫号, 自助取号) load the
// staff home first; an account without a staff role is told so rather than shown an error.
import type { ReactElement } from 'react';
import type { StaffHome } from '@bianmin/shared/identity/auth.schema';
import { useAsync } from '@/lib/use-async';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { getStaffHome, isNotStaff } from '../api';

export function StaffHomeLoader({ children }: { children: (home: StaffHome) => ReactElement }) {
  const home = useAsync(getStaffHome, []);
  if (home.status === 'loading') return <LoadingState />;
  if (home.status === 'error') {
    if (isNotStaff(home.error)) return <EmptyState title="您的账号没有工作人员权限" />;
    return <ErrorState error={home.error} onRetry={home.reload} />;
  }
  return children(home.data);
}
