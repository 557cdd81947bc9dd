// Department / audience / life-event filters as one dropdown bar.
import Menu from '@nutui/nutui-react-taro/dist/es/packages/menu';
import MenuItem from '@nutui/nutui-react-taro/dist/es/packages/menuitem';
import '@nutui/nutui-react-taro/dist/es/packages/menu/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/menuitem/style/css';
import { AUDIENCE_LABEL, AUDIENCES, type Audience } from '@bianmin/shared/catalogue/vocabulary';
import { listDepartments, listLifeEvents } from '@/lib/catalogue-api';
import { useAsync } from '@/lib/use-async';
import type { GuideFilters as Filters } from '../api';

const AUDIENCE_OPTIONS = [{ text: '全部对象', value: '' }, ...AUDIENCES.map((a) => ({ text: `${AUDIENCE_LABEL[a]}办事`, value: a }))];

interface Props {
  value: Filters;
  onChange: (patch: Partial<Filters>) => void;
}

export function GuideFilters({ value, onChange }: Props) {
  // The lists load quietly: if they fail, the filter just offers "all" (search still works).
  const departments = useAsync(listDepartments, []);
  const lifeEvents = useAsync(listLifeEvents, []);
  const departmentOptions = [{ text: '全部部门', value: '' }, ...(departments.data ?? []).map((d) => ({ text: d.name, value: d.code }))];
  const lifeEventOptions = [{ text: '全部场景', value: '' }, ...(lifeEvents.data ?? []).map((e) => ({ text: e.name, value: e.code }))];
  return (
    <Menu className="guide-filter" closeOnOverlayClick>
      <MenuItem
        className="guide-filter-department"
        options={departmentOptions}
        value={value.department ?? ''}
        onChange={(o: { value: string }) => onChange({ department: o.value || undefined })}
      />
      <MenuItem
        className="guide-filter-audience"
        options={AUDIENCE_OPTIONS}
        value={value.audience ?? ''}
        onChange={(o: { value: string }) => onChange({ audience: (o.value || undefined) as Audience | undefined })}
      />
      <MenuItem
        className="guide-filter-life-event"
        options={lifeEventOptions}
        value={value.lifeEvent ?? ''}
        onChange={(o: { value: string }) => onChange({ lifeEvent: o.value || undefined })}
      />
    </Menu>
  );
}
