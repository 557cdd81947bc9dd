// The working calendar each instance keeps for a few seconds. At a morning rush fifty bookings
// arrive in the moment its cache goes stale: they share one read of the overrides, and the
// calendar is rebuilt only when the overrides changed. A holiday set through this instance counts
// at once, even while an older read is still on its way back.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAuditLog } from '../../platform/audit';
import { createDistrictClock } from '../../platform/clock';
import { createUnitOfWork } from '../../platform/unit-of-work';
import { closeIfStarted, startTestApp, type TestApp } from '../../testing/harness';
import { createCalendarService } from './calendar-service';
import { CalendarOverrideEntity } from './entities';

let app: TestApp;
const HOLIDAY = '2030-03-13'; // a Wednesday, far past every published year

function anInstance() {
  const { dataSource } = app;
  const tx = createUnitOfWork(dataSource);
  const audit = createAuditLog({ dataSource, tx, retentionDays: 30 });
  return createCalendarService({ dataSource, tx, clock: createDistrictClock('Asia/Shanghai'), audit });
}
const overrides = () => app.dataSource.getRepository(CalendarOverrideEntity);
let second = Date.parse('2030-01-01T00:00:00Z');
/** Moves the clock on past the cache's few seconds. */
const later = () => vi.setSystemTime((second += 60_000));

beforeAll(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  await overrides().clear();
});
afterAll(() => closeIfStarted(app));

describe('the working calendar an instance keeps', () => {
  it('fifty requests arriving as it goes stale read the overrides once, and get the same calendar back', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const calendar = anInstance();
    const first = await calendar.calendar();
    later();
    const reads = vi.spyOn(overrides(), 'find');
    const rush = await Promise.all(Array.from({ length: 50 }, () => calendar.calendar()));
    expect(reads).toHaveBeenCalledTimes(1);
    // Nothing changed: not a rebuilt table, the calendar it already had.
    for (const c of rush) expect(c).toBe(first);
  });

  it('a holiday recorded through another instance is built in once the cache is stale', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const here = anInstance();
    const first = await here.calendar();
    expect(first.isWorkingDay(HOLIDAY)).toBe(true);
    await anInstance().setOverride('admin', { date: HOLIDAY, kind: 'holiday', note: '临时停办' }, null);
    later();
    const next = await here.calendar();
    expect(next).not.toBe(first);
    expect(next.isWorkingDay(HOLIDAY)).toBe(false);
  });

  it('a holiday set here counts at once, even while a read begun before it is still on its way back', async () => {
    const here = anInstance();
    const repository = overrides();
    const find = repository.find.bind(repository);
    let releaseOldRead = () => {};
    const oldReadHeld = new Promise<void>((resolve) => (releaseOldRead = resolve));
    // The first read sees the table before the holiday, and answers only after it is written.
    vi.spyOn(repository, 'find').mockImplementationOnce(async (...args) => {
      const rows = await find(...args);
      await oldReadHeld;
      return rows;
    });
    const before = here.calendar();
    await here.setOverride('admin', { date: HOLIDAY, kind: 'holiday', note: '临时停办' }, null);
    const after = await here.calendar();
    expect(after.isWorkingDay(HOLIDAY)).toBe(false);
    releaseOldRead();
    expect((await before).isWorkingDay(HOLIDAY)).toBe(true);
    // The old read, back last, was not kept for the next request.
    expect((await here.calendar()).isWorkingDay(HOLIDAY)).toBe(false);
  });
});
