// Case domain events, recorded with each change in its transaction; the notification capability
// delivers them. The query code travels sealed: the outbox is a table like any other.
import { createOutbox } from '../../platform/outbox';

interface CaseEventBase {
  number: string;
  itemCode: string;
  itemName: string;
  status: string;
}

interface CaseDeadlineAlert extends CaseEventBase {
  departmentCode: string;
  dueOn: string;
  dueKind: 'acceptance' | 'decision' | 'delivery';
  handlerId: string | null;
  supervisorIds: string[];
}

export interface CaseEvents {
  'case.submitted': CaseEventBase & { queryCodeSealed: string; channel: string; departmentCode: string };
  'case.withdrawn': CaseEventBase & { reason: string | null };
  'case.resubmitted': CaseEventBase & { departmentCode: string; corrected: string[] };
  // The window's side: each reaches the applicant (and, where it says so, the handler).
  'case.accepted': CaseEventBase & { acceptedOn: string; deemed: boolean };
  'case.not_accepted': CaseEventBase & { reason: string; basis: string };
  'case.correction_requested': CaseEventBase & { items: { label: string; problem: string }[] };
  'case.assigned': CaseEventBase & { handlerId: string; departmentCode: string };
  'case.extended': CaseEventBase & { days: number; reason: string };
  'case.procedure_started': CaseEventBase & { procedure: string; note: string };
  'case.procedure_ended': CaseEventBase & { procedure: string; result: string };
  'case.decided': CaseEventBase & { result: 'approve' | 'deny'; reason: string | null; certificateNumber: string | null };
  'case.dispatched': CaseEventBase & { method: 'pickup' | 'post'; trackingNumber: string | null; pickupCodeSealed: string | null };
  'case.delivered': CaseEventBase & { method: 'pickup' | 'post' };
  // To staff (deadline-alerts.ts): 超时警告 before the next deadline, 红牌 once it has passed.
  'case.deadline_warning': CaseDeadlineAlert;
  'case.overdue': CaseDeadlineAlert;
}

export const caseOutbox = createOutbox<CaseEvents>('case');
