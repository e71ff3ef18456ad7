// Patch levels: the patches of a level folded into the runs started at it. Each patched() call
// writes a marker into the history, and the SDK's core adds an upsert of the TemporalChangeVersion
// search attribute: two events per patch per workflow, about 70 of an institution-year's 436
// (issue 20). A run started at level 1 takes every patch below as applied without asking, so it
// records neither; runs started before carry no level and still ask, so their recorded histories
// replay as before. Patches added after a level are asked with patched() as usual, until the
// next level folds them in. New cycles start at the current level (src/workflowClient), and each
// workflow hands its level on to the children it starts. A level may also change what new runs
// do, as a patch would, for runs started at it only:
// - level 1: a stage's change and its mail are one local activity (stageApproval);
// - level 2: institutions hear only of the coordination approvals they wait on (governmentCycle);
// - level 3: folds the patches of repeated requests, the template's routing rules and parallel review.
import * as wf from '@temporalio/workflow';

export const currentPatchLevel = 3;

/** The patches of every workflow up to level 1 (the ids passed to patched()). */
const foldedAtLevel1: ReadonlySet<string> = new Set([
  // governmentCycle
  'deadline-move-skips-ended-cycles',
  'start-institutions-in-batches',
  // institutionCycle
  'local-load-template',
  'holidays-by-municipality',
  // both cycles (stageOpener)
  'date-rule-adjustment',
  'declared-non-working-days',
  'local-open-stage',
  'keep-changes-while-opening',
  // stageApproval
  'deliverable-gates',
  'ordered-stage-records',
  'off-track-alerts',
  'local-stage-records',
  'local-deliverable-gates',
  'separation-of-duties',
  'recall-submissions',
]);

/** The patches folded at level 3 (stageApproval), on top of level 1's. */
const foldedAtLevel3: ReadonlySet<string> = new Set(['repeated-requests', 'routing-rules', 'parallel-review']);

/** The patches a run at this level takes without asking. */
export function foldedPatchIds(patchLevel: number | undefined): readonly string[] {
  const level = patchLevel ?? 0;
  return [...(level >= 1 ? foldedAtLevel1 : []), ...(level >= 3 ? foldedAtLevel3 : [])];
}

/** What a workflow is started with to run at a patch level. */
export interface PatchLevelInput {
  patchLevel?: number;
}

/** Whether a run at this level has the patch without asking patched(). */
export function isFolded(patchLevel: number | undefined, patchId: string): boolean {
  const level = patchLevel ?? 0;
  return (level >= 1 && foldedAtLevel1.has(patchId)) || (level >= 3 && foldedAtLevel3.has(patchId));
}

export type PatchCheck = (patchId: string) => boolean;

/** patched() for a run at this level: folded patches answer true and write nothing. */
export function patchCheck(patchLevel: number | undefined): PatchCheck {
  return (patchId) => isFolded(patchLevel, patchId) || wf.patched(patchId);
}

/** The level a child is started with: the parent's own (none for runs started before levels). */
export function childPatchLevel(patchLevel: number | undefined): PatchLevelInput {
  return patchLevel ? { patchLevel } : {};
}
