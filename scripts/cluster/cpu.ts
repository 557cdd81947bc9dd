// CPU time of the processes serving a port (the API instances, the database nodes), from /proc:
// where a request's cost goes, which a rate on one shared machine cannot tell.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';

/** Linux's clock tick for /proc/<pid>/stat times (getconf CLK_TCK). */
const TICKS_PER_SECOND = 100;

/** Pids of the processes listening on these TCP ports on this machine (`ss -ltnp`). */
export async function listeners(ports: readonly number[]): Promise<number[]> {
  const { stdout } = await promisify(execFile)('ss', ['-ltnpH'], { encoding: 'utf8' });
  const pids = new Set<number>();
  for (const line of stdout.split('\n')) {
    const port = Number(/:(\d+)\s/.exec(line)?.[1]);
    const pid = Number(/pid=(\d+)/.exec(line)?.[1]);
    if (ports.includes(port) && pid) pids.add(pid);
  }
  return [...pids];
}

/** User + system CPU seconds the processes have used so far (0 for one that is gone). */
export function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      /* exited */
    }
  }
  return ticks / TICKS_PER_SECOND;
}

/** CPU ms per request the API processes and the database processes spent during `run`. */
export async function costOf<T>(apiPorts: number[], dbPorts: readonly number[], requests: number, run: () => Promise<T>) {
  const [api, db] = [await listeners(apiPorts), await listeners(dbPorts)];
  const before = [cpuSeconds(api), cpuSeconds(db)];
  const result = await run();
  const perRequest = (now: number, then: number) => Math.round(((now - then) * 1000) / requests);
  return { result, apiMs: perRequest(cpuSeconds(api), before[0] ?? 0), dbMs: perRequest(cpuSeconds(db), before[1] ?? 0) };
}
