// The hall queue, as the people in the hall live it: residents check in (or take a number at the
// kiosk), the window calls them in order, and each resident's ticket follows along.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Appointment,
  AppointmentQueue,
  ErrorBody,
  HallQueue,
  StaffAppointment,
  StaffQueueBoard,
  StaffQueueTicket,
  WalkInTicket,
} from '@bianmin/shared';
import { checkDigitOf, windowGroup } from '@bianmin/shared';
import { bookedForToday, HALL, startBookingApp, verifiedResident, windowClerk } from '../../testing/appointments-fixture';
import { closeIfStarted, type TestApp } from '../../testing/harness';
import { AuditEntity, DomainEventEntity } from '../../platform/entities';
import { QueueTicketEntity } from './entities';

let app: TestApp;
let item: string;
let clerk: string;
let elsewhere: string;
let window: string;
let otherWindow: string | undefined;
beforeAll(async () => {
  ({ app, item } = await startBookingApp({ capacityPerSlot: 80 }));
  clerk = await windowClerk(app, 'queue.clerk');
  elsewhere = await windowClerk(app, 'queue.liuting', 'cy-street-liuting');
  // The window that handles the item, and another of its group if the hall has one.
  const snapshot = await app.services.catalogue.current();
  const it = snapshot.itemByCode.get(item)!;
  const windows = snapshot.windowsByHall.get(HALL)!;
  const serving = windows.find((w) => w.itemCodes.includes(item)) ?? windows.find((w) => w.departmentCodes.includes(it.departmentCode))!;
  window = serving.number;
  otherWindow = windows.find((w) => w.number !== window && windowGroup(w.number) === windowGroup(window))?.number;
});
afterAll(() => closeIfStarted(app));

const today = () => app.services.platform.clock.today();
const tickets = () => app.dataSource.getRepository(QueueTicketEntity);

const bookedToday = (label: string) => bookedForToday(app, label, item);
const checkIn = (ticket: string, token = clerk) =>
  app.send<StaffAppointment & ErrorBody>('/api/v1/staff/appointments/check-in', { hall: HALL, ticket }, { token });
const myQueue = (a: Appointment & { token: string }, token = a.token) =>
  app.get<AppointmentQueue>(`/api/v1/queue/appointments/${a.id}`, token);
const callNext = (w = window, token = clerk) =>
  app.send<StaffQueueTicket & ErrorBody>('/api/v1/staff/queue/call-next', { hall: HALL, window: w }, { token });
const act = (id: string, step: 'recall' | 'skip' | 'complete', token = clerk) =>
  app.send<StaffQueueTicket & ErrorBody>(`/api/v1/staff/queue/tickets/${id}/${step}`, {}, { token });
let idSerial = 0;
function idNumber(): string {
  idSerial++;
  const first17 = `370214${1960 + (idSerial % 40)}0${1 + (idSerial % 9)}1${idSerial % 10}${String(idSerial).padStart(3, '0')}`;
  return first17 + checkDigitOf(first17);
}
const walkIn = (id = idNumber(), token = clerk, hall = HALL) =>
  app.send<WalkInTicket & ErrorBody>('/api/v1/staff/queue/walk-ins', { hall, item, idNumber: id }, { token });
/** Serve everyone waiting, so each test starts with an empty queue. */
async function drain() {
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
}

describe('numbers issued at check-in and at the kiosk', () => {
  it('gives a checked-in resident the next number of the item’s window group, shown on their ticket', async () => {
    const a = await bookedToday('first');
    expect((await myQueue(a)).body.ticket).toBeNull(); // not here yet
    expect((await checkIn(a.ticketCode)).status).toBe(200);
    const { ticket } = (await myQueue(a)).body;
    expect(ticket?.number).toMatch(new RegExp(`^${windowGroup(window)}\\d{3}$`));
    expect(ticket).toMatchObject({ status: 'waiting', statusLabel: '等候中', item: { code: item }, hall: { code: HALL }, window: null });
    expect(ticket?.group.windows.map((w) => w.number)).toContain(window);
    // The number and its event commit with the check-in.
    const events = await app.dataSource.getRepository(DomainEventEntity).find({ where: { type: 'queue.issued', aggregateId: ticket!.id } });
    expect(events).toHaveLength(1);
  });

  it('issues a walk-in a number from the same counter, once per person while it is live', async () => {
    const id = idNumber();
    const first = await walkIn(id);
    expect(first.status).toBe(201);
    expect(first.body.ticket).toMatchObject({ kind: 'walk_in', status: 'waiting', residentName: null });
    const again = await walkIn(id);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('QUEUE_ALREADY_WAITING');
    // The ID number is not stored, not even masked: only a keyed hash while the number is live.
    const row = await tickets().findOneByOrFail({ id: first.body.ticket.id });
    expect(JSON.stringify(row)).not.toContain(id.slice(6, 14));
  });

  it('refuses a wrong ID number and an item the hall does not handle, with reasons', async () => {
    const bad = await walkIn('370214196001011234');
    expect(bad.status).toBe(400);
    expect(bad.body.fieldErrors?.idNumber?.[0]).toMatch(/身份证/);
    const res = await app.send<ErrorBody>(
      '/api/v1/staff/queue/walk-ins',
      { hall: HALL, item: 'no-such-item', idNumber: idNumber() },
      { token: clerk },
    );
    expect(res.status).toBe(400);
    expect(res.body.fieldErrors?.item).toEqual(['本大厅不办理这个事项，请重新选择']);
  });

  it('hands 50 simultaneous check-ins and walk-ins 50 distinct, consecutive numbers', async () => {
    await drain();
    // Booked one after the other (the fixture's ID numbers are only unique in sequence); the check-ins race.
    const booked: Awaited<ReturnType<typeof bookedToday>>[] = [];
    for (let i = 0; i < 25; i++) booked.push(await bookedToday(`burst-${i}`));
    const before = await tickets().count({ where: { hallCode: HALL, groupCode: windowGroup(window), day: today() } });
    const answers = await Promise.all([...booked.map((a) => checkIn(a.ticketCode)), ...Array.from({ length: 25 }, () => walkIn())]);
    expect(answers.map((r) => r.status).sort()).toEqual([...Array(25).fill(200), ...Array(25).fill(201)]);
    const issued = await tickets().find({
      where: { hallCode: HALL, groupCode: windowGroup(window), day: today() },
      order: { sequence: 'ASC' },
    });
    const sequences = issued.slice(before).map((t) => t.sequence);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => before + 1 + i));
    expect(new Set(issued.map((t) => t.number)).size).toBe(issued.length);
    await drain();
  }, 120_000);
});

describe('calling at the window', () => {
  it('calls in order, a booked resident whose slot has begun before earlier walk-ins, and updates the ticket', async () => {
    await drain();
    const early = await walkIn();
    const a = await bookedToday('ontime');
    await checkIn(a.ticketCode);
    const ticketId = (await myQueue(a)).body.ticket!.id;
    // Their slot has begun (it is "now" 00:00 onwards): the rule puts them first.
    await tickets().update({ id: ticketId }, { slotStart: '00:00' });
    expect((await myQueue(a)).body.ticket).toMatchObject({ ahead: 0 });

    const first = await callNext();
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id: ticketId, status: 'called', window, callCount: 1, residentName: '测**民' });
    const mine = (await myQueue(a)).body.ticket!;
    expect(mine).toMatchObject({ status: 'called', statusLabel: '请到窗口', window: { number: window } });

    // One number at a time per window.
    expect((await callNext()).body.code).toBe('QUEUE_WINDOW_BUSY');
    expect((await act(ticketId, 'recall')).body.callCount).toBe(2);
    expect((await act(ticketId, 'complete')).body.status).toBe('done');
    const next = await callNext();
    expect(next.body.id).toBe(early.body.ticket.id);
    expect((await act(next.body.id, 'skip')).body).toMatchObject({ status: 'skipped', statusLabel: '已过号' });
    expect((await act(next.body.id, 'complete')).body.code).toBe('QUEUE_STATE');
    expect((await callNext()).body.code).toBe('QUEUE_EMPTY');
  });

  it('keeps an early appointment holder in arrival order, behind those who came first', async () => {
    await drain();
    const walkInFirst = await walkIn();
    const a = await bookedToday('early');
    await checkIn(a.ticketCode);
    await tickets().update({ appointmentId: a.id }, { slotStart: '23:59' });
    expect((await myQueue(a)).body.ticket!.ahead).toBe(1);
    expect((await callNext()).body.id).toBe(walkInFirst.body.ticket.id);
    await drain();
  });

  it('never gives one number to two windows calling at once', async () => {
    if (!otherWindow) return; // the hall has a single window in this group
    await drain();
    await walkIn();
    await walkIn();
    const [x, y] = await Promise.all([callNext(window), callNext(otherWindow)]);
    expect(x.status).toBe(200);
    expect(y.status).toBe(200);
    expect(x.body.id).not.toBe(y.body.id);
    await act(y.body.id, 'complete');
    await drain();
  });

  it('estimates the wait from the group’s recent service times', async () => {
    await drain();
    const a = await bookedToday('estimate');
    await walkIn();
    await checkIn(a.ticketCode);
    const { ticket } = (await myQueue(a)).body;
    expect(ticket!.ahead).toBe(1);
    // Recent numbers were served in 6 minutes each by one window.
    await tickets()
      .createQueryBuilder()
      .update()
      .set({ calledAt: new Date(Date.now() - 6 * 60_000), completedAt: new Date(), windowNumber: window })
      .where('status = :done AND day = :day', { done: 'done', day: today() })
      .execute();
    const estimated = (await myQueue(a)).body.ticket!;
    expect(estimated.estimatedWaitMinutes).toBe(6);
    const hall = await app.get<HallQueue>(`/api/v1/queue/halls/${HALL}`);
    const group = hall.body.groups.find((g) => g.code === windowGroup(window))!;
    expect(group.waiting).toBe(2);
    await drain();
  });

  it('answers an unchanged ticket with 304 to a poll that sends its ETag', async () => {
    const a = await bookedToday('etag');
    await checkIn(a.ticketCode);
    const first = await myQueue(a);
    const tag = first.headers.get('etag')!;
    const again = await app.raw(`/api/v1/queue/appointments/${a.id}`, {
      headers: { Authorization: `Bearer ${a.token}`, 'If-None-Match': tag },
    });
    expect(again.status).toBe(304);
    await callNext();
    const changed = await app.raw(`/api/v1/queue/appointments/${a.id}`, {
      headers: { Authorization: `Bearer ${a.token}`, 'If-None-Match': tag },
    });
    expect(changed.status).toBe(200);
    await drain();
  });
});

describe('who may see and do what', () => {
  it('hides another resident’s number and the window from staff of other halls and residents', async () => {
    const a = await bookedToday('owner');
    await checkIn(a.ticketCode);
    const stranger = await verifiedResident(app, 'stranger');
    expect((await myQueue(a, stranger.accessToken)).body).toEqual({ ticket: null });
    expect((await app.get<ErrorBody>(`/api/v1/staff/queue?hall=${HALL}&window=${window}`, elsewhere)).status).toBe(404);
    expect((await callNext(window, elsewhere)).status).toBe(404);
    expect((await walkIn(idNumber(), elsewhere)).status).toBe(404);
    const id = (await myQueue(a)).body.ticket!.id;
    expect((await act(id, 'recall', elsewhere)).status).toBe(404);
    expect((await callNext(window, a.token)).status).toBe(404);
    // Every step the window takes is audited.
    const called = await callNext();
    const audit = await app.dataSource.getRepository(AuditEntity).find({ where: { targetId: called.body.id } });
    expect(audit.map((r) => r.action)).toContain('queue.call');
    await drain();
  });

  it('shows the window board with the current number, those waiting and every group', async () => {
    await walkIn();
    const board = await app.get<StaffQueueBoard>(`/api/v1/staff/queue?hall=${HALL}&window=${window}`, clerk);
    expect(board.status).toBe(200);
    expect(board.body.window).toMatchObject({ number: window, group: windowGroup(window) });
    expect(board.body.waiting.length).toBeGreaterThan(0);
    expect(board.body.groups.map((g) => g.code)).toContain(windowGroup(window));
    const unknown = await app.get<ErrorBody>(`/api/v1/staff/queue?hall=${HALL}&window=Z99`, clerk);
    expect(unknown.status).toBe(400);
    await drain();
  });
});
