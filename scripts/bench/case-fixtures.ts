// A district's worth of cases for the case bench, written with bulk INSERTs: `count` online cases of
// the seeded catalogue's items over the last `days` days (today included, up to now), resident
// k % residents.length filing case k — so each resident has the same number of cases across the
// whole period. Numbers are gap-free per day and the per-day sequence rows match them, so the API
// numbers today's submissions on from there. Applicant, phone and answers are sealed as the API
// seals them; the query code is kept only as its keyed hash (the bench keeps the pairs to look up).
// checkNumbers verifies the numbering afterwards, with the API's submissions of today added.
import { randomUUID } from 'node:crypto';
import type mysql from 'mysql2/promise';
import { formatCaseNumber, QUERY_CODE_ALPHABET, QUERY_CODE_LENGTH } from '@bianmin/shared';
import { at } from '../lib/at';
import { benchProtector, DISTRICT, districtDay, insertBatches } from './bench-db';
import type { BenchResident } from './residents';

const BATCH = 2000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface CaseKey {
  number: string;
  code: string;
}

export interface FilledCases {
  /** Number and query code of every case, in insertion order. */
  keys: CaseKey[];
  byStatus: Map<string, number>;
  firstDay: string;
  today: string;
  /** Of them, cases numbered today (the API's submissions continue after these). */
  todayCount: number;
  itemCount: number;
}

/** mulberry32: the same cases on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A status that fits the case's age in days: recent ones wait for acceptance, old ones are mostly concluded. */
function statusFor(age: number, r: number): string {
  if (r < 0.05) return 'withdrawn';
  if (age < 5) return r < 0.6 ? 'submitted' : r < 0.85 ? 'accepted' : 'under_review';
  if (age < 30) return r < 0.2 ? 'accepted' : r < 0.55 ? 'under_review' : 'concluded';
  return r < 0.05 ? 'under_review' : 'concluded';
}
const VERSION: Record<string, number> = { submitted: 1, withdrawn: 2, accepted: 2, under_review: 3, concluded: 4 };

export async function fillCases(db: mysql.Connection, residents: BenchResident[], count: number, days: number): Promise<FilledCases> {
  const protector = benchProtector();
  const random = prng(20_260_105);
  const [items] = await db.query<mysql.RowDataPacket[]>(
    `SELECT code, department_code, legal_limit_days, promised_limit_days FROM service_item
     WHERE status = 'published' AND online_submission = 1 ORDER BY sort_order, code`,
  );
  if (!items.length) throw new Error('the seeded catalogue has no published item submitted online');
  const [meta] = await db.query<mysql.RowDataPacket[]>("SELECT value FROM catalogue_meta WHERE `key` = 'version'");
  const catalogueVersion = String(meta[0]?.value ?? '0');
  const now = Date.now();
  const today = districtDay(0, new Date(now));
  /** The date `age` days before today. */
  const dayAgo = Array.from({ length: days }, (_, age) => districtDay(-age, new Date(now)));
  const out: FilledCases = {
    keys: [],
    byStatus: new Map(),
    firstDay: at(dayAgo, days - 1),
    today,
    todayCount: 0,
    itemCount: items.length,
  };
  const perDay = new Map<string, number>();
  const perDayCount = Math.ceil(count / days);
  const caseRows: unknown[][] = [];
  const timelineRows: unknown[][] = [];
  const write = async (cases: unknown[][], timeline: unknown[][]) => {
    await insertBatches(
      db,
      `INSERT INTO case_record (id, number, query_code_hash, item_code, department_code, catalogue_version, status, accepted,
      channel, applicant_user_id, filed_by_user_id, applicant_kind, applicant_enc, applicant_hash, contact_phone_enc, answers_enc,
      correction, received_on, accepted_on, legal_limit_days, promised_limit_days, pauses, submitted_at, decided_at, updated_at, version)
      VALUES ?`,
      cases,
      BATCH,
    );
    await insertBatches(db, 'INSERT INTO case_timeline (case_id, action, status, actor, actor_id, note, at) VALUES ?', timeline, BATCH);
  };
  // One batch is written while the next is sealed (the database and this process each have a core).
  let writing = Promise.resolve();
  const flush = async () => {
    await writing;
    writing = write(caseRows.splice(0), timelineRows.splice(0));
    writing.catch(() => {}); // awaited at the next flush; this only keeps it from counting as unhandled meanwhile
  };
  // Random ids as the API makes them, inserted in order: the clustered index fills without page splits.
  const ids = Array.from({ length: count }, () => randomUUID()).sort();
  for (let k = 0; k < count; k++) {
    // Case k on day ⌊k / perDayCount⌋ of the period, at its place in that day's working hours (today: from midnight to now).
    const age = days - 1 - Math.floor(k / perDayCount);
    const day = at(dayAgo, age);
    const seq = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, seq);
    const opens = Date.parse(`${day}T${age === 0 ? '00:00' : '08:30'}:00${DISTRICT.utcOffset}`);
    const span = age === 0 ? Math.max(0, now - 60_000 - opens) : 9 * HOUR;
    const submittedAt = new Date(opens + (span * (k % perDayCount)) / perDayCount);
    const resident = at(residents, k % residents.length);
    const item = at(items, Math.floor(random() * items.length));
    const status = statusFor(age, random());
    out.byStatus.set(status, (out.byStatus.get(status) ?? 0) + 1);
    const accepted = status !== 'submitted' && status !== 'withdrawn';
    const acceptedOn = accepted ? at(dayAgo, Math.max(0, age - 1)) : null;
    const decidedAt = status === 'concluded' ? new Date(Math.min(now - HOUR, submittedAt.getTime() + Math.min(age, 5) * DAY)) : null;
    const number = formatCaseNumber(DISTRICT.code, day, seq);
    let code = '';
    for (let c = 0; c < QUERY_CODE_LENGTH; c++) code += QUERY_CODE_ALPHABET.charAt(Math.floor(random() * QUERY_CODE_ALPHABET.length));
    out.keys.push({ number, code });
    const id = at(ids, k);
    caseRows.push([
      id,
      number,
      protector.keyedHash('case-query-code', `${number}\n${code}`),
      item.code,
      item.department_code,
      catalogueVersion,
      status,
      accepted,
      'online',
      resident.userId,
      resident.userId,
      'individual',
      protector.encrypt(JSON.stringify({ name: resident.name, idNumber: resident.idNumber })),
      resident.idNumberHash,
      protector.encrypt('13900000000'),
      protector.encrypt(JSON.stringify({ note: `第${seq}号网上申报` })),
      null,
      day,
      acceptedOn,
      item.legal_limit_days,
      item.promised_limit_days,
      '[]',
      submittedAt,
      decidedAt,
      decidedAt ?? submittedAt,
      VERSION[status] ?? 1,
    ]);
    timelineRows.push([id, 'submit', 'submitted', 'applicant', resident.userId, '网上提交申请', submittedAt]);
    if (caseRows.length === BATCH) await flush();
  }
  await flush();
  await writing;
  await insertBatches(
    db,
    'INSERT INTO case_number_sequence (day, last_value) VALUES ?',
    [...perDay].map(([day, last]) => [day.replaceAll('-', ''), last]),
  );
  await db.query('ANALYZE TABLE case_record, case_timeline');
  out.todayCount = perDay.get(today) ?? 0;
  return out;
}

/** Per day: rows, distinct numbers, lowest and highest sequence, and the day's sequence row. */
export async function checkNumbers(db: mysql.Connection, today: string) {
  const [days] = await db.query<mysql.RowDataPacket[]>(
    `SELECT d.day, d.n, d.distinct_n, d.lo, d.hi, s.last_value FROM (
       SELECT SUBSTRING(number, 8, 8) AS day, COUNT(*) AS n, COUNT(DISTINCT number) AS distinct_n,
         MIN(CAST(SUBSTRING(number, 17) AS UNSIGNED)) AS lo, MAX(CAST(SUBSTRING(number, 17) AS UNSIGNED)) AS hi
       FROM case_record GROUP BY SUBSTRING(number, 8, 8)) d
     LEFT JOIN case_number_sequence s ON s.day = d.day`,
  );
  const n = (d: mysql.RowDataPacket, column: string) => Number(d[column]);
  const broken = days
    .filter((d) => n(d, 'lo') !== 1 || [n(d, 'hi'), n(d, 'distinct_n'), n(d, 'last_value')].some((v) => v !== n(d, 'n')))
    .map((d) => `${d.day}: ${d.n} cases, ${d.distinct_n} numbers, ${d.lo}…${d.hi}, sequence row ${d.last_value}`);
  const todayRow = days.find((d) => d.day === today.replaceAll('-', ''));
  return { days: days.length, cases: days.reduce((sum, d) => sum + n(d, 'n'), 0), today: todayRow ? n(todayRow, 'n') : 0, broken };
}
