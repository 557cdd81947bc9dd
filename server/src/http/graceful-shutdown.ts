// Stopping an instance without failing anyone: behind a load balancer instances are replaced one
// at a time, and a request that was already accepted must still get its answer.
import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** Whether the instance is on its way out: readiness answers 503 from then on. */
export interface Lifecycle {
  draining(): boolean;
}

export function createLifecycle(): Lifecycle & { startDraining(): void } {
  let draining = false;
  return {
    draining: () => draining,
    startDraining() {
      draining = true;
    },
  };
}

/** Call right after creating the server: closing it gracefully needs to know its open connections. */
export function drainable(server: Server): { close(graceMs: number): Promise<'drained' | 'cut'> } {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return { close: (graceMs) => closeServer(server, graceMs, sockets) };
}

/**
 * Stops accepting connections at once, lets requests in flight finish for up to `graceMs`, then
 * cuts what is left. Keep-alive connections are closed as soon as they are idle, and answers
 * given meanwhile say `Connection: close`, so no client sends a new request into a closing socket.
 */
async function closeServer(server: Server, graceMs: number, sockets: Set<Socket>): Promise<'drained' | 'cut'> {
  for (const socket of sockets) {
    // The answer being prepared on this connection, if any (Node's own link, also used by http-server.ts).
    const res = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (res && !res.headersSent) res.setHeader('Connection', 'close');
  }
  server.prependListener('request', (_req, res) => {
    res.setHeader('Connection', 'close');
  });
  const closed = new Promise<'drained'>((resolve) => server.close(() => resolve('drained')));
  // A busy keep-alive connection becomes idle when its answer is sent: close it then, not after keepAliveTimeout.
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'cut'>((resolve) => (timer = setTimeout(() => resolve('cut'), graceMs)));
  const outcome = await Promise.race([closed, deadline]);
  clearInterval(sweep);
  clearTimeout(timer);
  if (outcome === 'cut') {
    server.closeAllConnections();
    await closed;
  }
  return outcome;
}

/**
 * Runs `stop` once on the first SIGTERM or SIGINT, then exits 0 (1 if stopping failed). A second
 * signal while stopping is ignored: the grace period is bounded already, and a backstop timer
 * ends a stop that hangs anyway (e.g. a database that no longer answers).
 */
export function onShutdownSignal(stop: (signal: string) => Promise<void>, backstopMs: number): void {
  let stopping = false;
  const handle = (signal: string) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), backstopMs).unref();
    stop(signal).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', handle);
  process.on('SIGINT', handle);
}
