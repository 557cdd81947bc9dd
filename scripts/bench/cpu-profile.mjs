// Preloaded into the API process and the baselines' process by the booking bench
// (BENCH_CPU_PROF=DIR): `node --cpu-prof` is not allowed in NODE_OPTIONS, so the profiler is
// driven from inside. Only the processes serving the API (src/main.ts through tsx, or the
// production build's dist/main.js: api-PID) and the baselines (bare-serve: baselines-PID) are
// profiled, not tsx launchers or the migration and seed steps; the
// .cpuprofile opens in Chrome DevTools or speedscope. The in-process inspector session answers synchronously, so `exit` can still write.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const dir = process.env.BENCH_CPU_PROF;
const served = process.argv.some((a) => a.endsWith('src/main.ts') || a.endsWith('dist/main.js'))
  ? 'api'
  : process.argv.some((a) => /bare-serve\.(ts|mjs)$/.test(a))
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
