// Messages between a government cycle, its institution cycles and the coordinators.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../domain/actor';
import type { PlannedStage } from '../domain/cyclePlan';

/** A coordination stage (e.g. the budget ceilings) was approved: a gate opens for institutions. */
export const coordinationApprovedSignal = defineSignal<[{ code: string; approvedAt: string }]>('coordinationApproved');

/** A coordinator moved a stage's date for everyone; running stages recompute their timers. */
export const stageDeadlineMovedSignal = defineSignal<[{ code: string; deadline: string }]>('stageDeadlineMoved');

export interface MoveStageDeadlineInput {
  actor: Actor;
  stageCode: string;
  deadline: string;
  comment?: string;
}

export const moveStageDeadlineUpdate = defineUpdate<{ stageCode: string; deadline: string }, [MoveStageDeadlineInput]>('moveStageDeadline');

export interface CycleProgress {
  coordination: PlannedStage[];
  institutions: number;
  /** Institution cycles already started: the progress of starting hundreds of them. */
  institutionsStarted: number;
  institutionsCompleted: number;
}

export const cycleProgressQuery = defineQuery<CycleProgress>('cycleProgress');
export const institutionPlanQuery = defineQuery<PlannedStage[]>('institutionPlan');
