// Shared set-up for the hall-queue tests: the district hall taking appointments for an item, a
// clerk at its window and one of another hall, and the steps residents and the window take, as the
// mini-app, the kiosk and the window's page send them.
import type {
  Appointment,
  AppointmentQueue,
  ErrorBody,
  StaffAppointment,
  StaffQueueBoard,
  StaffQueueTicket,
  WalkInTicket,
} from '@bianmin/shared';
import { checkDigitOf, windowGroup } from '@bianmin/shared';
import { QueueTicketEntity } from '../modules/queue/entities';
import { bookedForToday, HALL, startBookingApp, windowClerk } from './appointments-fixture';
import type { TestApp } from './harness';

export type QueueHall = Awaited<ReturnType<typeof startQueueHall>>;

let idSerial = 0;
/** A valid ID number no other walk-in of this run has used. */
export function walkInIdNumber(): string {
  idSerial++;
  const first17 = `370214${1960 + (idSerial % 40)}0${1 + (idSerial % 9)}1${idSerial % 10}${String(idSerial).padStart(3, '0')}`;
  return first17 + checkDigitOf(first17);
}

/** The window that serves the item, and another of its group if the hall has one (to race it). */
async function servingWindows(app: TestApp, item: string): Promise<{ window: string; otherWindow: string | undefined }> {
  const snapshot = await app.services.catalogue.current();
  const served = snapshot.itemByCode.get(item)!;
  const windows = snapshot.windowsByHall.get(HALL)!;
  const serving =
    windows.find((w) => w.itemCodes.includes(item)) ?? windows.find((w) => w.departmentCodes.includes(served.departmentCode))!;
  const other = windows.find((w) => w.number !== serving.number && windowGroup(w.number) === windowGroup(serving.number));
  return { window: serving.number, otherWindow: other?.number };
}

export async function startQueueHall() {
  const { app, item } = await startBookingApp({ capacityPerSlot: 80 });
  let clerk: string, elsewhere: string, window: string, otherWindow: string | undefined;
  try {
    clerk = await windowClerk(app, 'queue.clerk');
    elsewhere = await windowClerk(app, 'queue.liuting', 'cy-street-liuting');
    ({ window, otherWindow } = await servingWindows(app, item));
  } catch (err) {
    // The caller's afterAll never gets an app that failed half-way, so it is closed here.
    await app.close();
    throw err;
  }

  const checkIn = (ticket: string, token = clerk) =>
    app.send<StaffAppointment & ErrorBody>('/api/v1/staff/appointments/check-in', { hall: HALL, ticket }, { token });
  const myQueue = (a: Appointment & { token: string }, token = a.token) =>
    app.get<AppointmentQueue>(`/api/v1/queue/appointments/${a.id}`, token);
  const callNext = (w = window, token = clerk) =>
    app.send<StaffQueueTicket & ErrorBody>('/api/v1/staff/queue/call-next', { hall: HALL, window: w }, { token });
  const act = (id: string, step: 'recall' | 'skip' | 'complete', token = clerk) =>
    app.send<StaffQueueTicket & ErrorBody>(`/api/v1/staff/queue/tickets/${id}/${step}`, {}, { token });
  const walkIn = (id = walkInIdNumber(), token = clerk, hall = HALL) =>
    app.send<WalkInTicket & ErrorBody>('/api/v1/staff/queue/walk-ins', { hall, item, idNumber: id }, { token });

  return {
    app,
    item,
    clerk,
    elsewhere,
    window,
    otherWindow,
    close: () => app.close(),
    today: () => app.services.platform.clock.today(),
    tickets: () => app.dataSource.getRepository(QueueTicketEntity),
    bookedToday: (label: string) => bookedForToday(app, label, item),
    checkIn,
    myQueue,
    callNext,
    act,
    walkIn,
    /** Serve everyone waiting, so each test starts with an empty queue. */
    async drain() {
      for (;;) {
        const called = await callNext();
        if (called.status !== 200) {
          const board = await app.get<StaffQueueBoard>(`/api/v1/staff/queue?hall=${HALL}&window=${window}`, clerk);
          if (board.body.current) await act(board.body.current.id, 'complete');
          if (called.body.code === 'QUEUE_EMPTY') return;
          continue;
        }
        await act(called.body.id, 'complete');
      }
    },
  };
}
