// Appointment DTOs for the resident (own data, QR included) and for window staff (masked).
import { APPOINTMENT_STATUS_LABEL, type Appointment, type AppointmentStatus, maskPhone, type StaffAppointment } from '@bianmin/shared';
import type { CatalogueSnapshot } from '../catalogue/index';
import type { DistrictClock } from '../../platform/clock';
import type { DataProtector } from '../../platform/sealing';
import type { AppointmentRow } from './entities';
import { cancelDeadline, type ScheduleRules } from './release';
import { qrDataUrl, type TicketSigner } from './tickets';

const ACTIVE = new Set(['pending', 'booked']);

/** The resident's own appointment, its ticket's QR image included. */
export function toAppointment(...args: Parameters<typeof appointmentWithoutImage>): Appointment {
  return withTicketImage(appointmentWithoutImage(...args));
}

/**
 * The same without the QR image (qrDataUrl null): what an idempotency record keeps. The image is
 * 0.5 KB of a 1 KB answer and follows from the token, so it is drawn again when the answer is sent.
 */
export function appointmentWithoutImage(
  a: AppointmentRow,
  schedule: ScheduleRules | null,
  snapshot: CatalogueSnapshot,
  protector: DataProtector,
  signer: TicketSigner,
  clock: DistrictClock,
  now = clock.now(),
): Appointment {
  const hall = snapshot.hallByCode.get(a.hallCode);
  const deadline = schedule ? cancelDeadline(clock, schedule, a.date, a.startTime) : new Date(0);
  const showQr = ACTIVE.has(a.status);
  const qrToken = showQr ? signer.qrToken(a.id) : null;
  return {
    id: a.id,
    status: a.status as AppointmentStatus,
    statusLabel: APPOINTMENT_STATUS_LABEL[a.status as AppointmentStatus],
    item: { code: a.itemCode, name: snapshot.itemByCode.get(a.itemCode)?.name ?? a.itemCode },
    hall: { code: a.hallCode, name: hall?.name ?? a.hallCode, address: hall?.address ?? '', phone: hall?.phone ?? '' },
    date: a.date,
    start: a.startTime,
    end: a.endTime,
    ticketCode: a.ticketCode,
    qrToken,
    qrDataUrl: null,
    contactPhone: maskPhone(protector.decrypt(a.contactPhoneEnc)),
    canCancel: ACTIVE.has(a.status) && now.getTime() < deadline.getTime(),
    cancelDeadline: deadline.toISOString(),
    declineReason: a.declineReason,
    createdAt: a.createdAt.toISOString(),
  };
}

/** An appointment answer with the image of its ticket's QR code, when it has a ticket to show. */
export function withTicketImage(a: Appointment): Appointment {
  return a.qrToken ? { ...a, qrDataUrl: qrDataUrl(a.qrToken) } : a;
}

export function toStaffAppointment(
  a: AppointmentRow,
  residentName: string,
  snapshot: CatalogueSnapshot,
  protector: DataProtector,
  schedule: ScheduleRules | null,
): StaffAppointment {
  return {
    id: a.id,
    status: a.status as AppointmentStatus,
    statusLabel: APPOINTMENT_STATUS_LABEL[a.status as AppointmentStatus],
    ticketCode: a.ticketCode,
    item: { code: a.itemCode, name: snapshot.itemByCode.get(a.itemCode)?.name ?? a.itemCode },
    date: a.date,
    start: a.startTime,
    end: a.endTime,
    residentName,
    contactPhone: maskPhone(protector.decrypt(a.contactPhoneEnc)),
    requiresConfirmation: schedule?.requiresConfirmation ?? false,
  };
}
