// Preloaded into the API process by the booking bench (BENCH_CPU_PROF=DIR): `node --cpu-prof` is not
// allowed in NODE_OPTIONS, and the API is started through tsx, so the profiler is driven from
// inside. Only the process serving src/main.ts is profiled; the .cpuprofile opens in Chrome DevTools
// or speedscope. The in-process inspector session answers synchronously, so `exit` can still write.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const dir = process.env.BENCH_CPU_PROF;
if (dir && process.argv.some((a) => a.endsWith('src/main.ts'))) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  process.on('exit', () => {
    session.post('Profiler.stop', (err, result) => {
      if (!err) writeFileSync(join(dir, `api-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
