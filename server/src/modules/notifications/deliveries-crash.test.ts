// Workers racing and dying. Two workers at once never send one delivery twice. A worker process
// killed with SIGKILL while its sends are in flight loses nothing: after its lease runs out another
// worker sends every row it held, and the provider sees no repeat but of the rows that were in
// flight (each recognisable by its dedupe key, the SMS OutId). The worker runs as a real child
// process against a database file (or a MariaDB database) the test shares with it.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { type FakeSms, startFakeSms } from '@bianmin/fakes/sms';
import { loadConfig } from '../../config';
import { createDataSource } from '../../db/data-source';
import { createServices, type Services } from '../../services';
import { childProcessEnv, closeIfStarted, demoCatalogueFiles, freshDatabaseUrl } from '../../testing/harness';
import { recordSample } from '../../testing/notification-events';
import { startSlowProxy, type SlowProxy } from '../../testing/slow-proxy';
import { importCatalogue } from '../catalogue/index';
import { newUserRow, UserEntity } from '../identity/index';
import { DeliveryEntity } from './deliveries-entity';

const SERVER_DIR = resolve(import.meta.dirname, '../../..');
const LEASE_MS = 4_000;

let dir: string;
let databaseUrl: string;
let dropDatabase: () => Promise<void> = () => Promise.resolve();
let sms: FakeSms;
let slow: SlowProxy;
let dataSource: DataSource;
let services: Services;
let child: ChildProcess | null = null;

const env = () => ({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  DATABASE_URL: databaseUrl,
  SMS_API_BASE_URL: slow.url,
  SMS_ACCESS_KEY_ID: sms.accessKeyId,
  SMS_ACCESS_KEY_SECRET: sms.accessKeySecret,
  SMS_SIGN_NAME: sms.signName,
});

/** Residents who bound a phone but never opened the mini-app: their messages go by SMS. */
async function eventsFor(count: number): Promise<string[]> {
  const item = (await services.catalogue.current()).items[0];
  if (!item) throw new Error('empty catalogue');
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const phone = `1380000${String(i).padStart(4, '0')}`;
    const { protector } = services.platform;
    await services.platform.tx.run(async (em) => {
      await em.getRepository(UserEntity).insert(
        newUserRow({
          id,
          kind: 'resident',
          displayName: '微信用户',
          phoneEnc: protector.encrypt(phone),
          phoneHash: protector.lookupHash(phone),
        }),
      );
      const subject = {
        residentId: id,
        handlerId: id,
        supervisorId: id,
        number: `370214-20261204-${String(i).padStart(5, '0')}`,
        appointmentId: randomUUID(),
        itemCode: item.code,
        itemName: item.name,
        hallCode: 'cy-district',
        seal: (plain: string) => protector.encrypt(plain),
      };
      await recordSample(em, 'case.accepted', subject, id);
    });
    keys.push(id);
  }
  return keys;
}

const smsRows = () => dataSource.getRepository(DeliveryEntity).find({ where: { channel: 'sms' } });
const outIds = () => sms.messages.map((m) => m.outId ?? '');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bianmin-notify-crash-'));
  ({ url: databaseUrl, drop: dropDatabase } = await freshDatabaseUrl(join(dir, 'notify.sqlite')));
  sms = await startFakeSms();
  slow = await startSlowProxy(sms.url, 250);
  const config = loadConfig(env());
  dataSource = createDataSource(config.database);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  if (!(await importCatalogue(dataSource, demoCatalogueFiles())).ok) throw new Error('catalogue invalid');
  services = createServices(config, dataSource);
}, 60_000);

afterAll(async () => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  await services.platform.limiter.close();
  await dataSource.destroy();
  await closeIfStarted(slow);
  await closeIfStarted(sms);
  await dropDatabase();
  rmSync(dir, { recursive: true, force: true });
});

describe('notification workers', () => {
  it('two at once never send the same delivery twice', async () => {
    await eventsFor(24);
    const [a, b] = [services.notifications.worker({ batch: 5 }), services.notifications.worker({ batch: 5 })];
    for (let round = 0; round < 12; round++) await Promise.all([a.runOnce(), b.runOnce()]);
    const rows = await smsRows();
    expect(rows).toHaveLength(24);
    expect(rows.every((r) => r.status === 'sending' && r.providerId)).toBe(true);
    expect(outIds().sort()).toEqual(rows.map((r) => r.dedupeKey).sort());
  }, 60_000);

  it('a worker killed with SIGKILL mid-batch loses nothing; another sends what it held once its lease runs out', async () => {
    sms.reset();
    slow.received = 0;
    await dataSource.getRepository(DeliveryEntity).clear();
    await eventsFor(40);
    child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/testing/notify-worker.ts', JSON.stringify({ leaseMs: LEASE_MS, batch: 20, concurrency: 4 })],
      { cwd: SERVER_DIR, stdio: ['ignore', 'ignore', 'inherit'], env: childProcessEnv(env()) },
    );
    const worker = child;
    const exited = new Promise((r) => worker.once('exit', r));
    // Killed once a few sends have reached the (slow) provider: some rows done, some in flight, some not started.
    const deadline = Date.now() + 150_000; // starting node + tsx on a busy machine can take a while
    while (slow.received < 6 && worker.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(worker.exitCode).toBeNull();
    worker.kill('SIGKILL');
    await exited;
    const heldByDead = (await dataSource.getRepository(DeliveryEntity).find()).filter((r) => r.leaseOwner !== null).length;
    expect(heldByDead).toBeGreaterThan(0);

    const survivor = services.notifications.worker({ leaseMs: LEASE_MS });
    const later = () => new Date(Date.now() + LEASE_MS + 2_000);
    while (await survivor.runOnce(later())) {
      /* until nothing is due */
    }
    const rows = await smsRows();
    expect(rows).toHaveLength(40);
    expect(rows.filter((r) => r.status !== 'sending' || !r.providerId)).toEqual([]);
    // Every row reached the provider; a repeat only ever carries the dedupe key of a row that was in flight.
    const seen = outIds();
    expect(new Set(seen)).toEqual(new Set(rows.map((r) => r.dedupeKey)));
    expect(seen.length - new Set(seen).size).toBeLessThanOrEqual(heldByDead);
  }, 240_000);
});
