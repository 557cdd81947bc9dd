// Shared set-up for notification tests: the app with the fake SMS provider beside the fake WeChat,
// residents who opened the mini-app (an openid), bound a phone and accepted subscription messages,
// staff to address, and helpers to record sample events and read back what became of them.
import { randomUUID } from 'node:crypto';
import { type FakeSms, startFakeSms } from '@bianmin/fakes/sms';
import type { SubscribeTemplates, SubscriptionList } from '@bianmin/shared';
import { DomainEventEntity } from '../platform/entities';
import { UserEntity } from '../modules/identity/index';
import { DeliveryEntity, type DeliveryRow } from '../modules/notifications/deliveries-entity';
import { recordSample, type SampleSubject } from './notification-events';
import { verifiedResident } from './appointments-fixture';
import { type TestApp, type TestAppOptions, startTestApp } from './harness';

export interface NotifyApp {
  app: TestApp;
  sms: FakeSms;
  close(): Promise<void>;
}

export async function startNotifyApp(opts: TestAppOptions = {}): Promise<NotifyApp> {
  const sms = await startFakeSms();
  const app = await startTestApp({
    ...opts,
    env: {
      SMS_API_BASE_URL: sms.url,
      SMS_ACCESS_KEY_ID: sms.accessKeyId,
      SMS_ACCESS_KEY_SECRET: sms.accessKeySecret,
      SMS_SIGN_NAME: sms.signName,
      ...opts.env,
    },
  }).catch(async (err: unknown) => {
    await sms.close();
    throw err;
  });
  return { app, sms, close: async () => Promise.all([app.close(), sms.close()]).then(() => undefined) };
}

let phones = 0;
export interface Reachable {
  id: string;
  accessToken: string;
  openid: string;
  phone: string;
}

/** A resident with an openid and a bound phone who accepted every subscription template `credits` times. */
export async function reachableResident(app: TestApp, label: string, o: { credits?: number; phone?: boolean } = {}): Promise<Reachable> {
  const r = await verifiedResident(app, label);
  const phone = `1390${String(process.pid % 1000).padStart(3, '0')}${String(++phones).padStart(4, '0')}`;
  if (o.phone !== false) {
    const bound = await app.send('/api/v1/me/phone', { code: app.wechat.phoneCode(phone) }, { token: r.accessToken });
    if (bound.status !== 200) throw new Error(`phone binding failed: ${JSON.stringify(bound.body)}`);
  }
  const templates = (await app.get<SubscribeTemplates>('/api/v1/notifications/subscribe-templates')).body;
  const ids = [...new Set([...templates.booked, ...templates.submitted, ...templates.case])];
  for (let i = 0; i < (o.credits ?? 0); i++) {
    const res = await app.send<SubscriptionList>('/api/v1/notifications/subscriptions', { accepted: ids }, { token: r.accessToken });
    if (res.status !== 200) throw new Error(`subscription report failed: ${JSON.stringify(res.body)}`);
  }
  const user = await app.dataSource.getRepository(UserEntity).findOneByOrFail({ id: r.id });
  return { id: r.id, accessToken: r.accessToken, openid: user.wechatOpenid ?? '', phone: o.phone === false ? '' : phone };
}

export interface EventStaff {
  handlerId: string;
  supervisorId: string;
}

/** A notification app with the staff its sample events name: a district-wide handler and a supervisor. */
export type NotifyAppWithStaff = NotifyApp & { staff: EventStaff };

export async function startNotifyAppWithStaff(usernamePrefix: string): Promise<NotifyAppWithStaff> {
  const env = await startNotifyApp();
  try {
    const handler = await env.app.signInStaff(`${usernamePrefix}-handler`, [{ role: 'reviewer', scopeType: 'district', scopeCode: null }]);
    const supervisor = await env.app.signInStaff(`${usernamePrefix}-supervisor`, [
      { role: 'supervisor', scopeType: 'district', scopeCode: null },
    ]);
    return { ...env, staff: { handlerId: handler.userId, supervisorId: supervisor.userId } };
  } catch (err) {
    // The caller's afterAll never gets an app that failed half-way, so it is closed here.
    await env.close();
    throw err;
  }
}

/** A subject for sample events: this resident, fresh case number and appointment, named staff. */
export async function subjectFor(
  app: TestApp,
  residentId: string,
  staff: { handlerId: string; supervisorId: string },
): Promise<SampleSubject> {
  const snapshot = await app.services.catalogue.current();
  const item = snapshot.items[0];
  if (!item) throw new Error('empty catalogue');
  const seq = String(Math.floor(Math.random() * 99_999)).padStart(5, '0');
  return {
    residentId,
    ...staff,
    number: `370214-20261204-${seq}`,
    appointmentId: randomUUID(),
    itemCode: item.code,
    itemName: item.name,
    hallCode: 'cy-district',
    seal: (plain) => app.services.platform.protector.encrypt(plain),
  };
}

/** Records a sample event of `type`; returns its id. */
export async function record(app: TestApp, type: string, s: SampleSubject): Promise<number> {
  const key = randomUUID();
  await app.services.platform.tx.run((em) => recordSample(em, type, s, key));
  const e = await app.dataSource.getRepository(DomainEventEntity).findOneByOrFail({ dedupeKey: `${type}:${key}` });
  return e.id;
}

export const deliveriesOf = (app: TestApp, eventId: number): Promise<DeliveryRow[]> =>
  app.dataSource.getRepository(DeliveryEntity).find({ where: { eventId }, order: { createdAt: 'ASC' } });

export const channelRow = async (app: TestApp, eventId: number, channel: DeliveryRow['channel']) =>
  (await deliveriesOf(app, eventId)).find((d) => d.channel === channel && d.role === 'resident');
