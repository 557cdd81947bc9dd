// The hall queue, as the people in the hall live it: residents check in (or take a number at the
// kiosk) and get the next number of their window group on the ticket that follows them. The window
// calling them in order is in queue-window.api.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@bianmin/shared';
import { windowGroup } from '@bianmin/shared';
import { HALL } from '../../testing/appointments-fixture';
import { closeIfStarted } from '../../testing/harness';
import { type QueueHall, startQueueHall, walkInIdNumber } from '../../testing/queue-fixture';
import { DomainEventEntity } from '../../platform/entities';

let queue: QueueHall;
beforeAll(async () => {
  queue = await startQueueHall();
});
afterAll(() => closeIfStarted(queue));

describe('numbers issued at check-in and at the kiosk', () => {
  it('gives a checked-in resident the next number of the item’s window group, shown on their ticket', async () => {
    const a = await queue.bookedToday('first');
    expect((await queue.myQueue(a)).body.ticket).toBeNull(); // not here yet
    expect((await queue.checkIn(a.ticketCode)).status).toBe(200);
    const { ticket } = (await queue.myQueue(a)).body;
    expect(ticket?.number).toMatch(new RegExp(`^${windowGroup(queue.window)}\\d{3}$`));
    expect(ticket).toMatchObject({
      status: 'waiting',
      statusLabel: '等候中',
      item: { code: queue.item },
      hall: { code: HALL },
      window: null,
    });
    expect(ticket?.group.windows.map((w) => w.number)).toContain(queue.window);
    // The number and its event commit with the check-in.
    const events = await queue.app.dataSource
      .getRepository(DomainEventEntity)
      .find({ where: { type: 'queue.issued', aggregateId: ticket!.id } });
    expect(events).toHaveLength(1);
  });

  it('issues a walk-in a number from the same counter, once per person while it is live', async () => {
    const id = walkInIdNumber();
    const first = await queue.walkIn(id);
    expect(first.status).toBe(201);
    expect(first.body.ticket).toMatchObject({ kind: 'walk_in', status: 'waiting', residentName: null });
    const again = await queue.walkIn(id);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('QUEUE_ALREADY_WAITING');
    // The ID number is not stored, not even masked: only a keyed hash while the number is live.
    const row = await queue.tickets().findOneByOrFail({ id: first.body.ticket.id });
    expect(JSON.stringify(row)).not.toContain(id.slice(6, 14));
  });

  it('refuses a wrong ID number and an item the hall does not handle, with reasons', async () => {
    const bad = await queue.walkIn('370214196001011234');
    expect(bad.status).toBe(400);
    expect(bad.body.fieldErrors?.idNumber?.[0]).toMatch(/身份证/);
    const res = await queue.app.send<ErrorBody>(
      '/api/v1/staff/queue/walk-ins',
      { hall: HALL, item: 'no-such-item', idNumber: walkInIdNumber() },
      { token: queue.clerk },
    );
    expect(res.status).toBe(400);
    expect(res.body.fieldErrors?.item).toEqual(['本大厅不办理这个事项，请重新选择']);
  });

  it('hands 50 simultaneous check-ins and walk-ins 50 distinct, consecutive numbers', async () => {
    await queue.drain();
    // Booked one after the other (the fixture's ID numbers are only unique in sequence); the check-ins race.
    const booked: Awaited<ReturnType<typeof queue.bookedToday>>[] = [];
    for (let i = 0; i < 25; i++) booked.push(await queue.bookedToday(`burst-${i}`));
    const before = await queue.tickets().count({ where: { hallCode: HALL, groupCode: windowGroup(queue.window), day: queue.today() } });
    const answers = await Promise.all([
      ...booked.map((a) => queue.checkIn(a.ticketCode)),
      ...Array.from({ length: 25 }, () => queue.walkIn()),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([...Array(25).fill(200), ...Array(25).fill(201)]);
    const issued = await queue.tickets().find({
      where: { hallCode: HALL, groupCode: windowGroup(queue.window), day: queue.today() },
      order: { sequence: 'ASC' },
    });
    const sequences = issued.slice(before).map((t) => t.sequence);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => before + 1 + i));
    expect(new Set(issued.map((t) => t.number)).size).toBe(issued.length);
    await queue.drain();
  }, 120_000);
});
