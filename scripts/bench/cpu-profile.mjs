// Preloaded into the API process and the baselines' process by the booking bench
// (BENCH_CPU_PROF=DIR): `node --cpu-prof` is not allowed in NODE_OPTIONS, and both are started
// through tsx, so the profiler is driven from inside. Only the processes serving src/main.ts
// (api-PID) and bare-server.ts (baselines-PID) are profiled, not the tsx launchers; the
// .cpuprofile opens in Chrome DevTools or speedscope. The in-process inspector session answers synchronously, so `exit` can still write.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const dir = process.env.BENCH_CPU_PROF;
const served = process.argv.some((a) => a.endsWith('src/main.ts'))
  ? 'api'
  : process.argv.some((a) => a.endsWith('bare-server.ts'))
    ? 'baselines'
    : null;
if (dir && served) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  process.on('exit', () => {
    session.post('Profiler.stop', (err, result) => {
      if (!err) writeFileSync(join(dir, `${served}-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
