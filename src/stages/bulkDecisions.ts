// The same decision (approve, or return with one reason and comment) on many stages at once, from
// the approval inbox or the coordinator's matrix. Each stage is still decided by its own workflow
// Update, with its own requestId, audit event and mail; one that fails (decided meanwhile, not the
// reader's level) is answered as failed and stops none of the others.
import type { Client } from '@temporalio/client';
import type { Actor } from '../domain/actor';
import type { Database } from '../db/prisma';
import type { SessionUser } from '../auth/sessions';
import { actOnVisibleStage, type StageWithInstitution } from './stages';

/** How many stages are decided at once: enough to be quick, few enough to leave the worker to the others. */
const decidingAtOnce = 8;

export interface BulkDecision {
  action: 'approve' | 'return';
  stages: { stageId: string; requestId: string }[];
  /** What each stage's Update carries besides its actor: the comment, and a return's reason. */
  details: { comment?: string; reasonCode?: string };
}

export type BulkOutcome = { stageId: string; requestId: string } & ({ decided: StageWithInstitution } | { failure: unknown });

/** Decides every stage of `decision`; the outcomes come in the order the stages were given. */
export async function decideStages(db: Database, temporal: Client, user: SessionUser, actor: Actor, decision: BulkDecision): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = new Array(decision.stages.length);
  let next = 0;
  const decideNext = async (): Promise<void> => {
    for (let index = next++; index < decision.stages.length; index = next++) {
      const { stageId, requestId } = decision.stages[index]!;
      try {
        outcomes[index] = { stageId, requestId, decided: await actOnVisibleStage(db, temporal, user, actor, stageId, decision.action, decision.details, requestId) };
      } catch (failure) {
        outcomes[index] = { stageId, requestId, failure };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(decidingAtOnce, decision.stages.length) }, decideNext));
  return outcomes;
}
