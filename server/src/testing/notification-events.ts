// One event of every type the notification engine handles, as its capability records it — typed by
// the capabilities' own event maps, so a new event type does not compile here until it has a sample.
// Tests record these straight into the outbox (the flows that cause them are tested elsewhere).
import type { EntityManager } from 'typeorm';
import { createOutbox } from '../platform/outbox';
import type { CaseEvents } from '../modules/cases/index';
import type { AppointmentEvents } from '../modules/appointments/events';

export interface SampleSubject {
  residentId: string;
  handlerId: string;
  supervisorId: string;
  number: string;
  appointmentId: string;
  itemCode: string;
  itemName: string;
  hallCode: string;
  seal: (plain: string) => string;
}

function appointmentSamples(s: SampleSubject): AppointmentEvents {
  const base = {
    appointmentId: s.appointmentId,
    itemCode: s.itemCode,
    hallCode: s.hallCode,
    date: '2026-12-09',
    start: '09:30',
    ticketCode: 'K7Q2M9',
  };
  return {
    'appointment.booked': base,
    'appointment.pending': base,
    'appointment.confirmed': base,
    'appointment.declined': { ...base, reason: '当日窗口检修' },
    'appointment.cancelled': { ...base, reason: '您已取消' },
    'appointment.rescheduled': { ...base, from: { date: '2026-12-08', start: '14:00' } },
    'appointment.reminder': base,
  };
}

function caseSamples(s: SampleSubject): CaseEvents {
  const base = { number: s.number, itemCode: s.itemCode, itemName: s.itemName, status: 'in_review' };
  const alert = { ...base, departmentCode: 'D01', dueOn: '2026-12-10', handlerId: s.handlerId, supervisorIds: [s.supervisorId] };
  return {
    'case.submitted': { ...base, status: 'submitted', queryCodeSealed: s.seal('482913'), channel: 'online', departmentCode: 'D01' },
    'case.withdrawn': { ...base, status: 'withdrawn', reason: null },
    'case.resubmitted': { ...base, status: 'resubmitted', departmentCode: 'D01', corrected: ['营业执照'] },
    'case.accepted': { ...base, status: 'accepted', acceptedOn: '2026-12-04', deemed: false },
    'case.not_accepted': { ...base, status: 'not_accepted', reason: '不属于本机关职权范围', basis: '行政许可法第三十二条' },
    'case.correction_requested': { ...base, status: 'correction_requested', items: [{ label: '营业执照', problem: '照片模糊' }] },
    'case.assigned': { ...base, handlerId: s.handlerId, departmentCode: 'D01' },
    'case.extended': { ...base, days: 10, reason: '需现场核查' },
    'case.procedure_started': { ...base, procedure: '现场勘验', note: '约需5个工作日' },
    'case.procedure_ended': { ...base, procedure: '现场勘验', result: '符合' },
    'case.decided': { ...base, status: 'decided', result: 'approve', reason: null, certificateNumber: 'ZZ-2026-000123' },
    'case.dispatched': { ...base, status: 'dispatched', method: 'post', trackingNumber: 'EMS1234567890', pickupCodeSealed: null },
    'case.delivered': { ...base, status: 'delivered', method: 'post' },
    'case.deadline_warning': { ...alert, dueKind: 'decision' },
    'case.overdue': { ...alert, dueKind: 'decision' },
  };
}

const caseOutbox = createOutbox<CaseEvents>('case');
const appointmentOutbox = createOutbox<AppointmentEvents>('appointment');

/** Records one event of `type` (any known type) for the subject; `key` keeps repeated runs apart. */
export async function recordSample(em: EntityManager, type: string, s: SampleSubject, key: string): Promise<void> {
  const cases = new Map<string, object>(Object.entries(caseSamples(s)));
  const appointments = new Map<string, object>(Object.entries(appointmentSamples(s)));
  // Deadline alerts concern staff only (deadline-alerts.ts); every other event, the resident.
  const userId = type === 'case.deadline_warning' || type === 'case.overdue' ? null : s.residentId;
  const dedupeKey = `${type}:${key}`;
  const caseEvent = cases.get(type);
  if (caseEvent)
    return caseOutbox.record(em, { type: type as keyof CaseEvents, aggregateId: s.number, userId, payload: caseEvent as never, dedupeKey });
  const appointmentEvent = appointments.get(type);
  if (!appointmentEvent) throw new Error(`no sample event of type ${type}`);
  return appointmentOutbox.record(em, {
    type: type as keyof AppointmentEvents,
    aggregateId: s.appointmentId,
    userId,
    payload: appointmentEvent as never,
    dedupeKey,
  });
}

export const SAMPLE_EVENT_TYPES = (s: SampleSubject) => [...Object.keys(caseSamples(s)), ...Object.keys(appointmentSamples(s))];
