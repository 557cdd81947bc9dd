// Preloaded into the API process by the mixed bench (BENCH_HEAP_PROBE=FILE): on SIGUSR2 it collects
// garbage twice and appends the live heap and RSS to FILE as a JSON line. RSS alone cannot tell a
// leak from V8 keeping freed pages after a load; what survives a full collection can. Only the
// process serving the API (src/main.ts through tsx, or the production build's dist/main.js) takes
// part, not a tsx launcher; never loaded outside the bench.
import { appendFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';

const file = process.env.BENCH_HEAP_PROBE;
if (file && process.argv.some((a) => a.endsWith('src/main.ts') || a.endsWith('dist/main.js'))) {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  process.on('SIGUSR2', () => {
    gc();
    gc();
    const { heapUsed, rss } = process.memoryUsage();
    appendFileSync(file, `${JSON.stringify({ heapUsedMb: Math.round(heapUsed / 1e6), rssMb: Math.round(rss / 1e6) })}\n`);
  });
}
