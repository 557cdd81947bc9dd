// The resident memory of the API process under load. startServer runs it through tsx, so the
// process is found by the port it listens on (Linux /proc); elsewhere RSS is not measured.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** The pid of the process listening on this TCP port, or null. */
export function pidListeningOn(port: number): number | null {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readOrEmpty(() => readFileSync(table, 'utf8'))
      .split('\n')
      .slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is ADDR:PORT; state 0A is LISTEN; column 9 is the socket inode.
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A' && cols[9]) inodes.add(`socket:[${cols[9]}]`);
    }
  }
  if (!inodes.size) return null;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    // Another user's process, or one gone meanwhile, shows no descriptors.
    for (const fd of readOrEmpty(() => readdirSync(`/proc/${pid}/fd`), [])) {
      try {
        if (inodes.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) return Number(pid);
      } catch {
        /* closed meanwhile */
      }
    }
  }
  return null;
}

function readOrEmpty(read: () => string): string;
function readOrEmpty(read: () => string[], empty: string[]): string[];
function readOrEmpty(read: () => string | string[], empty: string | string[] = ''): string | string[] {
  try {
    return read();
  } catch {
    return empty;
  }
}

/** VmRSS in MB, or null when it cannot be read. */
export function rssMegabytes(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/**
 * The live heap of a process started with heap-probe.mjs (after a full collection), in MB: it is
 * signalled, and answers by appending a line to `file`. Null when it does not answer within 10 s.
 */
export async function liveHeapMegabytes(pid: number | null, file: string): Promise<number | null> {
  if (pid === null) return null;
  const lines = () =>
    readOrEmpty(() => readFileSync(file, 'utf8'))
      .split('\n')
      .filter(Boolean);
  const before = lines().length;
  process.kill(pid, 'SIGUSR2');
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    const now = lines();
    if (now.length > before) return (JSON.parse(now.at(-1) ?? '{}') as { heapUsedMb?: number }).heapUsedMb ?? null;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}
