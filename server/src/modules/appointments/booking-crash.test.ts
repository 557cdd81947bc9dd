// A crash mid-burst: the real API runs as a child process, residents book with Idempotency-Keys,
// the process is killed with SIGKILL while requests are in flight, restarted, and every key is
// retried. Before the platform layer the idempotency record committed apart from the booking: a
// killed request left it "in progress" for ever (every retry waited 15 s, then 503) while the
// booking it guarded might have committed. Now record and booking commit together.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDigitOf } from '@bianmin/shared';
import { startFakeWechat, type FakeWechat } from '@bianmin/fakes/wechat';
import { loadConfig } from '../../config';
import { createDataSource } from '../../db/data-source';
import { newUserRow, RealNameEntity, RoleGrantEntity, signAccessToken, UserEntity } from '../identity/index';
import { childProcessEnv, closeIfStarted, demoCatalogueFiles, freshDatabaseUrl } from '../../testing/harness';
import { importCatalogue } from '../catalogue/index';
import { createServices } from '../../services';
import { freePort } from '../../testing/answers';
import { bookableItemCode, HALL, openSchedule } from '../../testing/appointments-fixture';
import { AppointmentEntity, SlotEntity } from './entities';

const SERVER_DIR = resolve(import.meta.dirname, '../../..');
const RESIDENTS = 60;
const CAPACITY = 40;

interface Resident {
  userId: string;
  token: string;
  key: string;
}
interface Answer {
  status: number;
  body: { id?: string; code?: string };
}

let databaseUrl: string;
let dropDatabase: () => Promise<void> = () => Promise.resolve(); // until beforeAll has made one
let dir: string;
let wechat: FakeWechat;
let child: ChildProcess | null = null;
let baseUrl = '';
const residents: Resident[] = [];
let slotId = 0;
let itemCode = '';

const config = () => loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl });

async function startApi(): Promise<void> {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  // node itself with tsx as a loader: the tsx CLI would run the server in a grandchild that a
  // SIGKILL of its parent leaves running.
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    stdio: 'ignore',
    env: childProcessEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      H5_DIR: '',
      WECHAT_API_BASE_URL: wechat.url,
      WECHAT_APP_ID: wechat.appId,
      WECHAT_APP_SECRET: wechat.appSecret,
    }),
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    if (
      await fetch(`${baseUrl}/api/v1/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    if (Date.now() > deadline) throw new Error('API did not start in 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function killApi(): Promise<void> {
  const c = child;
  if (c?.exitCode !== null || c.signalCode !== null) return; // never started, or already gone
  const exited = new Promise((r) => c.once('exit', r));
  c.kill('SIGKILL');
  await exited;
}

const book = (r: Resident): Promise<Answer> =>
  fetch(`${baseUrl}/api/v1/appointments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${r.token}`, 'idempotency-key': r.key },
    body: JSON.stringify({ slotId, itemCode, contactPhone: '13900001111' }),
    signal: AbortSignal.timeout(30_000),
  }).then(async (res) => ({ status: res.status, body: (await res.json()) as Answer['body'] }));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bianmin-crash-'));
  ({ url: databaseUrl, drop: dropDatabase } = await freshDatabaseUrl(join(dir, 'crash.sqlite')));
  wechat = await startFakeWechat();
  // Everything the burst needs, written before the API starts: catalogue, schedule, verified residents with sessions.
  const dataSource = createDataSource(config().database);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const imported = await importCatalogue(dataSource, demoCatalogueFiles());
  if (!imported.ok) throw new Error('catalogue invalid');
  const services = createServices(config(), dataSource);
  itemCode = await bookableItemCode({ services });
  await services.appointments.schedules.put('test-admin', openSchedule(itemCode, { capacityPerSlot: CAPACITY }), null);
  const tomorrow = new Date(Date.now() + 86_400_000);
  const day = (await services.appointments.resident.availability(itemCode, HALL)).days.find(
    (d) => d.open && d.free > 0 && d.date >= services.platform.clock.today(tomorrow),
  );
  if (!day) throw new Error('no open day');
  const slots = await services.appointments.resident.slots(itemCode, HALL, day.date);
  slotId = slots.slots.find((s) => s.bookable)?.id ?? 0;
  const cfg = config();
  for (let i = 0; i < RESIDENTS; i++) {
    const userId = randomUUID();
    const now = new Date();
    const first17 = `37021419${String(700101 + i).padStart(6, '0')}${String(100 + i).slice(-3)}`;
    const familyId = await services.platform.tx.run(async (em) => {
      await em
        .getRepository(UserEntity)
        .insert(newUserRow({ id: userId, kind: 'resident', displayName: '微信用户', wechatOpenid: `crash-${i}-${userId}` }));
      await em.getRepository(RoleGrantEntity).insert({ userId, role: 'resident', scopeType: '', scopeCode: '' });
      const idNumber = first17 + checkDigitOf(first17);
      await em.getRepository(RealNameEntity).insert({
        userId,
        nameEnc: services.platform.protector.encrypt('测试居民'),
        idNumberEnc: services.platform.protector.encrypt(idNumber),
        idNumberHash: services.platform.protector.lookupHash(idNumber),
        verifiedAt: now,
      });
      return (await services.identity.refreshTokens.start(em, userId)).familyId;
    });
    residents.push({ userId, token: signAccessToken(cfg.jwt, { sub: userId, sid: familyId }), key: randomUUID() });
  }
  await services.platform.limiter.close();
  await dataSource.destroy();
  await startApi();
}, 180_000);

afterAll(async () => {
  await killApi();
  await closeIfStarted(wechat);
  await dropDatabase();
  rmSync(dir, { recursive: true, force: true });
});

describe('POST /appointments when the API is killed mid-burst', () => {
  it('answers every retried key after a restart, with the booking it made or a fresh one, never twice', async () => {
    // Requests go out a few milliseconds apart; the API is killed once a few have been answered,
    // so some are answered, some are mid-transaction and some never reach it.
    let answered = 0;
    let killed: Promise<void> = Promise.resolve();
    const first: Promise<Answer | null>[] = [];
    for (const r of residents) {
      first.push(
        book(r).then(
          (a) => {
            if (++answered === 3) killed = killApi();
            return a;
          },
          () => null,
        ),
      );
      await new Promise((ok) => setTimeout(ok, 4));
    }
    const before = await Promise.all(first);
    await killed;
    const lost = before.filter((a) => a === null).length;
    expect(lost).toBeGreaterThan(0);

    await startApi();
    const retried = await Promise.all(residents.map(book));
    for (const [i, answer] of retried.entries()) {
      // Never "still in progress", never an internal error: a booking or a clean refusal.
      expect([201, 409], JSON.stringify(answer)).toContain(answer.status);
      const earlier = before[i];
      if (earlier?.status === 201) expect(answer.body.id).toBe(earlier.body.id);
    }

    const dataSource = createDataSource(config().database);
    await dataSource.initialize();
    try {
      const rows = await dataSource.getRepository(AppointmentEntity).find({ where: { slotId } });
      const slot = await dataSource.getRepository(SlotEntity).findOneByOrFail({ id: slotId });
      // No resident holds two places, and the counter equals the rows.
      expect(new Set(rows.map((a) => a.userId)).size).toBe(rows.length);
      expect(slot.booked).toBe(rows.length);
      expect(rows.length).toBeLessThanOrEqual(CAPACITY);
      // Everyone who holds a place learned it from the retry: no booking the client never hears of.
      const answeredIds = new Set(retried.filter((a) => a.status === 201).map((a) => a.body.id));
      for (const a of rows) expect(answeredIds.has(a.id)).toBe(true);
      expect(answeredIds.size).toBe(rows.length);
    } finally {
      await dataSource.destroy();
    }
  }, 180_000);
});
