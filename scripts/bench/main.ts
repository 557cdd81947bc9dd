// `pnpm bench`: every bench in turn; `BENCH=cases pnpm bench` (or search, booking, mixed, round-trip;
// comma-separated) runs only those; MIXED_SECONDS sets the mixed load's length (default 120).
// Each lives in its own file and exports one run function.
import { runBookingBench } from './booking';
import { runCaseBench } from './cases';
import { runMixedBench } from './mixed';
import { runNotificationBench } from './notifications';
import { runRoundTripBench } from './round-trip';
import { runSearchBench } from './search';

const BENCHES: Record<string, () => void | Promise<void>> = {
  search: runSearchBench,
  booking: runBookingBench,
  cases: runCaseBench,
  mixed: runMixedBench,
  notifications: runNotificationBench,
  'round-trip': runRoundTripBench,
};

const wanted = (process.env.BENCH ?? '')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const unknown = wanted.filter((name) => !(name in BENCHES));
if (unknown.length) {
  console.error(
    `unknown bench ${unknown.join(', ')}: BENCH takes ${Object.keys(BENCHES).join(', ')} (comma-separated), or nothing for all`,
  );
  process.exit(2);
}
for (const [name, run] of Object.entries(BENCHES)) if (!wanted.length || wanted.includes(name)) await run();
