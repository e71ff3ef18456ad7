// The messages a stage workflow answers: Updates for people's actions (validated, so a refused
// request leaves no trace), a Signal for a date moved by the cycle, a Query for its state.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../domain/actor';
import type { ApprovalStep, ReturnReasonCode, StageSnapshot } from '../domain/stageRules';

export interface StageActionInput {
  actor: Actor;
  comment?: string;
  /** The client's id for the request: a repeat of an applied one is answered, not applied again. */
  requestId?: string;
}

export interface ReturnForCorrectionInput extends StageActionInput {
  comment: string;
  reasonCode: ReturnReasonCode;
}

export interface RecallInput extends StageActionInput {
  comment: string;
  /** The version the person saw: a recall never withdraws a later one. */
  version?: number;
}

export interface ExtendDeadlineInput extends StageActionInput {
  newDeadline: string;
}

export interface ReassignApproverInput extends StageActionInput {
  level: number;
  assignee: { userId: string; name: string };
}

export interface StageState {
  snapshot: StageSnapshot;
  deadline: string;
  approvalChain: ApprovalStep[];
}

export const submitUpdate = defineUpdate<StageSnapshot, [StageActionInput]>('submit');
export const approveUpdate = defineUpdate<StageSnapshot, [StageActionInput]>('approve');
export const returnForCorrectionUpdate = defineUpdate<StageSnapshot, [ReturnForCorrectionInput]>('returnForCorrection');
export const recallUpdate = defineUpdate<StageSnapshot, [RecallInput]>('recall');
export const extendDeadlineUpdate = defineUpdate<StageState, [ExtendDeadlineInput]>('extendDeadline');
export const reassignApproverUpdate = defineUpdate<StageState, [ReassignApproverInput]>('reassignApprover');
export const deadlineMovedSignal = defineSignal<[{ deadline: string; comment?: string }]>('deadlineMoved');
export const stageStateQuery = defineQuery<StageState>('stageState');
