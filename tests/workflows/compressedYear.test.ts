// The same Guatemalan year on the real Temporal dev server, with the calendar compressed
// (150000 times: a day in about 0.6 s): the time scale runs the very same workflow code.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { realMsUntil } from '../../src/domain/calendarClock';
import { runGuatemalanYear } from '../support/guatemalanYear';
import { startTestStack, type TestStack } from '../support/stack';

const timeScale = 150_000;
const calendarStart = '2027-01-01T00:00:00-06:00';
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('a Guatemalan year on the dev server with a compressed calendar', () => {
  it('when the calendar runs 150000 times faster, then the same year completes with the same checks', async () => {
    let clock: { scale: number; realEpoch: string; calendarEpoch: string } | undefined;
    await runGuatemalanYear({
      client: stack.temporal.client,
      db: stack.db,
      sink: stack.sink,
      taskQueue: stack.taskQueue,
      cycleOptions: { timeScale, calendarStart },
      async sleepUntil(calendarIso) {
        if (!clock) {
          const cycle = await stack.db.cycle.findFirstOrThrow({ where: { fiscalYear: 2028, jurisdiction: 'GT' } });
          clock = { scale: cycle.clockScale, realEpoch: cycle.clockRealEpoch!.toISOString(), calendarEpoch: cycle.clockCalendarEpoch!.toISOString() };
        }
        await new Promise((resolve) => setTimeout(resolve, realMsUntil(clock!, calendarIso, Date.now())));
      },
    });
  }, 600_000);
});
