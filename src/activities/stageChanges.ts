// A stage's change recorded and its audience mailed in one activity: run as a local activity it
// leaves one marker in the workflow's history instead of two (stageApproval, patch level 1). Each
// half stays once-only by the event's key, so a retry after a crash repeats neither.
import type { ActivityDeps } from './index';
import { createStageEmailActivities, type StageEmailInput } from './stageEmails';
import { createStageEventActivities, type StageEventInput } from './stageEvents';

export interface StageChangeInput {
  event: StageEventInput;
  mail?: StageEmailInput;
}

export function createStageChangeActivities(deps: ActivityDeps) {
  const { recordStageEvent } = createStageEventActivities(deps);
  const { sendStageEmail } = createStageEmailActivities(deps);
  return {
    async recordStageChange({ event, mail }: StageChangeInput): Promise<void> {
      await recordStageEvent(event);
      if (mail) await sendStageEmail(mail);
    },
  };
}
