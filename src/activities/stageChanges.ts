// A stage's change recorded and its audience mailed in one activity: run as a local activity it
// leaves one marker in the workflow's history instead of two (stageApproval, patch level 1). The
// audit line, the stage's row, the notifications and the mails are written in one transaction,
// then the mails delivered: an attempt that dies anywhere leaves all of them or none, and the
// outbox delivers what it left even if no retry comes (src/worker/mailRedelivery.ts).
import { deliverMail } from './mailOnce';
import type { ActivityDeps } from './index';
import { enqueueStageEmail, type StageEmailInput } from './stageEmails';
import { writeStageEvent, type StageEventInput } from './stageEvents';

export interface StageChangeInput {
  event: StageEventInput;
  mail?: StageEmailInput;
}

export function createStageChangeActivities(deps: ActivityDeps) {
  const { db, mailer } = deps;
  return {
    async recordStageChange({ event, mail }: StageChangeInput): Promise<void> {
      const batch = await db.$transaction(async (tx) => {
        // The mail first: the audit line's chain lock is then held the shortest time.
        const enqueued = mail ? await enqueueStageEmail(tx, deps, mail, event) : undefined;
        await writeStageEvent(tx, event);
        return enqueued?.batch;
      });
      if (batch) await deliverMail(db, mailer, batch.mails);
    },
  };
}
