// The submit gate as an activity: the stage workflow asks it before a submission is accepted.
import { freezeStageDeliverable, type DeliverableCheck } from '../deliverables/stageDeliverable';
import type { ActivityDeps } from '.';

export function createDeliverableActivities({ db }: Pick<ActivityDeps, 'db'>) {
  return {
    /** Checks the stage's content and, when every gate passes, freezes it as this version. */
    async freezeDeliverable({ stageId, version }: { stageId: string; version: number }): Promise<Pick<DeliverableCheck, 'kind' | 'problems' | 'linkage' | 'offTrack'>> {
      const { kind, problems, linkage, offTrack } = await freezeStageDeliverable(db, stageId, version);
      return { kind, problems, linkage, offTrack };
    },
  };
}
