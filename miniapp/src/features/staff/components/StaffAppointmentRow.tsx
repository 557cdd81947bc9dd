// One appointment of the day at the window, with what can be done to it now: 确认 / 不通过 while
// pending, 办结 once checked in, 未到 for a booked one whose time is over.
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { StaffAppointment } from '@bianmin/shared/appointments/appointment.schema';
import { statusTone } from '@/lib/appointment-status';
import { instantOf } from '@/lib/district-time';
import { messageOf } from '@/lib/request';
import { TextField } from '@/components/TextField';
import { actOn, decline, type StaffAction } from '../api';
import './appointments.scss';

export function StaffAppointmentRow({
  appointment: a,
  now,
  onChange,
}: {
  appointment: StaffAppointment;
  now: Date;
  onChange: (a: StaffAppointment) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  async function run(change: () => Promise<StaffAppointment>) {
    setBusy(true);
    setError(null);
    try {
      onChange(await change());
      setDeclining(false);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  const act = (action: StaffAction) => () => void run(() => actOn(a.id, action));
  function sendDecline() {
    if (reason.trim().length < 2) setReasonError('请填写不通过的原因（至少2个字），居民会看到这条原因');
    else void run(() => decline(a.id, reason));
  }

  const over = now.getTime() >= instantOf(a.date, a.end).getTime();
  return (
    <View className={`staff-appointment is-${a.status}`} data-ticket={a.ticketCode} data-id={a.id}>
      <View className="staff-appointment-head">
        <Text className="staff-appointment-time">
          {a.start}–{a.end}
        </Text>
        <Text className="staff-ticket">{a.ticketCode}</Text>
        <Text className={`badge staff-appointment-status${statusTone(a.status)}`}>{a.statusLabel}</Text>
      </View>
      <Text className="staff-appointment-item">{a.item.name}</Text>
      <Text className="muted">
        {a.residentName} · {a.contactPhone}
      </Text>
      {error && <Text className="form-error staff-action-error">{error}</Text>}
      {declining ? (
        <View className="decline-form">
          <TextField
            className="decline-reason"
            label="不通过的原因"
            placeholder="如：材料不齐，请补充户口簿后重新预约"
            maxlength={200}
            value={reason}
            error={reasonError}
            onInput={(v) => {
              setReason(v);
              setReasonError(null);
            }}
          />
          <View className="staff-actions">
            <Button className="decline-submit" size="small" type="danger" loading={busy} onClick={sendDecline}>
              确定不通过
            </Button>
            <Button className="decline-cancel" size="small" fill="outline" disabled={busy} onClick={() => setDeclining(false)}>
              返回
            </Button>
          </View>
        </View>
      ) : (
        <View className="staff-actions">
          {a.status === 'pending' && (
            <>
              <Button className="staff-action-confirm" size="small" type="primary" loading={busy} onClick={act('confirm')}>
                确认
              </Button>
              <Button
                className="staff-action-decline"
                size="small"
                type="danger"
                fill="outline"
                disabled={busy}
                onClick={() => setDeclining(true)}
              >
                不通过
              </Button>
            </>
          )}
          {a.status === 'checked_in' && (
            <Button className="staff-action-served" size="small" type="primary" loading={busy} onClick={act('served')}>
              办结
            </Button>
          )}
          {a.status === 'booked' && over && (
            <Button className="staff-action-no-show" size="small" fill="outline" loading={busy} onClick={act('no-show')}>
              未到
            </Button>
          )}
        </View>
      )}
    </View>
  );
}
