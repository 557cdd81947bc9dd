// 指定承办人 / 改派: "由我承办" with one tap, or another reviewer of the department picked from the
// staff who may take the case (with how many open cases each already holds).
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import { useAsync } from '@/lib/use-async';
import { caseSteps, listHandlers } from '../../case-api';
import { StepForm } from './StepForm';
import { useStep, type StepHost } from './use-step';

export function AssignForm({ host }: { host: StepHost }) {
  const step = useStep(host);
  const handlers = useAsync(() => listHandlers(host.c.number), [host.c.number]);
  const starts = host.c.status === 'accepted';
  const message = (who: string) => (starts ? `已指定${who}承办，开始审查` : `已改由${who}承办`);
  const assign = (id: string, who: string) => void step.run((n) => caseSteps.assign(n, id), message(who));
  const mine = host.c.handler?.id === host.me.id;
  const others = handlers.status === 'ok' ? handlers.data.filter((h) => h.userId !== host.me.id && h.userId !== host.c.handler?.id) : [];
  return (
    <StepForm name="assign" title={starts ? '指定承办人，开始审查' : '改派承办人'} host={host} step={step}>
      {host.c.handler && <Text className="muted">当前承办人：{host.c.handler.name}</Text>}
      {!mine && (
        <View className="staff-assign-self-line">
          <Button
            className="staff-assign-self"
            type="primary"
            fill="outline"
            block
            disabled={step.busy}
            onClick={() => assign(host.me.id, '您')}
          >
            由我承办（{host.me.displayName}）
          </Button>
        </View>
      )}
      <Text className="field-label">或指定本部门其他审查人员</Text>
      {handlers.status === 'loading' && <Text className="muted">正在读取可指定的人员…</Text>}
      {handlers.status === 'error' && (
        <Text className="link" onClick={handlers.reload}>
          人员名单读取失败，点此重试
        </Text>
      )}
      {handlers.status === 'ok' && others.length === 0 && <Text className="muted">本部门暂无其他可指定的审查人员。</Text>}
      {others.map((h) => (
        <View
          key={h.userId}
          className="staff-handler"
          role="button"
          aria-disabled={step.busy}
          onClick={() => !step.busy && assign(h.userId, h.displayName)}
        >
          <Text className="staff-handler-name">{h.displayName}</Text>
          <Text className="muted staff-handler-load">在办 {h.openCases} 件 ›</Text>
        </View>
      ))}
    </StepForm>
  );
}
