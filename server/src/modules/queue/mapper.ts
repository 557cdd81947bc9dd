// Queue rows → the shared DTOs (never a row serialised as is).
import { QUEUE_STATUS_LABEL, type QueueTicket, type StaffQueueTicket } from '@bianmin/shared';
import type { CatalogueSnapshot } from '../catalogue/index';
import type { QueueTicketRow } from './entities';
import { findWindow, windowsForItem } from './groups';

const itemOf = (t: QueueTicketRow, snapshot: CatalogueSnapshot) => ({
  code: t.itemCode,
  name: snapshot.itemByCode.get(t.itemCode)?.name ?? t.itemCode,
});

export function toStaffTicket(t: QueueTicketRow, snapshot: CatalogueSnapshot, residentName: string | null): StaffQueueTicket {
  return {
    id: t.id,
    number: t.number,
    kind: t.kind,
    status: t.status,
    statusLabel: QUEUE_STATUS_LABEL[t.status],
    item: itemOf(t, snapshot),
    residentName,
    slotStart: t.slotStart,
    window: t.windowNumber,
    issuedAt: t.issuedAt.toISOString(),
    calledAt: t.calledAt?.toISOString() ?? null,
    callCount: t.callCount,
  };
}

export function toQueueTicket(
  t: QueueTicketRow,
  snapshot: CatalogueSnapshot,
  ahead: number,
  estimatedWaitMinutes: number | null,
): QueueTicket {
  const window = t.windowNumber ? findWindow(snapshot, t.hallCode, t.windowNumber) : undefined;
  return {
    id: t.id,
    number: t.number,
    status: t.status,
    statusLabel: QUEUE_STATUS_LABEL[t.status],
    item: itemOf(t, snapshot),
    hall: { code: t.hallCode, name: snapshot.hallByCode.get(t.hallCode)?.name ?? t.hallCode },
    group: { code: t.groupCode, windows: windowsForItem(snapshot, t.hallCode, t.groupCode, snapshot.itemByCode.get(t.itemCode)) },
    window: t.windowNumber ? { number: t.windowNumber, name: window?.name ?? '' } : null,
    ahead,
    estimatedWaitMinutes,
    issuedAt: t.issuedAt.toISOString(),
    calledAt: t.calledAt?.toISOString() ?? null,
    callCount: t.callCount,
  };
}
