// (f) A node dies mid-burst: kill -9 of node 3's mariadbd while bookings and submissions stream
// into all three instances. The instances on surviving nodes keep answering (the cluster of two
// keeps its quorum), every 201 is on the surviving nodes, and the killed node rejoins by IST and
// ends with the same rows as the others.
import { at } from '../lib/at';
import { book } from './booking';
import { numberingProblems, submit, uploadPhotos } from './cases';
import { type Context, send } from './context';
import { type Answer, burst, tally } from './http';
import { connect, count, galera, NODE_PORTS, type Rows, status } from './nodes';
import { expect } from './report';

const BOOKINGS = 240;
const SUBMISSIONS = 60;
const CONCURRENCY = 24;
/** The node killed: the last one, whose instance is the last. */
const VICTIM = 3;
/** Tables compared row for row after the rejoin. */
const TABLES = [
  'appointment',
  'slot',
  'case_record',
  'case_material',
  'case_timeline',
  'upload',
  'stored_file_chunk',
  'idempotency_record',
  'domain_event',
  'audit_log',
  'refresh_token',
];

type Sent = Answer<{ id?: string; case?: { number: string } }> & { kind: 'booking' | 'submission'; afterKill: boolean };

export async function nodeDiesMidBurst(ctx: Context): Promise<void> {
  if (!ctx.galera || ctx.nodes.length < VICTIM) throw new Error('needs the three-node Galera cluster');
  const day = at(ctx.days, 1);
  const bookers = await ctx.residents(BOOKINGS);
  const submitters = await ctx.residents(SUBMISSIONS);
  const uploads = await uploadPhotos(ctx, submitters, 1000);

  // Every fifth request a submission, the rest bookings (resident i → slot i mod 40); request k → instance k mod 3.
  let killedAt = 0;
  let done = 0;
  let kill: Promise<string> | undefined;
  const total = BOOKINGS + SUBMISSIONS;
  const tasks = Array.from({ length: total }, (_, k) => async (): Promise<Sent> => {
    const s = Math.floor(k / 5);
    const submitting = k % 5 === 4 && s < SUBMISSIONS;
    const b = k - Math.floor((k + 1) / 5);
    const afterKill = killedAt > 0;
    const answer = submitting
      ? await submit(ctx, k, at(submitters, s), at(uploads, s))
      : await book(ctx, k, at(bookers, b % BOOKINGS).accessToken, at(day.slotIds, b % day.slotIds.length));
    if (++done === Math.round(total * 0.3)) {
      kill = galera('kill-node', VICTIM).then(
        (out) => {
          killedAt = performance.now();
          return out;
        },
        (err: unknown) => `the kill failed: ${(err as Error).message}`,
      );
    }
    return { ...answer, kind: submitting ? 'submission' : 'booking', afterKill };
  });
  const { answers, seconds } = await burst(tasks, CONCURRENCY);
  ctx.report.fact(`${await kill} after ${Math.round(total * 0.3)} of ${total} answers; the burst took ${seconds.toFixed(1)} s`);
  const survivors = answers.filter((a) => a.instance !== VICTIM);
  const victim = answers.filter((a) => a.instance === VICTIM);
  ctx.report.fact(`instances on nodes 1–2: ${tally(survivors)}`);
  ctx.report.fact(`instance ${VICTIM} (its node killed): ${tally(victim)}`);
  const slowest = Math.max(...survivors.filter((a) => a.afterKill).map((a) => a.ms), 0);
  ctx.report.fact(
    `slowest answer on nodes 1–2 after the kill: ${(slowest / 1000).toFixed(1)} s (writes wait until the dead node is declared gone)`,
  );

  const unexpected = survivors.filter((a) => a.status !== 201 && !(a.kind === 'booking' && a.status === 409 && a.code === 'SLOT_FULL'));
  ctx.report.check(
    'instances on the surviving nodes keep serving: only 201 and SLOT_FULL, no 5xx',
    expect(
      unexpected.length === 0,
      ['booking', 'submission'].map((kind) => `${kind}s: ${tally(unexpected.filter((a) => a.kind === kind)) || 'none'}`).join('; '),
    ),
  );
  ctx.report.check('node 3 died mid-burst, and the burst reached every instance before and after the kill', [
    ...expect(killedAt > 0, 'node 3 was not killed'),
    ...expect(
      victim.some((a) => !a.afterKill),
      `no request to instance ${VICTIM} before the kill`,
    ),
    ...expect(
      survivors.some((a) => a.afterKill),
      'no request to the survivors after the kill',
    ),
  ]);

  // Every 201, whichever instance gave it, is on both surviving nodes.
  const ids = answers.filter((a) => a.status === 201 && a.kind === 'booking').map((a) => a.body.id ?? '');
  const numbers = answers.filter((a) => a.status === 201 && a.kind === 'submission').map((a) => a.body.case?.number ?? '');
  const lost: string[] = [];
  for (const n of [0, 1]) {
    const db = at(ctx.nodes, n);
    const haveIds = ids.length ? await count(db, 'SELECT COUNT(*) FROM appointment WHERE id IN (?)', [ids]) : 0;
    const haveNumbers = numbers.length ? await count(db, 'SELECT COUNT(*) FROM case_record WHERE number IN (?)', [numbers]) : 0;
    if (haveIds !== ids.length || haveNumbers !== numbers.length)
      lost.push(`node ${n + 1}: ${haveIds}/${ids.length} answered appointments, ${haveNumbers}/${numbers.length} answered cases`);
  }
  ctx.report.check(`nothing answered 201 is lost: all ${ids.length} appointments and ${numbers.length} cases are on nodes 1 and 2`, lost);

  // The killed node comes back: position recovered from InnoDB, the missed write sets by IST.
  ctx.report.fact(await galera('start-node', VICTIM));
  await ctx.nodes[VICTIM - 1]?.end().catch(() => {});
  ctx.nodes[VICTIM - 1] = await connect(at(NODE_PORTS, VICTIM - 1));
  const sizes = await Promise.all(ctx.nodes.map((db) => status(db, 'wsrep_cluster_size')));
  ctx.report.check(
    'the cluster is whole again: wsrep_cluster_size = 3 on every node',
    expect(
      sizes.every((s) => s === 3),
      `sizes ${sizes.join(', ')}`,
    ),
  );

  const mismatched: string[] = [];
  for (const table of TABLES) {
    const counts = await Promise.all(ctx.nodes.map((db) => count(db, `SELECT COUNT(*) FROM ${table}`)));
    if (new Set(counts).size !== 1) mismatched.push(`${table}: ${counts.join(' / ')}`);
  }
  const booked = await Promise.all(ctx.nodes.map((db) => count(db, 'SELECT SUM(booked) FROM slot')));
  if (new Set(booked).size !== 1) mismatched.push(`SUM(slot.booked): ${booked.join(' / ')}`);
  ctx.report.check(`the rejoined node's row counts equal the others' (${TABLES.length} tables and the slot counters)`, mismatched);

  const [rows] = await at(ctx.nodes, VICTIM - 1).query<Rows>('SELECT number FROM case_record');
  ctx.report.check(
    'case numbers are still unique and gap-free after the failure (read on the rejoined node)',
    numberingProblems(rows.map((r) => String(r.number))),
  );

  // The instance whose node died serves again once its node is back (its pool reconnects).
  const token = at(bookers, 0).accessToken;
  let last: Answer | undefined;
  for (let tries = 0; tries < 60 && last?.status !== 200; tries++) {
    if (tries) await new Promise((r) => setTimeout(r, 500));
    last = await send(ctx, VICTIM - 1, '/api/v1/appointments/mine', { token });
  }
  ctx.report.check(
    `instance ${VICTIM} serves again after its node rejoined`,
    expect(last?.status === 200, `${last?.status} ${last?.code}`),
  );
}
