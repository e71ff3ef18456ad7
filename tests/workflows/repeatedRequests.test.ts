// A request that reaches a stage twice while the first is still being applied (the server forgot
// the first's Update id, or a client sent it again under another): the state has already changed,
// so the stage used to refuse the second ("Solo se puede aprobar una etapa enviada") although it
// was the same request. Both Updates wait for a worker, so they arrive in one workflow task, the
// second while the first's record is being written. On the real time-skipping Temporal server,
// with real activities.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/actor';
import { actOnStage, startStageWorkflow } from '../../src/workflowClient/stageWorkflows';
import { approveUpdate } from '../../src/workflows/messages';
import { useTimeSkippingStack } from '../support/timeSkipping';

const stack = useTimeSkippingStack('repeated-requests-test');

async function actorFor(email: string): Promise<Actor> {
  const user = await stack.db.user.findUniqueOrThrow({ where: { email } });
  return { userId: user.id, name: user.name, role: user.role, institutionId: user.institutionId };
}

describe('a stage and a repeated request', () => {
  it('when the same approval arrives twice at once under two Update ids, then both get its outcome and it is recorded and mailed once', async () => {
    const stage = await stack.db.stage.findFirstOrThrow({ where: { institution: { code: 'MINEDUC' } } });
    const [planner, authority] = await Promise.all([actorFor('planificador.mineduc@ciclo.test'), actorFor('autoridad.mineduc@ciclo.test')]);
    // Workers without a cache: the second takes the workflow's tasks when the first has stopped.
    // The stack's own worker (cached) is run and stopped first, so that it holds the queue no more.
    await stack.worker.runUntil(Promise.resolve());
    const before = await stack.createWorker({ maxCachedWorkflows: 0 });
    await before.runUntil(async () => {
      await startStageWorkflow(stack.env.client, stack.taskQueue, stage);
      expect(await actOnStage(stack.env.client, stage.workflowId, 'submit', { actor: planner })).toMatchObject({ status: 'submitted' });
    });

    // No worker runs: both Updates wait, and the next one to poll gets them together.
    const handle = stack.env.client.workflow.getHandle(stage.workflowId);
    const request = { actor: authority, comment: 'Aprobado una sola vez', requestId: 'aprobacion-repetida' };
    const first = handle.executeUpdate(approveUpdate, { args: [request], updateId: 'aprobar-intento-1' });
    const second = handle.executeUpdate(approveUpdate, { args: [request], updateId: 'aprobar-intento-2' });
    const worker = await stack.createWorker({ maxCachedWorkflows: 0 });
    const outcomes = await worker.runUntil(Promise.allSettled([first, second]));

    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value.status : String(o.reason?.cause?.message ?? o.reason)))).toEqual(['approved', 'approved']);
    const approvals = await stack.db.auditEvent.findMany({ where: { stageId: stage.id, action: 'approved' } });
    expect(approvals).toHaveLength(1);
    expect(stack.sink.messages.filter((m) => /aprobada/.test(m.subject))).toHaveLength(1);
    const history = await handle.fetchHistory();
    const accepted = history.events?.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes) ?? [];
    // submit, and the approval under both ids: the second was the same request, not refused.
    expect(accepted).toHaveLength(3);
  });
});
