// 窗口叫号: the number this window serves, large; 叫下一位 / 重新叫号 / 过号 / 办结; the group's
// waiting numbers in the order they will be called, and every group's count. The board refreshes
// every few seconds while the page is shown.
import { useEffect, useState } from 'react';
import Taro, { useDidHide, useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { StaffQueueBoard } from '@bianmin/shared/queue/queue.schema';
import type { StaffHome } from '@bianmin/shared/identity/auth.schema';
import { messageOf } from '@/lib/request';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { useAsync } from '@/lib/use-async';
import { usePageClass } from '@/lib/elder-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { hallsOf } from '../../api';
import { StaffHomeLoader } from '../../components/StaffHomeLoader';
import { callNext, getHallWindows, getQueueBoard, type QueueStep, queueStep } from '../../queue-api';
import { staffPages } from '../../pages';
import './index.scss';

const WINDOW_KEY = 'bianmin.queue.window';
const REFRESH_MS = 5000;

export default function StaffQueuePage() {
  return useSignInRequirement(staffPages.queue) ?? <StaffHomeLoader>{(home) => <WindowChoice home={home} />}</StaffHomeLoader>;
}

function WindowChoice({ home }: { home: StaffHome }) {
  const pageClass = usePageClass('page staff-queue');
  const halls = hallsOf(home);
  const [hall, setHall] = useState(halls[0]?.code);
  // The window last chosen on this device: staff sit at the same window day after day.
  const [window, setWindow] = useState<string>(() => {
    const saved: unknown = Taro.getStorageSync(WINDOW_KEY);
    return typeof saved === 'string' ? saved : '';
  });
  const windows = useAsync(() => (hall ? getHallWindows(hall) : Promise.resolve([])), [hall]);
  if (!hall) return <EmptyState title="您的岗位不在具体大厅" />;
  if (windows.status === 'loading') return <LoadingState />;
  if (windows.status === 'error') return <ErrorState error={windows.error} onRetry={windows.reload} />;
  const choose = (n: string) => {
    Taro.setStorageSync(WINDOW_KEY, n);
    setWindow(n);
  };
  const chosen = windows.data.some((w) => w.number === window) ? window : '';
  return (
    <View className={pageClass}>
      {halls.length > 1 && (
        <View className="staff-halls">
          {halls.map((h) => (
            <Text key={h.code} className={`chip${h.code === hall ? ' is-active' : ''}`} onClick={() => setHall(h.code)}>
              {h.name}
            </Text>
          ))}
        </View>
      )}
      <View className="card queue-window-choice">
        <View className="card-title">我的窗口</View>
        <View className="queue-windows">
          {windows.data.map((w) => (
            <Text key={w.number} className={`chip queue-window${w.number === chosen ? ' is-active' : ''}`} onClick={() => choose(w.number)}>
              {w.number}
            </Text>
          ))}
        </View>
      </View>
      {chosen ? <Board hall={hall} window={chosen} /> : <Text className="muted queue-choose">请先选择您所在的窗口</Text>}
    </View>
  );
}

function Board({ hall, window }: { hall: string; window: string }) {
  const [board, setBoard] = useState<StaffQueueBoard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState(true);
  const [version, setVersion] = useState(0);
  useDidShow(() => setShown(true));
  useDidHide(() => setShown(false));

  useEffect(() => {
    if (!shown) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const b = await getQueueBoard(hall, window);
        if (live) setBoard(b);
      } catch (err) {
        if (live) setError(messageOf(err));
      }
      if (live) timer = setTimeout(() => void load(), REFRESH_MS);
    };
    void load();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [hall, window, shown, version]);

  async function run(action: () => Promise<unknown>) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
      setVersion((v) => v + 1);
    } catch (err) {
      setError(messageOf(err)); // nobody waiting, window busy, already finished
    } finally {
      setBusy(false);
    }
  }
  const step = (id: string, s: QueueStep) => void run(() => queueStep(id, s));

  if (!board) return error ? <Text className="form-error queue-error">{error}</Text> : <LoadingState />;
  const current = board.current;
  return (
    <>
      <View className="card queue-current">
        <Text className="muted">{board.window.number} 号窗口 · 正在办理</Text>
        <Text className="queue-current-number">{current?.number ?? '—'}</Text>
        {current && (
          <Text className="muted queue-current-item">
            {current.item.name}
            {current.residentName ? ` · ${current.residentName}` : ' · 现场取号'}
            {current.callCount > 1 ? ` · 已叫${current.callCount}次` : ''}
          </Text>
        )}
        {error && <Text className="form-error queue-error">{error}</Text>}
        <View className="queue-actions">
          {current ? (
            <>
              <Button className="queue-complete" type="primary" disabled={busy} onClick={() => step(current.id, 'complete')}>
                办结
              </Button>
              <Button className="queue-recall" fill="outline" disabled={busy} onClick={() => step(current.id, 'recall')}>
                重新叫号
              </Button>
              <Button className="queue-skip" type="danger" fill="outline" disabled={busy} onClick={() => step(current.id, 'skip')}>
                过号
              </Button>
            </>
          ) : (
            <Button className="queue-call-next" type="primary" block disabled={busy} onClick={() => void run(() => callNext(hall, window))}>
              叫下一位
            </Button>
          )}
        </View>
      </View>
      <View className="card queue-waiting">
        <View className="card-title">
          等候中（{board.window.group} 组，{board.groups.find((g) => g.code === board.window.group)?.waiting ?? board.waiting.length} 人）
        </View>
        {board.waiting.length === 0 && <Text className="muted">暂无等候</Text>}
        {board.waiting.map((t) => (
          <View key={t.id} className="queue-waiting-row">
            <Text className="queue-waiting-number">{t.number}</Text>
            <Text className="muted">
              {t.kind === 'appointment' ? `预约 ${t.slotStart ?? ''}` : '现场'} · {t.item.name}
            </Text>
          </View>
        ))}
      </View>
      <View className="card queue-groups">
        <View className="card-title">全厅等候</View>
        {board.groups.map((g) => (
          <Text key={g.code} className="queue-group">
            {g.code} 组：{g.waiting} 人等候{g.serving.length ? `，正在办理 ${g.serving.join('、')}` : ''}
          </Text>
        ))}
      </View>
    </>
  );
}
