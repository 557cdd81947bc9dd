// `test:cluster`: Bianmin on three API instances, each on its own node of a three-node MariaDB
// Galera cluster (`galera:up` first), sharing Redis for rate limits and the database for uploads.
// Proves across instances what one instance proves alone — and what only a cluster can break:
// certification conflicts (1213 at COMMIT) retried, a node killed mid-burst. Ends with the plain
// line "N passed, N failed"; exits non-zero on any failure.
import { at } from '../lib/at';
import { openBookingDays, raceForOneSlot, sameKeyEverywhere } from './booking';
import { caseNumbersUnderBurst } from './cases';
import { type Context, residentsFrom } from './context';
import { nodeDiesMidBurst } from './failover';
import { type Instances, startInstances } from './instances';
import { sharedLoginLimit } from './limits';
import { connect, count, databaseUrl, NODE_PORTS, resetDatabase, status } from './nodes';
import { expect, Report } from './report';
import { refreshRace } from './sessions';

async function clusterReady(): Promise<string[]> {
  const problems: string[] = [];
  for (const [n, port] of NODE_PORTS.entries()) {
    try {
      const db = await connect(port, 'mysql');
      const size = await status(db, 'wsrep_cluster_size');
      await db.end();
      if (size !== NODE_PORTS.length) problems.push(`node ${n + 1} (port ${port}): wsrep_cluster_size = ${size}`);
    } catch (err) {
      problems.push(`node ${n + 1} (port ${port}): ${(err as Error).message}`);
    }
  }
  return problems;
}

async function main(): Promise<void> {
  const report = new Report();
  console.log(`Bianmin on a ${NODE_PORTS.length}-node Galera cluster (127.0.0.1:${NODE_PORTS.join(', ')}), one API instance per node`);
  const notReady = await clusterReady();
  if (!report.check(`the cluster is up: ${NODE_PORTS.length} nodes, wsrep_cluster_size = ${NODE_PORTS.length} on each`, notReady)) {
    console.log('  start it with: node scripts/pnpm.mjs run galera:up');
    report.close();
    process.exitCode = 1;
    return;
  }
  const started = performance.now();
  await resetDatabase(at(NODE_PORTS, 0));
  const nodes = await Promise.all(NODE_PORTS.map((p) => connect(p)));
  let instances: Instances | undefined;
  try {
    instances = await startInstances(NODE_PORTS.map((p) => databaseUrl(p)));
    console.log(
      `  ${instances.list.length} instances up in ${((performance.now() - started) / 1000).toFixed(0)} s (the first migrated and seeded); Redis prefix ${instances.redisKeyPrefix}`,
    );
    const withoutKey = await count(
      at(nodes, 0),
      `SELECT COUNT(*) FROM information_schema.tables t WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
       AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY')`,
    );
    report.check(
      'every table has a primary key (Galera certifies and applies rows by key)',
      expect(withoutKey === 0, `${withoutKey} table(s) without one`),
    );
    const booking = await openBookingDays(at(nodes, 0), at(instances.list, 0));
    const ctx: Context = { report, instances: instances.list, nodes, galera: true, ...booking, residents: residentsFrom(nodes) };

    await report.scenario('(a) 200 residents race for one slot of 5 places, spread over the 3 instances', () => raceForOneSlot(ctx));
    await report.scenario('(b) one Idempotency-Key sent to all 3 instances at once', () => sameKeyEverywhere(ctx));
    await report.scenario('(c) one refresh token presented to all 3 instances at once', () => refreshRace(ctx));
    await report.scenario('(d) rate limits shared through Redis: wrong staff passwords spread over the 3 instances', () =>
      sharedLoginLimit(ctx),
    );
    await report.scenario('(e) 150 applications submitted at once over the 3 instances: unified numbers', () => caseNumbersUnderBurst(ctx));
    await report.scenario('(f) node 3 is killed (kill -9) mid-burst, then rejoins', () => nodeDiesMidBurst(ctx));
  } finally {
    if (report.failed) for (const i of instances?.list ?? []) console.log(`  instance ${i.index} logged: ${i.logSummary()}`);
    await instances?.stop().catch((err: unknown) => console.error('stopping the instances:', err));
    await Promise.all(nodes.map((db) => db.end().catch(() => {})));
  }
  console.log(`\nSuite time ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  report.close();
  if (report.failed) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
});
