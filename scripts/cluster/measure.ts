// `bench:cluster`: how fast the booking rush and case submissions go through 3 API instances on
// the Galera cluster — one instance per node (multi-writer) and all on node 1 (single writer) —
// against the single MariaDB on 3306 (1 and 3 instances). Each set-up gets a fresh database,
// warm-up requests first, then a timed burst; figures for docs/scaling.md. Needs `galera:up`.
import { cpus, loadavg } from 'node:os';
import { at } from '../lib/at';
import { book, openBookingDays } from './booking';
import { submit, uploadPhotos } from './cases';
import { type Context, residentsFrom } from './context';
import { costOf } from './cpu';
import { type Answer, burst, failures, ofStatus } from './http';
import { type Instances, startInstances } from './instances';
import { connect, databaseUrl, NODE_PORTS, resetDatabase } from './nodes';
import { Report } from './report';

const SINGLE_PORT = 3306;
const SINGLE_DATABASE = 'bianmin_cluster_single';
const BOOKINGS = 1200;
const SUBMISSIONS = 300;
const CONCURRENCY = 48;

interface Setup {
  name: string;
  /** Where each instance's pool points. */
  ports: number[];
  database: string;
  /** The nodes to read back on (every Galera node, or the single server). */
  nodePorts: readonly number[];
}

const SETUPS: Setup[] = [
  { name: 'MariaDB single server, 1 instance', ports: [SINGLE_PORT], database: SINGLE_DATABASE, nodePorts: [SINGLE_PORT] },
  {
    name: 'MariaDB single server, 3 instances',
    ports: [SINGLE_PORT, SINGLE_PORT, SINGLE_PORT],
    database: SINGLE_DATABASE,
    nodePorts: [SINGLE_PORT],
  },
  { name: 'Galera, 3 instances on nodes 1/2/3 (multi-writer)', ports: [...NODE_PORTS], database: 'bianmin_cluster', nodePorts: NODE_PORTS },
  {
    name: 'Galera, 3 instances all on node 1 (single writer)',
    ports: NODE_PORTS.map(() => at(NODE_PORTS, 0)),
    database: 'bianmin_cluster',
    nodePorts: NODE_PORTS,
  },
];

function figures(answers: Answer<unknown>[], seconds: number) {
  const ms = answers.map((a) => a.ms).sort((a, b) => a - b);
  const p = (q: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? NaN);
  return { 'req/s': Math.round(answers.length / seconds), 'p50 ms': p(0.5), 'p95 ms': p(0.95), '5xx': failures(answers).length };
}

async function measure(setup: Setup): Promise<Record<string, string | number>> {
  await resetDatabase(at(setup.ports, 0), setup.database);
  const nodes = await Promise.all(setup.nodePorts.map((p) => connect(p, setup.database)));
  let instances: Instances | undefined;
  try {
    const started = await startInstances(setup.ports.map((p) => databaseUrl(p, setup.database)));
    instances = started;
    const booking = await openBookingDays(at(nodes, 0), at(started.list, 0));
    const ctx: Context = {
      report: new Report(),
      instances: started.list,
      nodes,
      galera: setup.nodePorts.length > 1,
      ...booking,
      residents: residentsFrom(nodes),
    };
    const [warmDay, rushDay] = [at(ctx.days, 0), at(ctx.days, 1)];
    const bookers = await ctx.residents(BOOKINGS);
    const submitters = await ctx.residents(SUBMISSIONS);
    const uploads = await uploadPhotos(ctx, submitters);
    // Warm-up (untimed): bookings on another day, a few submissions.
    await burst(
      bookers.slice(0, 200).map((r, i) => () => book(ctx, i, r.accessToken, at(warmDay.slotIds, i % warmDay.slotIds.length))),
      CONCURRENCY,
    );
    await burst(
      submitters.slice(0, 30).map((r, i) => () => submit(ctx, i, r, at(uploads, i))),
      CONCURRENCY,
    );

    const apiPorts = started.list.map((i) => Number(new URL(i.baseUrl).port));
    const timed = <T>(requests: number, run: () => Promise<T>) => costOf(apiPorts, setup.nodePorts, requests, run);
    const {
      result: rush,
      apiMs: bookApi,
      dbMs: bookDb,
    } = await timed(BOOKINGS, () =>
      burst(
        bookers.map((r, i) => () => book(ctx, i, r.accessToken, at(rushDay.slotIds, i % rushDay.slotIds.length))),
        CONCURRENCY,
      ),
    );
    const places = rushDay.slotIds.length * 5;
    const {
      result: sub,
      apiMs: subApi,
      dbMs: subDb,
    } = await timed(SUBMISSIONS - 30, () =>
      burst(
        submitters.slice(30).map((r, i) => () => submit(ctx, i, r, at(uploads, 30 + i))),
        CONCURRENCY,
      ),
    );
    const b = figures(rush.answers, rush.seconds);
    const s = figures(sub.answers, sub.seconds);
    return {
      setup: setup.name,
      'booking req/s': b['req/s'],
      'booking p95 ms': b['p95 ms'],
      booked: `${ofStatus(rush.answers, 201).length}/${places}`,
      'booking 5xx': b['5xx'],
      'booking CPU ms API/DB': `${bookApi}/${bookDb}`,
      'submit req/s': s['req/s'],
      'submit p95 ms': s['p95 ms'],
      'submit 201': `${ofStatus(sub.answers, 201).length}/${sub.answers.length}`,
      'submit 5xx': s['5xx'],
      'submit CPU ms API/DB': `${subApi}/${subDb}`,
    };
  } finally {
    await instances?.stop().catch(() => {});
    await Promise.all(nodes.map((db) => db.end().catch(() => {})));
  }
}

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a) => a !== '--');
  const rows = [];
  try {
    for (const setup of SETUPS.filter((s, i) => !only.length || only.includes(String(i + 1)))) {
      const load = loadavg()[0] ?? 0;
      console.log(`\n${setup.name} …`);
      rows.push({ ...(await measure(setup)), 'load before': load.toFixed(1) });
      console.table([rows.at(-1)]);
    }
  } finally {
    // The single server is shared: leave nothing behind on it.
    const single = await connect(SINGLE_PORT, 'mysql');
    await single.query(`DROP DATABASE IF EXISTS ${SINGLE_DATABASE}`);
    await single.end();
  }
  console.log(
    `\nBooking rush: ${BOOKINGS} residents on 40 slots × 5 places; submissions: ${SUBMISSIONS - 30} applications with a photo (uploaded before, untimed);`,
  );
  console.log(
    `${CONCURRENCY} requests in flight, round-robin over the instances, after an untimed warm-up. One machine (${cpus().length} cores) runs everything.`,
  );
  console.table(rows);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
