// Starts stage workflows and sends them the approval actions, by the ids of workflowIds.ts.
import { randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import type { Database } from '../db/prisma';
import { strategicReview } from '../domain/stageCatalog';
import type { ApprovalStep, StageSnapshot } from '../domain/stageRules';
import {
  approveUpdate,
  extendDeadlineUpdate,
  reassignApproverUpdate,
  recallUpdate,
  returnForCorrectionUpdate,
  submitUpdate,
  type ExtendDeadlineInput,
  type ReassignApproverInput,
  type RecallInput,
  type ReturnForCorrectionInput,
  type StageActionInput,
  type StageState,
} from '../workflows/messages';
import type { stageApproval, StageApprovalInput } from '../workflows/stageApproval';
import { requestUpdateId } from '../workflows/workflowIds';

interface StageRow {
  id: string;
  institutionId: string;
  workflowId: string;
  deadline: Date;
  status: StageSnapshot['status'];
  version: number;
  overdue: boolean;
  reviewLevel: number;
  approvalChain: unknown;
}

/** A stage outside any cycle (the demo's strategic review): the authority approves it alone. */
export async function startStageWorkflow(client: Client, taskQueue: string, stage: StageRow): Promise<boolean> {
  const input: StageApprovalInput = {
    stageId: stage.id,
    parties: {
      ownerInstitutionId: stage.institutionId,
      submitterRole: 'planner',
      approvalChain: (stage.approvalChain as ApprovalStep[] | null) ?? [{ role: 'authority', institutionId: stage.institutionId }],
    },
    deadline: stage.deadline.toISOString(),
    alarms: strategicReview.alarms,
    initial: { snapshot: { status: stage.status, version: stage.version, overdue: stage.overdue, reviewLevel: stage.reviewLevel } },
  };
  try {
    await client.workflow.start<typeof stageApproval>('stageApproval', {
      taskQueue,
      workflowId: stage.workflowId,
      args: [input],
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    });
    return true;
  } catch (err) {
    if (err instanceof WorkflowExecutionAlreadyStartedError) return false;
    throw err;
  }
}

/** Makes sure every open stage outside a cycle has its workflow; running ones carry on. */
export async function ensureStageWorkflows(client: Client, db: Database, taskQueue: string): Promise<number> {
  const open = await db.stage.findMany({ where: { status: { not: 'approved' }, cycle: { workflowId: null } } });
  let started = 0;
  for (const stage of open) if (await startStageWorkflow(client, taskQueue, stage)) started += 1;
  return started;
}

export type StageActionName = 'submit' | 'approve' | 'return' | 'recall';

/**
 * The request's id, in the Update's input and in its Update id. A caller that sends none gets a
 * fresh one, so that the SDK's own retries of this call are known to the workflow as one request.
 */
const identified = <I extends StageActionInput>(action: string, input: I, requestId: string = randomUUID()) => ({ request: { ...input, requestId }, options: { updateId: requestUpdateId(action, requestId) } });

/** Sends an approval action as an Update; `requestId` makes a repeated request apply once. */
export async function actOnStage(
  client: Client,
  workflowId: string,
  action: StageActionName,
  input: StageActionInput | ReturnForCorrectionInput | RecallInput,
  requestId?: string,
): Promise<StageSnapshot> {
  const handle = client.workflow.getHandle(workflowId);
  // The workflow keeps the requestId too: a repeat Temporal no longer remembers is still answered once.
  const { request, options } = identified(action, input, requestId);
  switch (action) {
    case 'submit':
      return handle.executeUpdate(submitUpdate, { args: [request], ...options });
    case 'approve':
      return handle.executeUpdate(approveUpdate, { args: [request], ...options });
    case 'return':
      return handle.executeUpdate(returnForCorrectionUpdate, { args: [request as ReturnForCorrectionInput], ...options });
    case 'recall':
      return handle.executeUpdate(recallUpdate, { args: [request as RecallInput], ...options });
  }
}

/** A coordinator extends one institution's deadline; the stage recomputes its timers. */
export function extendStageDeadline(client: Client, workflowId: string, input: ExtendDeadlineInput, requestId?: string): Promise<StageState> {
  const { request, options } = identified('extend', input, requestId);
  return client.workflow.getHandle(workflowId).executeUpdate(extendDeadlineUpdate, { args: [request], ...options });
}

/** Delegates a level of the approval chain to one person (e.g. when an authority changes). */
export function reassignStageApprover(client: Client, workflowId: string, input: ReassignApproverInput, requestId?: string): Promise<StageState> {
  const { request, options } = identified('reassign', input, requestId);
  return client.workflow.getHandle(workflowId).executeUpdate(reassignApproverUpdate, { args: [request], ...options });
}
