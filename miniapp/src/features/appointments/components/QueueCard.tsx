// The queue number at the hall: the number, where it is called to, how many are ahead and an
// estimated wait (said to be one). Follows the queue live (use-queue-ticket).
import { Text, View } from '@tarojs/components';
import type { Appointment } from '@bianmin/shared/appointments/appointment.schema';
import { waitEstimateText } from '@bianmin/shared/queue/queue-rules';
import { districtToday } from '@/lib/district-time';
import { useQueueTicket } from '../use-queue-ticket';

/** Only an appointment of today, not ended, can have a number. */
const mayQueue = (a: Appointment) => a.date === districtToday() && ['booked', 'checked_in', 'served'].includes(a.status);

export function QueueCard({ appointment: a }: { appointment: Appointment }) {
  const state = useQueueTicket(a.id, mayQueue(a));
  if (!mayQueue(a) || !state) return null;
  const t = state.ticket;
  if (!t) {
    return (
      <View className="card queue-card is-empty">
        <Text className="queue-hint">到大厅后向窗口或自助机出示二维码签到，即可取得排队号，并在这里看到叫号进度。</Text>
      </View>
    );
  }
  const called = t.status === 'called';
  return (
    <View className={`card queue-card is-${t.status}`} aria-live="polite">
      <Text className="muted queue-label">排队号</Text>
      <Text className="queue-number">{t.number}</Text>
      <Text className={`badge queue-status${called ? ' is-ok' : ''}`}>{t.statusLabel}</Text>
      {called && t.window && (
        <Text className="queue-called">
          请到 {t.window.number} 号窗口{t.window.name ? `（${t.window.name}）` : ''}办理
          {t.callCount > 1 ? `，已叫号${t.callCount}次` : ''}
        </Text>
      )}
      {t.status === 'waiting' && (
        <>
          <Text className="queue-ahead">前面还有 {t.ahead} 人</Text>
          <Text className="muted queue-estimate">{waitEstimateText(t.estimatedWaitMinutes)}</Text>
        </>
      )}
      {t.status === 'skipped' && <Text className="queue-note">叫号时您未到窗口，已过号。请到服务台重新取号。</Text>}
      {t.status === 'done' && <Text className="queue-note">已办结，感谢您的耐心等候。</Text>}
      {t.status === 'waiting' && t.group.windows.length > 0 && (
        <Text className="muted queue-windows">叫号窗口：{t.group.windows.map((w) => w.number).join('、')}</Text>
      )}
      {state.stale && <Text className="muted queue-stale">网络不稳定，叫号进度可能未及时更新</Text>}
    </View>
  );
}
