// Starts the coordinators' daily digest once per deployment; a running one is left alone.
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { overdueDigest, OverdueDigestInput } from '../workflows/overdueDigest';
import { overdueDigestWorkflowId } from '../workflows/workflowIds';

export async function ensureOverdueDigest(client: Client, taskQueue: string, input: OverdueDigestInput): Promise<boolean> {
  try {
    await client.workflow.start<typeof overdueDigest>('overdueDigest', { taskQueue, workflowId: overdueDigestWorkflowId, args: [input] });
    return true;
  } catch (err) {
    if (err instanceof WorkflowExecutionAlreadyStartedError) return false;
    throw err;
  }
}
