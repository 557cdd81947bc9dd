// Every appointment and case change reaches the resident's inbox (消息中心) — once, whatever the
// workers do: two at once never write a message twice, and a worker that died holding events
// loses nothing (its lease runs out and another takes them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageList } from '@bianmin/shared';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';
import { verifiedResident } from '../../testing/appointments-fixture';
import { photoWithGps, shopApplication, submit, uploadFile } from '../../testing/cases-fixture';
import { IsNull } from 'typeorm';
import { DomainEventEntity } from '../../platform/entities';
import { NotificationEntity } from './entities';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => closeIfStarted(app));

async function applyOnce(token: string) {
  const photo = (await uploadFile(app, token, await photoWithGps(), 'a.jpg')).body.id;
  const res = await submit(app, token, shopApplication([photo]), crypto.randomUUID());
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body.case.number;
}
const inbox = async (token: string) => (await app.get<MessageList>('/api/v1/me/messages', token)).body;

describe('消息中心', () => {
  it('a submission and its withdrawal land in the applicant’s inbox, unread until read', async () => {
    const r = await verifiedResident(app, 'inbox');
    const number = await applyOnce(r.accessToken);
    await app.send(`/api/v1/cases/${number}/withdraw`, {}, { token: r.accessToken });
    await app.services.notifications.worker().runOnce();
    const box = await inbox(r.accessToken);
    expect(box.items.map((m) => m.title)).toEqual(['申请已撤回', '申请已提交']);
    expect(box.items[1]).toMatchObject({ link: { kind: 'case', id: number }, readAt: null });
    expect(box.items[1]?.body).toContain(number);
    expect(box.unread).toBe(2);
    const first = box.items[0]?.id ?? '';
    const read = await app.send<{ readAt: string | null }>(`/api/v1/me/messages/${first}/read`, {}, { token: r.accessToken });
    expect(read.body.readAt).not.toBeNull();
    expect((await app.get<{ unread: number }>('/api/v1/me/messages/unread', r.accessToken)).body.unread).toBe(1);
    expect((await app.send<{ unread: number }>('/api/v1/me/messages/read-all', {}, { token: r.accessToken })).body.unread).toBe(0);
  });

  it('shows a resident only their own messages; another’s message id is a 404', async () => {
    const a = await verifiedResident(app, 'inbox-a');
    const b = await verifiedResident(app, 'inbox-b');
    await applyOnce(a.accessToken);
    await app.services.notifications.worker().runOnce();
    expect((await inbox(b.accessToken)).items).toEqual([]);
    const theirs = (await inbox(a.accessToken)).items[0]?.id ?? '';
    expect((await app.send(`/api/v1/me/messages/${theirs}/read`, {}, { token: b.accessToken })).status).toBe(404);
  });

  it('two workers at once deliver every event exactly once', async () => {
    const r = await verifiedResident(app, 'inbox-race');
    for (let i = 0; i < 6; i++) await applyOnce(r.accessToken);
    const [w1, w2] = [app.services.notifications.worker({ batch: 4 }), app.services.notifications.worker({ batch: 4 })];
    for (let round = 0; round < 4; round++) await Promise.all([w1.runOnce(), w2.runOnce()]);
    const mine = await app.dataSource.getRepository(NotificationEntity).find({ where: { userId: r.id } });
    expect(mine).toHaveLength(6);
    expect(new Set(mine.map((m) => m.eventId)).size).toBe(6);
    const unprocessed = await app.dataSource.getRepository(DomainEventEntity).countBy({ userId: r.id, processedAt: IsNull() });
    expect(unprocessed).toBe(0);
  });

  it('a worker that died holding events loses nothing: after its lease another delivers them', async () => {
    const r = await verifiedResident(app, 'inbox-crash');
    const number = await applyOnce(r.accessToken);
    const events = app.dataSource.getRepository(DomainEventEntity);
    const pending = await events.findOneByOrFail({
      type: 'case.submitted',
      dedupeKey: (await events.findOneByOrFail({ type: 'case.submitted', userId: r.id })).dedupeKey,
    });
    // A worker claimed it and died before delivering: the lease says so.
    await events.update({ id: pending.id }, { claimedBy: 'dead-worker', claimedUntil: new Date(Date.now() + 60_000) });
    await app.services.notifications.worker().runOnce();
    expect((await inbox(r.accessToken)).items.map((m) => m.link?.id)).not.toContain(number);
    await app.services.notifications.worker().runOnce(new Date(Date.now() + 61_000));
    expect((await inbox(r.accessToken)).items.map((m) => m.link?.id)).toContain(number);
  });
});
