// 自助取号: a device in the hall, signed in by its staff, where a walk-in without an appointment
// enters their ID number, says what they came for and takes a number. Residents with an
// appointment check in at the window with their QR code instead.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { GuideSummary } from '@bianmin/shared/guides/guide.schema';
import type { StaffHome } from '@bianmin/shared/identity/auth.schema';
import { idNumberProblem } from '@bianmin/shared/identity/form-rules';
import type { WalkInTicket } from '@bianmin/shared/queue/queue.schema';
import { waitEstimateText } from '@bianmin/shared/queue/queue-rules';
import { messageOf } from '@/lib/request';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { usePageClass } from '@/lib/elder-mode';
import { TextField } from '@/components/TextField';
import { EmptyState } from '@/components/PageState';
import { hallsOf } from '../../../api';
import { StaffHomeLoader } from '../../../components/StaffHomeLoader';
import { findItems, takeWalkInNumber } from '../../../queue-api';
import { staffPages } from '../../../pages';
import '../index.scss';

export default function KioskPage() {
  return useSignInRequirement(staffPages.kiosk) ?? <StaffHomeLoader>{(home) => <KioskHall home={home} />}</StaffHomeLoader>;
}

function KioskHall({ home }: { home: StaffHome }) {
  const hall = hallsOf(home)[0];
  if (!hall) return <EmptyState title="自助取号机须由大厅工作人员账号登录" />;
  return <Kiosk hall={hall.code} hallName={hall.name} />;
}

function Kiosk({ hall, hallName }: { hall: string; hallName: string }) {
  const pageClass = usePageClass('page kiosk');
  const [idNumber, setIdNumber] = useState('');
  const [words, setWords] = useState('');
  const [items, setItems] = useState<GuideSummary[]>([]);
  const [item, setItem] = useState<GuideSummary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<WalkInTicket | null>(null);

  async function search() {
    setProblem(null);
    try {
      setItems(await findItems(words));
    } catch (err) {
      setProblem(messageOf(err));
    }
  }

  async function take() {
    const idProblem = idNumberProblem(idNumber.trim().toUpperCase());
    if (idProblem || !item) {
      setProblem(idProblem ?? '请选择要办理的事项');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      setIssued(await takeWalkInNumber(hall, item.code, idNumber));
    } catch (err) {
      setProblem(messageOf(err)); // already holding a number, item not handled here
    } finally {
      setBusy(false);
    }
  }

  function next() {
    setIssued(null);
    setIdNumber('');
    setWords('');
    setItems([]);
    setItem(null);
  }

  if (issued) {
    return (
      <View className={pageClass}>
        <View className="card queue-current kiosk-issued">
          <Text className="muted">{hallName} · 您的排队号</Text>
          <Text className="queue-current-number kiosk-number">{issued.ticket.number}</Text>
          <Text className="kiosk-item">{issued.ticket.item.name}</Text>
          <Text className="kiosk-ahead">前面还有 {issued.ahead} 人</Text>
          <Text className="muted">{waitEstimateText(issued.estimatedWaitMinutes)}</Text>
          <Text className="muted">叫号窗口：{issued.group.windows.map((w) => w.number).join('、')}</Text>
          <Text className="muted">请记下号码，留意大厅叫号屏和广播。</Text>
          <Button className="kiosk-next" type="primary" block onClick={next}>
            完成，下一位
          </Button>
        </View>
      </View>
    );
  }
  return (
    <View className={pageClass}>
      <View className="card">
        <View className="card-title">现场取号（无预约）</View>
        <Text className="muted">已预约的居民请到窗口出示预约二维码签到。</Text>
        <TextField className="kiosk-id" label="身份证号" value={idNumber} maxlength={18} onInput={setIdNumber} />
        <TextField className="kiosk-words" label="办理什么事" placeholder="例如：居住证、结婚登记" value={words} onInput={setWords} />
        <Button className="kiosk-search" fill="outline" disabled={!words.trim()} onClick={() => void search()}>
          查找事项
        </Button>
        {items.map((g) => (
          <Text key={g.code} className={`chip kiosk-choice${item?.code === g.code ? ' is-active' : ''}`} onClick={() => setItem(g)}>
            {g.name}
          </Text>
        ))}
        {problem && <Text className="form-error kiosk-problem">{problem}</Text>}
        <Button className="kiosk-take" type="primary" block loading={busy} onClick={() => void take()}>
          取号
        </Button>
      </View>
    </View>
  );
}
