// The messages a stage workflow answers: Updates for the approval actions, a Query for its state.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../domain/actor';
import type { ReturnReasonCode, StageSnapshot } from '../domain/stageRules';

export interface StageActionInput {
  actor: Actor;
  comment?: string;
}

export interface ReturnForCorrectionInput extends StageActionInput {
  comment: string;
  reasonCode: ReturnReasonCode;
}

export const submitUpdate = defineUpdate<StageSnapshot, [StageActionInput]>('submit');
export const approveUpdate = defineUpdate<StageSnapshot, [StageActionInput]>('approve');
export const returnForCorrectionUpdate = defineUpdate<StageSnapshot, [ReturnForCorrectionInput]>('returnForCorrection');
export const stageStateQuery = defineQuery<StageSnapshot>('stageState');
