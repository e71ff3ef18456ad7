// The submit gate as an activity: the stage workflow asks it before a submission is accepted;
// and the figures its routing rules read, at submit and at each approval.
import { readRoutingFacts } from '../deliverables/routingFacts';
import { freezeStageDeliverable, type DeliverableCheck } from '../deliverables/stageDeliverable';
import type { RoutingFacts } from '../domain/routingRules';
import type { ActivityDeps } from '.';

export function createDeliverableActivities({ db }: Pick<ActivityDeps, 'db'>) {
  return {
    /** Checks the stage's content and, when every gate passes, freezes it as this version. */
    async freezeDeliverable({ stageId, version }: { stageId: string; version: number }): Promise<Pick<DeliverableCheck, 'kind' | 'problems' | 'linkage' | 'offTrack'>> {
      const { kind, problems, linkage, offTrack } = await freezeStageDeliverable(db, stageId, version);
      return { kind, problems, linkage, offTrack };
    },
    /** The figures the stage's routing rules read, as they are now. */
    routingFacts({ stageId }: { stageId: string }): Promise<RoutingFacts> {
      return readRoutingFacts(db, stageId);
    },
  };
}
