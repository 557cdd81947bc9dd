// 签到: the resident's QR code scanned (mini-program) or their 8-character code typed (anywhere;
// on H5 there is no scanner, and the page says so). A typed code is checked for its form before it
// is sent. Only today's appointments at this hall check in; the server says why any other does not.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { StaffAppointment } from '@bianmin/shared/appointments/appointment.schema';
import { messageOf } from '@/lib/request';
import { TextField } from '@/components/TextField';
import { checkIn } from '../api';
import './appointments.scss';

type Outcome = { ok: true; appointment: StaffAppointment } | { ok: false; message: string };

/** Only the mini-program can open the camera scanner (Taro.scanCode has no H5 implementation). */
const CAN_SCAN = process.env.TARO_ENV === 'weapp';
const TICKET_LENGTH = 8;

/** What is wrong with a typed code (spaces, hyphens and case are forgiven, as on the server). */
function typedCodeProblem(code: string): string | null {
  if (!code) return '请输入预约码（8位字母和数字）';
  if (!/^[A-Z0-9]+$/.test(code)) return '预约码只含字母和数字，请核对后重新输入';
  if (code.length !== TICKET_LENGTH) return `预约码应为8位字母和数字，您输入了${code.length}位，请核对后重新输入`;
  return null;
}

export function CheckInBox({ hall, onCheckedIn }: { hall: string; onCheckedIn: (a: StaffAppointment) => void }) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function send(ticket: string) {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const a = await checkIn(hall, ticket);
      setOutcome({ ok: true, appointment: a });
      setCode('');
      onCheckedIn(a);
    } catch (err) {
      setOutcome({ ok: false, message: messageOf(err) }); // unknown code, another day, not confirmed, already in
    } finally {
      setBusy(false);
    }
  }

  function sendTyped() {
    const typed = code.toUpperCase().replace(/[\s-]/g, '');
    const problem = typedCodeProblem(typed);
    if (problem) setOutcome({ ok: false, message: problem });
    else void send(typed);
  }

  async function scan() {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      if (result) await send(result);
    } catch {
      // Closing the scanner is not an error worth telling.
    }
  }

  return (
    <View className="card checkin">
      <View className="card-title">签到</View>
      {CAN_SCAN && (
        <Button className="checkin-scan" type="primary" block disabled={busy} onClick={() => void scan()}>
          扫描预约二维码
        </Button>
      )}
      <View className="checkin-typed">
        <TextField
          className="checkin-input"
          label={CAN_SCAN ? '或输入预约码' : '输入预约码'}
          hint={CAN_SCAN ? undefined : '网页版不能扫码，请输入居民预约凭证上的8位预约码'}
          placeholder="8位字母和数字，如 K7Q2M9XD"
          maxlength={12}
          value={code}
          onInput={(v) => setCode(v.toUpperCase())}
        />
        <Button className="checkin-submit" type="primary" fill="outline" loading={busy} onClick={sendTyped}>
          签到
        </Button>
      </View>
      {outcome?.ok === true && (
        <Text className="checkin-result">
          已签到：{outcome.appointment.ticketCode} {outcome.appointment.residentName} {outcome.appointment.item.name}{' '}
          {outcome.appointment.start}–{outcome.appointment.end}
        </Text>
      )}
      {outcome?.ok === false && <Text className="form-error checkin-error">{outcome.message}</Text>}
    </View>
  );
}
