// Reads a .cpuprofile written under BENCH_CPU_PROF and splits it into the stretches the process
// was busy (a pause of more than 300 ms ends one): startup, warm-up, then each timed run. For one
// stretch it prints where the CPU went, by package or file, so a run of ours and the baseline's
// run of the same requests can be set side by side.
//   node scripts/bench/profile-segments.mjs FILE            → the stretches, busy ms each
//   node scripts/bench/profile-segments.mjs FILE N [ROWS]   → stretch N by package, then by function
import { readFileSync } from 'node:fs';

const PAUSE_US = 300_000;
const [file, pick, rowsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: profile-segments.mjs FILE [STRETCH [ROWS]]');
  process.exit(2);
}
const rows = Number(rowsArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
const idle = (frame) => frame.functionName === '(idle)' || frame.functionName === '(program)';
const inPackage = (url) => url.replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '');
const inRepo = (url) => url.replace(/.*?\/(server|shared|scripts|miniapp)\//, '$1/');

/** Package name for dependencies, file for our code, the function for natives (writeBuffer, GC). */
function ownerOf(frame) {
  const { url } = frame;
  if (url.includes('node_modules')) {
    const parts = inPackage(url).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.startsWith('node:')) return url;
  if (url) return inRepo(url);
  return frame.functionName || '(native)';
}

const stretches = [];
let current = null;
let at = profile.startTime;
let lastBusy = -Infinity;
for (let i = 0; i < profile.samples.length; i++) {
  at += profile.timeDeltas[i];
  const frame = nodes.get(profile.samples[i]);
  if (idle(frame)) continue;
  if (at - lastBusy > PAUSE_US) stretches.push((current = { from: at, to: at, busyUs: 0, owners: new Map(), functions: new Map() }));
  lastBusy = current.to = at;
  // A sample stands for the time until the next one.
  const us = profile.timeDeltas[i + 1] ?? 0;
  current.busyUs += us;
  const owner = ownerOf(frame);
  current.owners.set(owner, (current.owners.get(owner) ?? 0) + us);
  const fn = `${frame.functionName || '(anonymous)'} ${inRepo(inPackage(frame.url))}:${frame.lineNumber + 1}`;
  current.functions.set(fn, (current.functions.get(fn) ?? 0) + us);
}

const ms = (us) => (us / 1000).toFixed(1);
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
if (pick === undefined) {
  console.table(stretches.map((s, i) => ({ stretch: i, 'wall ms': ms(s.to - s.from), 'busy ms': ms(s.busyUs) })));
} else {
  const s = stretches[Number(pick)];
  if (!s) throw new Error(`no stretch ${pick}: the profile has ${stretches.length}`);
  console.log(`stretch ${pick}: busy ${ms(s.busyUs)} ms over ${ms(s.to - s.from)} ms`);
  console.table(top(s.owners, rows).map(([owner, us]) => ({ owner, ms: ms(us), share: `${((100 * us) / s.busyUs).toFixed(1)} %` })));
  console.table(top(s.functions, rows).map(([fn, us]) => ({ function: fn, ms: ms(us) })));
}
