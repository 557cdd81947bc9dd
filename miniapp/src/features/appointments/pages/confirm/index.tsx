// Step 3 of booking (and of 改约): what, where, when, the contact phone, and 提交. Refusals show
// here; when the slot was just taken, the day's slots load again right here to pick another.
import { useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { SlotList } from '@bianmin/shared/appointments/appointment.schema';
import { CONTACT_PHONE_PURPOSE, phoneProblem } from '@bianmin/shared/identity/form-rules';
import { formatVisit } from '@/lib/district-time';
import { decodeParam } from '@/lib/query';
import { ApiError } from '@/lib/request';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { useAsync } from '@/lib/use-async';
import { TextField } from '@/components/TextField';
import { book, getAppointment, getOwnPhone, getSlots, reschedule } from '../../api';
import { bookingTargetFrom, type Slot } from '../../booking-state';
import { createSubmissionKey } from '@/lib/idempotency';
import { usePageClass } from '@/lib/elder-mode';
import { BookingError } from '../../components/BookingError';
import { BookingStartOver } from '../../components/BookingStartOver';
import { BookingSteps } from '../../components/BookingSteps';
import { SlotGrid } from '../../components/SlotGrid';
import { appointmentPages, type BookingTarget } from '../../pages';
import './index.scss';

const contactPhoneProblem = (phone: string) => phoneProblem(phone, CONTACT_PHONE_PURPOSE);

interface Chosen {
  id: number;
  start: string;
  end: string;
}

export default function BookingConfirmPage() {
  const { params } = useRouter();
  const target: BookingTarget = bookingTargetFrom(params);
  const slotId = Number(params.slot);
  const date = decodeParam(params.date) ?? '';
  const start = decodeParam(params.start) ?? '';
  const end = decodeParam(params.end) ?? '';
  if (!target.item || !target.hall || !date || !Number.isInteger(slotId) || slotId < 1) {
    return <BookingStartOver title="请先选择预约时间" link="重新选择 ›" />;
  }
  return <ConfirmForm target={target} date={date} initial={{ id: slotId, start, end }} moving={decodeParam(params.reschedule)} />;
}

function ConfirmForm({ target, date, initial, moving }: { target: BookingTarget; date: string; initial: Chosen; moving?: string }) {
  const pageClass = usePageClass('page booking-confirm');
  const [slot, setSlot] = useState<Chosen>(initial);
  // This step as it stands, to come back to after signing in (the chosen time is in it).
  const here = appointmentPages.confirm.url({ ...target, slot: slot.id, date, start: slot.start, end: slot.end, reschedule: moving });
  const signInFirst = useSignInRequirement(appointmentPages.confirm, here);
  const [phone, setPhone] = useState('');
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [others, setOthers] = useState<SlotList | null>(null);
  // One key for this screen's submission, kept for a retry and a double tap (see idempotency.ts).
  const keys = useRef(createSubmissionKey()).current;
  const sending = useRef(false);
  const signedIn = signInFirst === null;
  // The bound number, filled in unless the resident has started typing one (it stays editable).
  useEffect(() => {
    if (moving || !signedIn) return;
    let live = true;
    getOwnPhone()
      .then(({ phone: own }) => {
        if (live && own) setPhone((typed) => typed || own);
      })
      .catch(() => undefined); // no prefill: the resident types it
    return () => {
      live = false;
    };
  }, [moving, signedIn]);
  // Back from 实名认证, 我的预约 or signing in: what was refused then may no longer hold.
  useDidShow(() => {
    if (!sending.current) setError(null);
  });

  async function refreshSlots() {
    setOthers(await getSlots(target.item, target.hall, date).catch(() => null));
  }

  async function submit() {
    if (sending.current) return;
    const problem = moving ? null : contactPhoneProblem(phone);
    setPhoneError(problem);
    if (problem) return;
    const request = moving ? { reschedule: moving, slotId: slot.id } : { slotId: slot.id, itemCode: target.item, contactPhone: phone };
    const key = keys.for(request);
    sending.current = true;
    setBusy(true);
    setError(null);
    try {
      const appointment = moving
        ? await reschedule(key, moving, slot.id)
        : await book(key, { slotId: slot.id, itemCode: target.item, contactPhone: phone });
      keys.succeeded();
      await Taro.redirectTo({ url: appointmentPages.ticket.url(appointment.id, moving ? 'rescheduled' : 'booked') });
    } catch (err) {
      keys.failed(err);
      const phoneField = err instanceof ApiError ? err.fieldErrors?.contactPhone?.[0] : undefined;
      if (phoneField) setPhoneError(phoneField);
      else setError(err);
      if (err instanceof ApiError && err.code === 'SLOT_FULL') void refreshSlots();
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  function pickOther(other: Slot) {
    setSlot({ id: other.id, start: other.start, end: other.end });
    setOthers(null);
    setError(null);
  }

  return (
    <View className={pageClass}>
      {!moving && <BookingSteps step={3} />}
      <View className="card booking-summary">
        <View className="card-title">{moving ? '确认改约' : '预约信息'}</View>
        <SummaryRow label="办理事项" value={target.itemName ?? target.item} />
        <SummaryRow label="办理大厅" value={target.hallName ?? target.hall} />
        {moving && <PreviousTime id={moving} />}
        <SummaryRow
          label={moving ? '新的时间' : '预约时间'}
          value={formatVisit(date, slot.start, slot.end)}
          className="booking-summary-time"
        />
        {target.review && <Text className="booking-review-note">该事项需窗口工作人员确认后预约才生效，确认结果会通知您。</Text>}
      </View>
      <View className="card">
        {signInFirst ?? (
          <>
            {!moving && (
              <TextField
                className="booking-phone"
                label="联系电话"
                hint="用于接收预约提醒，页面上只显示部分号码"
                placeholder="11位手机号"
                type="number"
                maxlength={11}
                value={phone}
                error={phoneError}
                onInput={(v) => {
                  setPhone(v.replace(/\D/g, ''));
                  setPhoneError(null);
                }}
                onBlur={(v) => v && setPhoneError(contactPhoneProblem(v.replace(/\D/g, '')))}
              />
            )}
            {error !== null && <BookingError error={error} returnTo={here} />}
            {others && (
              <View className="booking-others">
                <SlotGrid slots={others.slots} selected={slot.id} onPick={pickOther} />
              </View>
            )}
            <Button className="booking-submit" type="primary" block loading={busy} onClick={() => void submit()}>
              {moving ? '确认改约' : '提交预约'}
            </Button>
          </>
        )}
      </View>
      <View className="card booking-notes">
        <Text className="muted">
          请按预约时间到大厅，凭预约码或二维码在窗口签到，并携带办事指南所列材料。如不能按时到达，请提前在“我的预约”中取消，多次预约未到将暂停网上预约。
        </Text>
      </View>
    </View>
  );
}

function SummaryRow({ label, value, className }: { label: string; value: string; className?: string }) {
  return (
    <View className="booking-summary-row">
      <Text className="muted booking-summary-label">{label}</Text>
      <Text className={className}>{value}</Text>
    </View>
  );
}

/** 改约: the time being given up, for comparison (not essential, so a failure shows nothing). */
function PreviousTime({ id }: { id: string }) {
  const previous = useAsync(() => getAppointment(id), [id]);
  if (previous.status !== 'ok') return null;
  const a = previous.data;
  return <SummaryRow label="原来的时间" value={formatVisit(a.date, a.start, a.end)} className="booking-summary-previous" />;
}
