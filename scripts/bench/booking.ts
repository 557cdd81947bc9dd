// Booking bench: the release-time rush on MariaDB. 2,000 verified residents book 40 slots of
// capacity 5 at once (50 per slot) through the real API, then the same load hits a bare Koa +
// mysql2 endpoint that only runs the conditional update. Exactly 200 places must be given, every
// other answer must be SLOT_FULL, and the database counters must equal the appointment rows.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import mysql from 'mysql2/promise';
import { startFakeWechat } from '@bianmin/fakes/wechat';
import { createDataProtector, DEV_DEFAULTS, type JwtConfig, signAccessToken } from '@bianmin/server/tooling';
import { checkDigitOf } from '@bianmin/shared';
import { at } from '../lib/at';
import { type RunningServer, startServer } from '../lib/server-process';
import { BARE_TABLE, createBareSlots, startBareBookingServer } from './bare-booking-server';

const MYSQL = { host: '127.0.0.1', port: 3306, user: 'root' };
const RESIDENTS = 2000;
const CONNECTIONS = 50;
const SLOTS = 40;
const CAPACITY = 5;
const PLACES = SLOTS * CAPACITY;
const HALL = 'cy-district';
const ITEM_NAME = '居住证办理';
const PHONE = '13900000000';
const BOOK_PATH = '/api/v1/appointments';
const RATIO_GOAL = 0.5;
/** Untimed requests first, on other slots (another day; other bare rows): JIT, pools and caches warm, as at 08:00 on a running server. */
const WARM_UP = 400;
const JWT: JwtConfig = { secret: DEV_DEFAULTS.jwtSecret, issuer: 'bianmin-api', audience: 'bianmin-miniapp', accessTtlSeconds: 900 };
/** 09:00–12:00 (18 slots) and 13:30–17:10 (22 slots) in 10-minute slots: exactly 40 a day. */
const OPENING_PERIODS = [
  { weekdays: [0, 1, 2, 3, 4, 5, 6], open: '09:00', close: '12:00' },
  { weekdays: [0, 1, 2, 3, 4, 5, 6], open: '13:30', close: '17:10' },
];

// ---- autocannon (no bundled types; scripts/ has no @types/autocannon): the part used here ----
interface CannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}
interface CannonOptions {
  url: string;
  connections: number;
  amount: number;
  timeout: number;
  requests: {
    method: string;
    path: string;
    setupRequest(req: CannonRequest): CannonRequest;
    onResponse(status: number, body: string): void;
  }[];
}
interface CannonResult {
  errors: number;
  timeouts: number;
}
type CannonInstance = EventEmitter & PromiseLike<CannonResult>;

async function loadAutocannon(): Promise<(opts: CannonOptions) => CannonInstance> {
  const name = 'autocannon'; // a non-literal specifier: typed by the interfaces above
  return ((await import(name)) as { default: (opts: CannonOptions) => CannonInstance }).default;
}

interface LoadResult {
  seconds: number;
  latencies: number[];
  created: number;
  slotFull: number;
  other: Map<string, number>;
  transportErrors: number;
}

/** `amount` POSTs over 50 keep-alive connections; request i is built by `build(i)` when it is sent. */
async function rush(
  baseUrl: string,
  amount: number,
  build: (i: number) => { headers: Record<string, string>; body: string },
): Promise<LoadResult> {
  const autocannon = await loadAutocannon();
  let next = 0;
  const out: LoadResult = { seconds: 0, latencies: [], created: 0, slotFull: 0, other: new Map(), transportErrors: 0 };
  const tally = (key: string) => out.other.set(key, (out.other.get(key) ?? 0) + 1);
  const started = performance.now();
  const instance = autocannon({
    url: baseUrl,
    connections: CONNECTIONS,
    amount,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: BOOK_PATH,
        setupRequest: (req) => {
          const i = next++;
          if (i >= amount) throw new Error(`autocannon asked for request #${i + 1} of ${amount}`);
          return { ...req, method: 'POST', path: BOOK_PATH, ...build(i) };
        },
        onResponse: (status, body) => {
          const code = errorCodeOf(body);
          if (status === 201) out.created++;
          else if (status === 409 && code === 'SLOT_FULL') out.slotFull++;
          else tally(`${status} ${code}`);
        },
      },
    ],
  });
  // autocannon notices the end only on its 1-second sampling tick, so its duration (and the wall
  // time around it) rounds up to whole seconds: time from the start to the last response instead.
  let last = started;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    out.latencies.push(ms);
    last = performance.now();
  });
  const result = await instance;
  out.seconds = (last - started) / 1000;
  out.transportErrors = result.errors + result.timeouts;
  return out;
}

/** The `code` of an error body (`{ code, message }`), '' for other bodies. */
function errorCodeOf(body: string): string {
  try {
    const { code } = JSON.parse(body) as { code?: unknown };
    return typeof code === 'string' ? code : '';
  } catch {
    return 'unparsable body';
  }
}

const percentile = (sorted: number[], p: number) => {
  const value = sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return value === undefined ? NaN : Number(value.toFixed(1));
};

/** A GB 11643 ID number, distinct for each i (birth dates three days apart from 1970). */
function idNumber(i: number): string {
  const birth = new Date(Date.UTC(1970, 0, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `370214${birth}${String(i % 1000).padStart(3, '0')}`;
  return first17 + checkDigitOf(first17);
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞'];

/** Verified residents with a live session each, written straight to the database (the HTTP sign-in is rate limited per IP). */
async function createResidents(db: mysql.Connection): Promise<{ userId: string; accessToken: string }[]> {
  const protector = createDataProtector({ encryptionKeys: DEV_DEFAULTS.encryptionKeys, hashKey: DEV_DEFAULTS.hashKey });
  const now = new Date();
  const expires = new Date(now.getTime() + 30 * 86_400_000);
  const residents = Array.from({ length: RESIDENTS }, (_, i) => {
    const userId = randomUUID();
    const familyId = randomUUID();
    const id = idNumber(i);
    const name = SURNAMES.charAt(i % SURNAMES.length) + at(GIVEN, Math.floor(i / SURNAMES.length) % GIVEN.length);
    return {
      userId,
      accessToken: signAccessToken(JWT, { sub: userId, sid: familyId }),
      user: [
        userId,
        'resident',
        '微信用户',
        null,
        null,
        `o-bench-${i}-${randomBytes(6).toString('hex')}`,
        null,
        null,
        null,
        null,
        false,
        0,
        null,
        now,
        now,
      ],
      role: [userId, 'resident', '', ''],
      realName: [userId, protector.encrypt(name), protector.encrypt(id), protector.lookupHash(id), now],
      refresh: [randomUUID(), familyId, userId, createHash('sha256').update(randomBytes(32)).digest('hex'), now, expires, null, null],
    };
  });
  const insert = async (sql: string, rows: unknown[][]) => {
    for (let i = 0; i < rows.length; i += 500) await db.query(sql, [rows.slice(i, i + 500)]);
  };
  await db.beginTransaction();
  await insert(
    `INSERT INTO user_account (id, kind, display_name, username, password_hash, wechat_openid, wechat_unionid,
    wechat_session_key_enc, phone_enc, phone_hash, disabled, failed_logins, locked_until, created_at, updated_at) VALUES ?`,
    residents.map((r) => r.user),
  );
  await insert(
    'INSERT INTO role_grant (user_id, role, scope_type, scope_code) VALUES ?',
    residents.map((r) => r.role),
  );
  await insert(
    'INSERT INTO real_name (user_id, name_enc, id_number_enc, id_number_hash, verified_at) VALUES ?',
    residents.map((r) => r.realName),
  );
  await insert(
    `INSERT INTO refresh_token (id, family_id, user_id, token_hash, created_at, expires_at, used_at, revoked_at)
    VALUES ?`,
    residents.map((r) => r.refresh),
  );
  await db.commit();
  return residents.map(({ userId, accessToken }) => ({ userId, accessToken }));
}

async function getJson<T>(url: string, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(url, { headers });
  const text = await res.text();
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/** The schedule for (hall, item), written directly; then the API materialises the slots. The rush
 * takes the 40 slots of a day a few working days ahead; the warm-up uses the next day's. */
async function openSlots(db: mysql.Connection, baseUrl: string) {
  const [items] = await db.query<mysql.RowDataPacket[]>('SELECT code FROM service_item WHERE name = ? AND appointment_available = 1', [
    ITEM_NAME,
  ]);
  const itemCode = items[0]?.code as string | undefined;
  if (!itemCode) throw new Error(`no bookable item named ${ITEM_NAME} in the seeded catalogue`);
  await db.query(
    `INSERT INTO appointment_schedule (hall_code, item_code, opening_periods, slot_minutes, capacity_per_slot,
    horizon_working_days, release_time, release_working_days_before, min_notice_minutes, cancel_cutoff_minutes, requires_confirmation, updated_at)
    VALUES (?, ?, ?, 10, ?, 5, '00:00', 5, 0, 60, false, ?)`,
    [HALL, itemCode, JSON.stringify(OPENING_PERIODS), CAPACITY, new Date()],
  );
  const q = `item=${encodeURIComponent(itemCode)}&hall=${HALL}`;
  const { days } = await getJson<{ days: { date: string; open: boolean; capacity: number; free: number }[] }>(
    `${baseUrl}/api/v1/appointments/availability?${q}`,
  );
  // Released future days with all 40 slots free (not today: its morning may be gone).
  const candidates = days.slice(1).filter((d) => d.open && d.capacity === PLACES && d.free === PLACES);
  if (candidates.length < 2) throw new Error(`need two released future days with ${PLACES} free places: ${JSON.stringify(days)}`);
  const rushDay = at(candidates, Math.min(2, candidates.length - 1));
  const warmDay = at(
    candidates.filter((d) => d !== rushDay),
    0,
  );
  const slotsOf = async (date: string) => {
    const { slots } = await getJson<{ slots: { id: number; bookable: boolean; free: number }[] }>(
      `${baseUrl}/api/v1/appointments/slots?${q}&date=${date}`,
    );
    const usable = slots.filter((s) => s.bookable && s.free === CAPACITY);
    if (usable.length < SLOTS) throw new Error(`only ${usable.length} bookable slots on ${date}`);
    return usable.slice(0, SLOTS).map((s) => s.id);
  };
  return { itemCode, date: rushDay.date, slotIds: await slotsOf(rushDay.date), warmSlotIds: await slotsOf(warmDay.date) };
}

/** Counter and rows per slot: ours from `slot` and `appointment`, the bare one from its own table. */
async function checkOurs(db: mysql.Connection, slotIds: number[]) {
  const [slots] = await db.query<mysql.RowDataPacket[]>('SELECT id, capacity, booked FROM slot WHERE id IN (?)', [slotIds]);
  const [rows] = await db.query<mysql.RowDataPacket[]>(
    `SELECT slot_id, COUNT(*) AS n, SUM(status IN ('pending', 'booked', 'checked_in')) AS active FROM appointment WHERE slot_id IN (?) GROUP BY slot_id`,
    [slotIds],
  );
  const bySlot = new Map(rows.map((r) => [Number(r.slot_id), { n: Number(r.n), active: Number(r.active) }]));
  const booked = slots.reduce((n, s) => n + Number(s.booked), 0);
  const appointments = rows.reduce((n, r) => n + Number(r.n), 0);
  const mismatched = slots.filter(
    (s) =>
      Number(s.booked) > Number(s.capacity) ||
      Number(s.booked) !== (bySlot.get(Number(s.id))?.active ?? 0) ||
      (bySlot.get(Number(s.id))?.n ?? 0) !== (bySlot.get(Number(s.id))?.active ?? 0),
  ).length;
  return { booked, appointments, mismatched };
}

async function checkBare(db: mysql.Connection, slotIds: number[]) {
  const [slots] = await db.query<mysql.RowDataPacket[]>(`SELECT capacity, booked FROM ${BARE_TABLE} WHERE id IN (?)`, [slotIds]);
  return {
    booked: slots.reduce((n, s) => n + Number(s.booked), 0),
    mismatched: slots.filter((s) => Number(s.booked) > Number(s.capacity)).length,
  };
}

export async function runBookingBench(): Promise<void> {
  const title = `\nBooking rush on MariaDB — ${RESIDENTS} residents, ${SLOTS} slots × ${CAPACITY} places, ${CONNECTIONS} connections`;
  let admin: mysql.Connection;
  try {
    admin = await mysql.createConnection({ ...MYSQL, connectTimeout: 3000 });
  } catch (err) {
    console.log(
      `${title}\nskipped: MariaDB not reachable at ${MYSQL.host}:${MYSQL.port} (${(err as { code?: string }).code ?? (err as Error).message})`,
    );
    return;
  }
  const dbName = `bianmin_bench_${randomBytes(4).toString('hex')}`;
  const databaseUrl = `mysql://${MYSQL.user}@${MYSQL.host}:${MYSQL.port}/${dbName}`;
  let db: mysql.Connection | undefined;
  let ours: RunningServer | undefined;
  let bare: RunningServer | undefined;
  const wechat = await startFakeWechat();
  try {
    await admin.query(`CREATE DATABASE ${dbName} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    ours = await startServer({
      databaseUrl,
      env: {
        LOG_LEVEL: 'warn',
        WECHAT_API_BASE_URL: wechat.url,
        WECHAT_APP_ID: wechat.appId,
        WECHAT_APP_SECRET: wechat.appSecret,
        // The tokens and sealed values below are made with these; pin them in case the shell sets others.
        JWT_SECRET: JWT.secret,
        JWT_ISSUER: JWT.issuer,
        JWT_AUDIENCE: JWT.audience,
        ACCESS_TOKEN_TTL_SECONDS: String(JWT.accessTtlSeconds),
        DATA_ENCRYPTION_KEYS: DEV_DEFAULTS.encryptionKeys,
        DATA_HASH_KEY: DEV_DEFAULTS.hashKey,
      },
    });
    db = await mysql.createConnection({ ...MYSQL, database: dbName, timezone: 'Z', charset: 'utf8mb4_unicode_ci' });
    const residents = await createResidents(db);
    const { itemCode, date, slotIds, warmSlotIds } = await openSlots(db, ours.baseUrl);
    // One signed-in read first: a wrong token or sealed value fails here, not as 2,000 errors.
    await getJson(`${ours.baseUrl}/api/v1/me`, { Authorization: `Bearer ${at(residents, 0).accessToken}` });

    // Resident i books slot i % 40; the same requests (headers and body) go to both servers.
    const request = (ids: number[]) => (i: number) => ({
      headers: {
        Authorization: `Bearer ${at(residents, i).accessToken}`,
        'Idempotency-Key': randomUUID(),
        'content-type': 'application/json',
      },
      body: JSON.stringify({ slotId: ids[i % SLOTS], itemCode, contactPhone: PHONE }),
    });
    const oursWarm = await rush(ours.baseUrl, WARM_UP, request(warmSlotIds));
    const oursLoad = await rush(ours.baseUrl, RESIDENTS, request(slotIds));
    await ours.stop();
    ours = undefined;
    const oursDb = await checkOurs(db, slotIds);

    const bareIds = await createBareSlots(db, 2 * SLOTS, CAPACITY);
    const [bareSlotIds, bareWarmIds] = [bareIds.slice(0, SLOTS), bareIds.slice(SLOTS)];
    bare = await startBareBookingServer(databaseUrl);
    const bareWarm = await rush(bare.baseUrl, WARM_UP, request(bareWarmIds));
    const bareLoad = await rush(bare.baseUrl, RESIDENTS, request(bareSlotIds));
    await bare.stop();
    bare = undefined;
    const bareDb = await checkBare(db, bareSlotIds);

    const rate = (l: LoadResult) => l.latencies.length / l.seconds;
    const ratio = rate(oursLoad) / rate(bareLoad);
    const row = (server: string, l: LoadResult, dbBooked: number, dbRows: number | string, vsBare: string) => {
      const sorted = l.latencies.slice().sort((a, b) => a - b);
      const other = [...l.other.values()].reduce((a, b) => a + b, 0) + l.transportErrors;
      return {
        server,
        'req/s': Math.round(rate(l)),
        'p50 ms': percentile(sorted, 0.5),
        'p95 ms': percentile(sorted, 0.95),
        'p99 ms': percentile(sorted, 0.99),
        'booked (201)': l.created,
        'SLOT_FULL (409)': l.slotFull,
        'other errors': other,
        'DB SUM(booked)': dbBooked,
        'DB appointments': dbRows,
        'ours/bare': vsBare,
      };
    };
    console.log(`${title}; slots of ${date} at ${HALL}, item ${itemCode}`);
    console.log(
      `Load: autocannon 8 programmatic API, amount ${RESIDENTS}, per-request setupRequest (own resident token + fresh Idempotency-Key,`,
    );
    console.log(
      `resident i → slot i % ${SLOTS}), after ${WARM_UP} untimed warm-up bookings on other slots; latency = autocannon per-response`,
    );
    console.log('times, req/s = responses / (last response − start); both servers are child processes with a pool of 20 connections.');
    console.table([
      row('ours: API (auth, real name, idempotency, TypeORM)', oursLoad, oursDb.booked, oursDb.appointments, ratio.toFixed(2)),
      row('bare: Koa + mysql2 UPDATE only', bareLoad, bareDb.booked, '-', '1.00'),
    ]);
    console.log(`Goal ours/bare throughput ≥ ${RATIO_GOAL}: ${ratio >= RATIO_GOAL ? 'met' : 'NOT met'} (${ratio.toFixed(2)}).`);

    const problems: string[] = [];
    for (const [name, l] of [
      ['ours warm-up', oursWarm],
      ['bare warm-up', bareWarm],
    ] as const) {
      if (l.transportErrors) problems.push(`${name}: ${l.transportErrors} connection errors or timeouts`);
      for (const [what, n] of l.other) problems.push(`${name}: ${n} × ${what}`);
    }
    for (const [name, l] of [
      ['ours', oursLoad],
      ['bare', bareLoad],
    ] as const) {
      if (l.created !== PLACES) problems.push(`${name}: ${l.created} bookings succeeded, expected exactly ${PLACES}`);
      if (l.slotFull !== RESIDENTS - PLACES) problems.push(`${name}: ${l.slotFull} SLOT_FULL, expected ${RESIDENTS - PLACES}`);
      if (l.transportErrors) problems.push(`${name}: ${l.transportErrors} connection errors or timeouts`);
      for (const [what, n] of l.other) problems.push(`${name}: ${n} × ${what}`);
    }
    if (oursDb.booked !== PLACES) problems.push(`ours: SUM(slot.booked) = ${oursDb.booked}, expected ${PLACES}`);
    if (oursDb.appointments !== PLACES) problems.push(`ours: ${oursDb.appointments} appointment rows, expected ${PLACES}`);
    if (oursDb.mismatched)
      problems.push(`ours: ${oursDb.mismatched} slot(s) whose counter differs from their active appointments or exceeds capacity`);
    if (bareDb.booked !== PLACES) problems.push(`bare: SUM(booked) = ${bareDb.booked}, expected ${PLACES}`);
    if (bareDb.mismatched) problems.push(`bare: ${bareDb.mismatched} slot(s) over capacity`);
    if (problems.length) {
      console.log(`Booking invariants FAILED:\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
    } else {
      console.log(
        `Invariants hold: ${PLACES} bookings, ${RESIDENTS - PLACES} SLOT_FULL, no other answers; counters = appointment rows = ${PLACES}.`,
      );
    }
  } finally {
    await ours?.stop().catch(() => {});
    await bare?.stop().catch(() => {});
    await db?.end().catch(() => {});
    await wechat.close().catch(() => {});
    await admin.query(`DROP DATABASE IF EXISTS ${dbName}`).catch((err: unknown) => console.error(`could not drop ${dbName}:`, err));
    await admin.end().catch(() => {});
  }
}
