// A stage of its own for a test of decisions, with its workflow running, beside the demo cycle's
// stages: a draft of an institution, decided by the chain given (by default its director then its
// authority).
import { randomUUID } from 'node:crypto';
import type { ApprovalStep } from '../../src/domain/stageRules';
import { startStageWorkflow } from '../../src/workflowClient/stageWorkflows';
import type { TestStack } from './stack';

export async function ownStage(
  stack: TestStack,
  institutionId: string,
  label: { code: string; name: string },
  approvalChain: ApprovalStep[] = [
    { role: 'director', institutionId },
    { role: 'authority', institutionId },
  ],
): Promise<string> {
  const template = await stack.db.stage.findFirstOrThrow({ where: { institutionId } });
  const stage = await stack.db.stage.create({
    data: {
      cycleId: template.cycleId,
      institutionId,
      code: `${label.code}_${randomUUID().slice(0, 8)}`,
      name: label.name,
      status: 'draft',
      deadline: template.deadline,
      approvalChain: approvalChain as object[],
      workflowId: `${label.code}/${randomUUID()}`,
    },
  });
  await startStageWorkflow(stack.temporal.client, stack.taskQueue, stage);
  return stage.id;
}
