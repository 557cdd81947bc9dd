// Issuing a number, inside the caller's transaction: the group's counter advances, the ticket row
// and its `queue.issued` event are written with it. Called by the appointments check-in (through
// the hook wired in services.ts) and by the kiosk.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { formatQueueNumber, type QueueKind } from '@bianmin/shared';
import { isDuplicateKey } from '../../platform/db-errors';
import { AppError } from '../../errors';
import { QueueTicketEntity, type QueueTicketRow } from './entities';
import { recordQueueEvent } from './events';
import { nextSequence } from './numbering';

export interface NewTicket {
  hallCode: string;
  groupCode: string;
  day: string;
  kind: QueueKind;
  itemCode: string;
  appointmentId: string | null;
  userId: string | null;
  slotStart: string | null;
  holderKey: string | null;
}

export const alreadyWaiting = () =>
  new AppError('QUEUE_ALREADY_WAITING', 409, '您今天已在这个窗口组取过号，请留意叫号；过号或办结后才能再取');

export async function issueTicket(em: EntityManager, t: NewTicket, now: Date): Promise<QueueTicketRow> {
  const sequence = await nextSequence(em, t.hallCode, t.groupCode, t.day);
  const row: QueueTicketRow = {
    ...t,
    id: randomUUID(),
    sequence,
    number: formatQueueNumber(t.groupCode, sequence),
    status: 'waiting',
    windowNumber: null,
    windowKey: null,
    callCount: 0,
    issuedAt: now,
    calledAt: null,
    completedAt: null,
    version: 1,
  };
  try {
    await em.getRepository(QueueTicketEntity).insert(row);
  } catch (err) {
    if (isDuplicateKey(err, /holder/)) throw alreadyWaiting();
    throw err;
  }
  await recordQueueEvent(em, 'queue.issued', row);
  return row;
}
