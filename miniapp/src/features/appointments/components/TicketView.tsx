// The appointment as the resident carries it to the hall: the code to give at the window, the QR
// code to show, when and where; at the hall, the queue number as it is called; the windows, the
// materials to bring and the map; then 取消预约 / 改约 while it is still ahead.
import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { Appointment } from '@bianmin/shared/appointments/appointment.schema';
import { statusTone } from '@/lib/appointment-status';
import { formatInstant, formatVisit } from '@/lib/district-time';
import { shownPhone } from '@/lib/masked';
import { appointmentPages } from '../pages';
import { PhoneAction } from '@/components/ContactActions';
import { QueueCard } from './QueueCard';
import { VisitGuide } from './VisitGuide';
import './ticket.scss';

const STATUS_NOTE: Partial<Record<Appointment['status'], string>> = {
  pending: '已提交，等待窗口工作人员确认。确认后即可凭此预约码签到。',
  booked: '请按时到大厅，向窗口出示二维码或报预约码签到。',
  checked_in: '已签到，排队号和叫号进度见下方。',
  served: '已办理完成。',
  no_show: '预约时段内未到窗口签到。',
  cancelled: '预约已取消，号源已释放。',
};

interface TicketViewProps {
  appointment: Appointment;
  busy: boolean;
  /** Why the last action was refused, shown above the buttons. */
  error: string | null;
  onCancel: () => void;
  /** The page's own “are you sure” step (长辈版), shown in place of 改约 / 取消预约 while it asks. */
  cancelStep?: ReactNode;
}

export function TicketView({ appointment: a, busy, error, onCancel, cancelStep }: TicketViewProps) {
  const active = a.status === 'pending' || a.status === 'booked';
  const reschedule = () =>
    void Taro.navigateTo({
      url: appointmentPages.slots.url({
        item: a.item.code,
        itemName: a.item.name,
        hall: a.hall.code,
        hallName: a.hall.name,
        reschedule: a.id,
      }),
    });
  return (
    <>
      <View className="card ticket">
        <View className="ticket-head">
          <Text className="ticket-item">{a.item.name}</Text>
          <Text className={`badge ticket-status${statusTone(a.status)}`}>{a.statusLabel}</Text>
        </View>
        <Text className="muted ticket-code-label">预约码</Text>
        <Text className={`ticket-code${active ? '' : ' is-void'}`}>{a.ticketCode}</Text>
        {/* A square code in a square box: scaleToFill keeps it whole (H5's aspectFit shifts it off centre). */}
        {a.qrDataUrl && <Image className="ticket-qr" src={a.qrDataUrl} mode="scaleToFill" />}
        {a.status === 'declined' ? (
          <Text className="ticket-note ticket-decline">未通过：{a.declineReason ?? '请致电大厅了解原因'}</Text>
        ) : a.status === 'cancelled' && a.declineReason ? (
          // Cancelled by the office (a closure), not by the resident: say why.
          <Text className="ticket-note ticket-decline">{a.declineReason}，本次预约已由大厅取消，请重新预约</Text>
        ) : (
          STATUS_NOTE[a.status] && <Text className="ticket-note">{STATUS_NOTE[a.status]}</Text>
        )}
      </View>
      <QueueCard appointment={a} />
      <View className="card ticket-details">
        <Row label="预约时间" value={formatVisit(a.date, a.start, a.end)} className="ticket-time" />
        <Row label="办理大厅" value={a.hall.name} className="ticket-hall" />
        {a.hall.address && <Row label="地址" value={a.hall.address} className="ticket-address" />}
        {a.hall.phone && (
          <View className="ticket-row">
            <Text className="muted ticket-label">大厅电话</Text>
            <View className="ticket-phone-line">
              <Text className="ticket-phone">{a.hall.phone}</Text>
              <PhoneAction phone={a.hall.phone} label="拨打" />
            </View>
          </View>
        )}
        <Row label="联系电话" value={shownPhone(a.contactPhone)} className="ticket-contact" />
        {active && <Row label="取消截止" value={formatInstant(a.cancelDeadline)} className="ticket-deadline" />}
      </View>
      {(active || a.status === 'checked_in') && <VisitGuide appointment={a} />}
      {error && <Text className="form-error appointment-error">{error}</Text>}
      {active && cancelStep}
      {active && !cancelStep && (
        <View className="ticket-actions">
          <Button className="appointment-reschedule" type="primary" fill="outline" disabled={busy} onClick={reschedule}>
            改约
          </Button>
          {a.canCancel ? (
            <Button className="appointment-cancel" type="danger" fill="outline" loading={busy} onClick={onCancel}>
              取消预约
            </Button>
          ) : (
            <Text className="muted ticket-cancel-closed">已过取消截止时间，如不能到场请致电大厅。</Text>
          )}
        </View>
      )}
    </>
  );
}

function Row({ label, value, className }: { label: string; value: string; className: string }) {
  return (
    <View className="ticket-row">
      <Text className="muted ticket-label">{label}</Text>
      <Text className={className}>{value}</Text>
    </View>
  );
}
