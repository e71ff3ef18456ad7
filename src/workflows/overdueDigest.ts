// Every morning, the coordinators' digest of overdue institutions, then each person's digest of
// the notices they chose to take once a day. A month of days per run,
// then continue-as-new, so the history stays small however long it runs.
import * as wf from '@temporalio/workflow';
import type { Activities } from '../activities';
import { nextLocalTime } from '../domain/dailyTime';

export interface OverdueDigestInput {
  /** Local hour of the digest, in the jurisdiction's fixed offset. */
  hour: number;
  utcOffset: string;
  /**
   * false: the coordinators' overdue digest is off (OVERDUE_DIGEST=false), people's digests still
   * go. Runs started before the field carry none and send both, as they always did.
   */
  overdue?: boolean;
}

const { sendOverdueDigest, sendMailDigests } = wf.proxyActivities<Activities>({ startToCloseTimeout: '1 minute' });
/** The same morning, each person's digest of the notices they take once a day. */
const mailDigests = 'mail-digests';
const daysPerRun = 31;

/** Sends the digest at `hour` local every day; never ends on its own. */
export async function overdueDigest(input: OverdueDigestInput): Promise<void> {
  for (let day = 0; day < daysPerRun; day += 1) {
    const next = nextLocalTime(new Date().toISOString(), input.hour, input.utcOffset);
    await wf.sleep(Date.parse(next.at) - Date.now());
    if (input.overdue !== false) await sendOverdueDigest({ day: next.localDate, now: next.at });
    if (wf.patched(mailDigests)) await sendMailDigests({ day: next.localDate });
  }
  await wf.continueAsNew<typeof overdueDigest>(input);
}
