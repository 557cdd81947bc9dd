// The hall queue at the window: the clerk calls the numbers in order (booked residents whose slot
// has begun first), recalls, skips and completes them, each resident's ticket follows along, and
// staff of another hall and other residents see nothing of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, HallQueue, StaffQueueBoard } from '@bianmin/shared';
import { windowGroup } from '@bianmin/shared';
import { HALL, verifiedResident } from '../../testing/appointments-fixture';
import { closeIfStarted } from '../../testing/harness';
import { type QueueHall, startQueueHall, walkInIdNumber } from '../../testing/queue-fixture';
import { AuditEntity } from '../../platform/entities';

let queue: QueueHall;
beforeAll(async () => {
  queue = await startQueueHall();
});
afterAll(() => closeIfStarted(queue));

describe('calling at the window', () => {
  it('calls in order, a booked resident whose slot has begun before earlier walk-ins, and updates the ticket', async () => {
    await queue.drain();
    const early = await queue.walkIn();
    const a = await queue.bookedToday('ontime');
    await queue.checkIn(a.ticketCode);
    const ticketId = (await queue.myQueue(a)).body.ticket!.id;
    // Their slot has begun (it is "now" 00:00 onwards): the rule puts them first.
    await queue.tickets().update({ id: ticketId }, { slotStart: '00:00' });
    expect((await queue.myQueue(a)).body.ticket).toMatchObject({ ahead: 0 });

    const first = await queue.callNext();
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id: ticketId, status: 'called', window: queue.window, callCount: 1, residentName: '测**民' });
    const mine = (await queue.myQueue(a)).body.ticket!;
    expect(mine).toMatchObject({ status: 'called', statusLabel: '请到窗口', window: { number: queue.window } });

    // One number at a time per window.
    expect((await queue.callNext()).body.code).toBe('QUEUE_WINDOW_BUSY');
    expect((await queue.act(ticketId, 'recall')).body.callCount).toBe(2);
    expect((await queue.act(ticketId, 'complete')).body.status).toBe('done');
    const next = await queue.callNext();
    expect(next.body.id).toBe(early.body.ticket.id);
    expect((await queue.act(next.body.id, 'skip')).body).toMatchObject({ status: 'skipped', statusLabel: '已过号' });
    expect((await queue.act(next.body.id, 'complete')).body.code).toBe('QUEUE_STATE');
    expect((await queue.callNext()).body.code).toBe('QUEUE_EMPTY');
  });

  it('keeps an early appointment holder in arrival order, behind those who came first', async () => {
    await queue.drain();
    const walkInFirst = await queue.walkIn();
    const a = await queue.bookedToday('early');
    await queue.checkIn(a.ticketCode);
    await queue.tickets().update({ appointmentId: a.id }, { slotStart: '23:59' });
    expect((await queue.myQueue(a)).body.ticket!.ahead).toBe(1);
    expect((await queue.callNext()).body.id).toBe(walkInFirst.body.ticket.id);
    await queue.drain();
  });

  it('never gives one number to two windows calling at once', async () => {
    if (!queue.otherWindow) return; // the hall has a single window in this group
    await queue.drain();
    await queue.walkIn();
    await queue.walkIn();
    const [x, y] = await Promise.all([queue.callNext(queue.window), queue.callNext(queue.otherWindow)]);
    expect(x.status).toBe(200);
    expect(y.status).toBe(200);
    expect(x.body.id).not.toBe(y.body.id);
    await queue.act(y.body.id, 'complete');
    await queue.drain();
  });

  it('estimates the wait from the group’s recent service times', async () => {
    await queue.drain();
    const a = await queue.bookedToday('estimate');
    await queue.walkIn();
    await queue.checkIn(a.ticketCode);
    // A slot that has not begun keeps arrival order (the walk-in first) whatever the time of day:
    // the booked slot's own start would put the resident first from that time on.
    await queue.tickets().update({ appointmentId: a.id }, { slotStart: '23:59' });
    const { ticket } = (await queue.myQueue(a)).body;
    expect(ticket!.ahead).toBe(1);
    // Recent numbers were served in 6 minutes each by one window (one clock reading: two could
    // be a millisecond apart, and 6 minutes and 1 ms rounds up to 7).
    const now = Date.now();
    await queue
      .tickets()
      .createQueryBuilder()
      .update()
      .set({ calledAt: new Date(now - 6 * 60_000), completedAt: new Date(now), windowNumber: queue.window })
      .where('status = :done AND day = :day', { done: 'done', day: queue.today() })
      .execute();
    const estimated = (await queue.myQueue(a)).body.ticket!;
    expect(estimated.estimatedWaitMinutes).toBe(6);
    const hall = await queue.app.get<HallQueue>(`/api/v1/queue/halls/${HALL}`);
    const group = hall.body.groups.find((g) => g.code === windowGroup(queue.window))!;
    expect(group.waiting).toBe(2);
    await queue.drain();
  });

  it('answers an unchanged ticket with 304 to a poll that sends its ETag', async () => {
    const a = await queue.bookedToday('etag');
    await queue.checkIn(a.ticketCode);
    const first = await queue.myQueue(a);
    const tag = first.headers.get('etag')!;
    const again = await queue.app.raw(`/api/v1/queue/appointments/${a.id}`, {
      headers: { Authorization: `Bearer ${a.token}`, 'If-None-Match': tag },
    });
    expect(again.status).toBe(304);
    await queue.callNext();
    const changed = await queue.app.raw(`/api/v1/queue/appointments/${a.id}`, {
      headers: { Authorization: `Bearer ${a.token}`, 'If-None-Match': tag },
    });
    expect(changed.status).toBe(200);
    await queue.drain();
  });
});

describe('who may see and do what', () => {
  it('hides another resident’s number and the window from staff of other halls and residents', async () => {
    const a = await queue.bookedToday('owner');
    await queue.checkIn(a.ticketCode);
    const stranger = await verifiedResident(queue.app, 'stranger');
    expect((await queue.myQueue(a, stranger.accessToken)).body).toEqual({ ticket: null });
    expect((await queue.app.get<ErrorBody>(`/api/v1/staff/queue?hall=${HALL}&window=${queue.window}`, queue.elsewhere)).status).toBe(404);
    expect((await queue.callNext(queue.window, queue.elsewhere)).status).toBe(404);
    expect((await queue.walkIn(walkInIdNumber(), queue.elsewhere)).status).toBe(404);
    const id = (await queue.myQueue(a)).body.ticket!.id;
    expect((await queue.act(id, 'recall', queue.elsewhere)).status).toBe(404);
    expect((await queue.callNext(queue.window, a.token)).status).toBe(404);
    // Every step the window takes is audited.
    const called = await queue.callNext();
    const audit = await queue.app.dataSource.getRepository(AuditEntity).find({ where: { targetId: called.body.id } });
    expect(audit.map((r) => r.action)).toContain('queue.call');
    await queue.drain();
  });

  it('shows the window board with the current number, those waiting and every group', async () => {
    await queue.walkIn();
    const board = await queue.app.get<StaffQueueBoard>(`/api/v1/staff/queue?hall=${HALL}&window=${queue.window}`, queue.clerk);
    expect(board.status).toBe(200);
    expect(board.body.window).toMatchObject({ number: queue.window, group: windowGroup(queue.window) });
    expect(board.body.waiting.length).toBeGreaterThan(0);
    expect(board.body.groups.map((g) => g.code)).toContain(windowGroup(queue.window));
    const unknown = await queue.app.get<ErrorBody>(`/api/v1/staff/queue?hall=${HALL}&window=Z99`, queue.clerk);
    expect(unknown.status).toBe(400);
    await queue.drain();
  });
});
