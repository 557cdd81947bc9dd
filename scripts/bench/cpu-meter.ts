// Where a rush's CPU went, per request: the server process, the database server and this process
// (the load generator). On 2 shared cores throughput is set by the sum, so a server that is cheap
// itself but makes the database work harder shows it here, not in its own profile.
import { readFileSync } from 'node:fs';
import { pidListeningOn } from './process-memory';

/** Linux's USER_HZ: /proc reports CPU time in 1/100 s on every architecture Node runs on here. */
const TICKS_PER_SECOND = 100;

/** User + system CPU of a process in microseconds, or null when /proc cannot tell. */
function processCpuMicros(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    // Fields after the command (which may hold spaces) start at the last ')': utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Read and write system calls a process has made (/proc/PID/io; readable by its owner), or null. */
function processSyscalls(pid: number | null): { reads: number; writes: number } | null {
  if (pid === null) return null;
  try {
    const io = readFileSync(`/proc/${pid}/io`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}: (\\d+)$`, 'm').exec(io)?.[1] ?? Number.NaN);
    return { reads: field('syscr'), writes: field('syscw') };
  } catch {
    return null;
  }
}

export interface CpuShare {
  server: number | null;
  database: number | null;
  load: number;
  /** The server's read and write system calls (each socket read or write is one: a wake-up of its peer). */
  serverSyscalls: { reads: number; writes: number } | null;
}

/** The processes behind two ports (server, database) and this one. */
export function cpuMeter(serverPort: number, databasePort: number) {
  const serverPid = pidListeningOn(serverPort);
  const databasePid = pidListeningOn(databasePort);
  const read = (): CpuShare => {
    const own = process.cpuUsage();
    return {
      server: processCpuMicros(serverPid),
      database: processCpuMicros(databasePid),
      load: own.user + own.system,
      serverSyscalls: processSyscalls(serverPid),
    };
  };
  return {
    /** Runs `work` and returns its result with the CPU each process spent meanwhile, in µs. */
    async measure<T>(work: () => Promise<T>): Promise<{ result: T; cpu: CpuShare }> {
      const before = read();
      const result = await work();
      const after = read();
      const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
      const [s0, s1] = [before.serverSyscalls, after.serverSyscalls];
      return {
        result,
        cpu: {
          server: diff(after.server, before.server),
          database: diff(after.database, before.database),
          load: after.load - before.load,
          serverSyscalls: s0 && s1 ? { reads: s1.reads - s0.reads, writes: s1.writes - s0.writes } : null,
        },
      };
    },
  };
}

/** Summed shares of several rushes. */
export function addShares(shares: CpuShare[]): CpuShare {
  const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
  return shares.reduce<CpuShare>(
    (sum, s) => ({
      server: add(sum.server, s.server),
      database: add(sum.database, s.database),
      load: sum.load + s.load,
      serverSyscalls:
        sum.serverSyscalls && s.serverSyscalls
          ? { reads: sum.serverSyscalls.reads + s.serverSyscalls.reads, writes: sum.serverSyscalls.writes + s.serverSyscalls.writes }
          : null,
    }),
    { server: 0, database: 0, load: 0, serverSyscalls: { reads: 0, writes: 0 } },
  );
}

/** The server's "reads / writes" system calls per request, for a table cell. */
export function syscallsPerRequest(share: CpuShare, requests: number): string {
  const calls = share.serverSyscalls;
  return calls ? `${(calls.reads / requests).toFixed(2)} / ${(calls.writes / requests).toFixed(2)}` : '?';
}

/** "server / database / load" in µs per request, for a table cell. */
export function perRequest(share: CpuShare, requests: number): string {
  const each = (v: number | null) => (v === null ? '?' : String(Math.round(v / requests)));
  return `${each(share.server)} / ${each(share.database)} / ${each(share.load)}`;
}
