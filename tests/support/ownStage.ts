// A stage of its own for a test of decisions: a draft of an institution, decided by its director
// then its authority, with its workflow running, beside the demo cycle's stages.
import { randomUUID } from 'node:crypto';
import { startStageWorkflow } from '../../src/workflowClient/stageWorkflows';
import type { TestStack } from './stack';

export async function twoLevelStage(stack: TestStack, institutionId: string, label: { code: string; name: string }): Promise<string> {
  const template = await stack.db.stage.findFirstOrThrow({ where: { institutionId } });
  const stage = await stack.db.stage.create({
    data: {
      cycleId: template.cycleId,
      institutionId,
      code: `${label.code}_${randomUUID().slice(0, 8)}`,
      name: label.name,
      status: 'draft',
      deadline: template.deadline,
      approvalChain: [{ role: 'director', institutionId }, { role: 'authority', institutionId }],
      workflowId: `${label.code}/${randomUUID()}`,
    },
  });
  await startStageWorkflow(stack.temporal.client, stack.taskQueue, stage);
  return stage.id;
}
