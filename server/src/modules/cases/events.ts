// Case domain events, recorded with each change in its transaction; the notification capability
// delivers them. The query code travels sealed: the outbox is a table like any other.
import { createOutbox } from '../../platform/outbox';

interface CaseEventBase {
  number: string;
  itemCode: string;
  itemName: string;
  status: string;
}

export interface CaseEvents {
  'case.submitted': CaseEventBase & { queryCodeSealed: string; channel: string; departmentCode: string };
  'case.withdrawn': CaseEventBase & { reason: string | null };
  'case.resubmitted': CaseEventBase & { departmentCode: string; corrected: string[] };
}

export const caseOutbox = createOutbox<CaseEvents>('case');
