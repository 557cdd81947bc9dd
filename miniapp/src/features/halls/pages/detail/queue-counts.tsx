// 当前排队: how many wait at each window group of the hall now, and the numbers being served, so a
// resident can choose when to come. Loaded once per visit to the page; silent when unavailable.
import { Text, View } from '@tarojs/components';
import { queueRoutes } from '@bianmin/shared/queue/queue.routes';
import { waitEstimateText } from '@bianmin/shared/queue/queue-rules';
import { api } from '@/lib/request';
import { useAsync } from '@/lib/use-async';
import { Section } from '@/components/Section';

export function QueueCounts({ hall }: { hall: string }) {
  const queue = useAsync(() => api.call(queueRoutes.hall, { params: { id: hall } }, { silent: true }), [hall]);
  if (queue.status !== 'ok' || queue.data.groups.length === 0) return null;
  const total = queue.data.groups.reduce((n, g) => n + g.waiting, 0);
  return (
    <Section title={`当前排队（共 ${total} 人等候）`} className="hall-queue">
      {queue.data.groups.map((g) => (
        <View key={g.code} className="hall-queue-group">
          <View className="hall-queue-head">
            <Text className="hall-queue-name">
              {g.code} 区（{g.windows.map((w) => w.number).join('、')}）
            </Text>
            <Text className="hall-queue-waiting">{g.waiting} 人等候</Text>
          </View>
          {g.serving.length > 0 && <Text className="muted hall-queue-serving">正在办理：{g.serving.join('、')}</Text>}
          {g.waiting > 0 && <Text className="muted hall-queue-estimate">{waitEstimateText(g.estimatedWaitMinutes)}</Text>}
        </View>
      ))}
    </Section>
  );
}
