// `pnpm bench`: every bench in turn. Each lives in its own file and exports one run function.
import { runBookingBench } from './booking';
import { runSearchBench } from './search';

runSearchBench();
await runBookingBench();
