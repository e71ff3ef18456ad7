// Every morning, the coordinators' digest of overdue institutions. A month of days per run,
// then continue-as-new, so the history stays small however long it runs.
import * as wf from '@temporalio/workflow';
import type { Activities } from '../activities';
import { nextLocalTime } from '../domain/dailyTime';

export interface OverdueDigestInput {
  /** Local hour of the digest, in the jurisdiction's fixed offset. */
  hour: number;
  utcOffset: string;
}

const { sendOverdueDigest } = wf.proxyActivities<Activities>({ startToCloseTimeout: '1 minute' });
const daysPerRun = 31;

/** Sends the digest at `hour` local every day; never ends on its own. */
export async function overdueDigest(input: OverdueDigestInput): Promise<void> {
  for (let day = 0; day < daysPerRun; day += 1) {
    const next = nextLocalTime(new Date().toISOString(), input.hour, input.utcOffset);
    await wf.sleep(Date.parse(next.at) - Date.now());
    await sendOverdueDigest({ day: next.localDate, now: next.at });
  }
  await wf.continueAsNew<typeof overdueDigest>(input);
}
