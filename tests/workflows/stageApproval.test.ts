// The strategic review stage on the real time-skipping Temporal test server, with real
// activities writing to PostgreSQL and mailing a real SMTP sink.
import { beforeAll, describe, expect, it } from 'vitest';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { Actor } from '../../src/domain/actor';
import { actOnStage, startStageWorkflow } from '../../src/workflowClient/stageWorkflows';
import { useTimeSkippingStack } from '../support/timeSkipping';

const taskQueue = 'stage-approval-test';

const stack = useTimeSkippingStack(taskQueue);
beforeAll(() => {
  console.log('[pruebas] flujos contra el servidor de pruebas real de Temporal (Java, salto de tiempo)');
});

async function actorFor(email: string): Promise<Actor> {
  const user = await stack.db.user.findUniqueOrThrow({ where: { email } });
  return { userId: user.id, name: user.name, role: user.role, institutionId: user.institutionId };
}

async function stageOf(code: string) {
  return stack.db.stage.findFirstOrThrow({ where: { institution: { code } } });
}

async function updateFailure(act: Promise<unknown>): Promise<string | undefined> {
  const error = await act.then(() => undefined, (err: unknown) => err);
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  return (error as WorkflowUpdateFailedError).cause?.message;
}

describe('stageApproval workflow', () => {
  it('when a stage is returned, resubmitted late and approved, then every step is stored and mailed', async () => {
    const stage = await stageOf('MSPAS');
    const planner = await actorFor('planificador.mspas@ciclo.test');
    const authority = await actorFor('autoridad.mspas@ciclo.test');
    const foreignAuthority = await actorFor('autoridad.mineduc@ciclo.test');

    await stack.worker.runUntil(async () => {
      expect(await startStageWorkflow(stack.env.client, taskQueue, stage)).toBe(true);
      expect(await startStageWorkflow(stack.env.client, taskQueue, stage)).toBe(false);

      // An invalid action is rejected by the validator and leaves no trace in history.
      expect(await updateFailure(actOnStage(stack.env.client, stage.workflowId, 'approve', { actor: authority }))).toMatch(/Solo se puede aprobar una etapa enviada/);
      expect(await actOnStage(stack.env.client, stage.workflowId, 'submit', { actor: planner, comment: 'Primera versión' })).toEqual({ status: 'submitted', version: 1, overdue: false, reviewLevel: 0 });
      expect(await updateFailure(actOnStage(stack.env.client, stage.workflowId, 'approve', { actor: foreignAuthority }))).toBe('La etapa pertenece a otra institución');
      await stack.sink.waitFor((m) => m.to.includes('autoridad.mspas@ciclo.test') && /enviada para aprobación/.test(m.subject));

      const returned = await actOnStage(stack.env.client, stage.workflowId, 'return', { actor: authority, comment: 'Falta vincular resultados', reasonCode: 'incomplete' });
      expect(returned).toEqual({ status: 'draft', version: 2, overdue: false, reviewLevel: 0 });
      const [returnMail] = await stack.sink.waitFor((m) => /devuelta para corrección/.test(m.subject));
      expect(returnMail!.to).toEqual(['director.mspas@ciclo.test', 'planificador.mspas@ciclo.test']);
      expect(returnMail!.text).toContain('Falta vincular resultados');

      // Months pass: the reminder goes out 7 days before 31 March, then the deadline is missed.
      await stack.env.sleep(Date.parse(stage.deadline.toISOString()) - Date.now() + 60_000);
      // The stage is back in draft, so the reminder goes to the planning directorate.
      const [reminder] = await stack.sink.waitFor((m) => m.subject.startsWith('Recordatorio:'));
      expect(reminder!.to).toEqual(['director.mspas@ciclo.test', 'planificador.mspas@ciclo.test']);
      await stack.sink.waitFor((m) => m.subject.startsWith('Plazo vencido:'));
      expect(await stageOf('MSPAS')).toMatchObject({ status: 'draft', version: 2, overdue: true });

      await actOnStage(stack.env.client, stage.workflowId, 'submit', { actor: planner }, 'req-submit-v2');
      await actOnStage(stack.env.client, stage.workflowId, 'submit', { actor: planner }, 'req-submit-v2');
      expect(await actOnStage(stack.env.client, stage.workflowId, 'approve', { actor: authority, comment: 'Aprobado' })).toEqual({ status: 'approved', version: 2, overdue: true, reviewLevel: 0 });
      expect(await stack.env.client.workflow.getHandle(stage.workflowId).result()).toMatchObject({ snapshot: { status: 'approved' } });
    });

    expect(await stageOf('MSPAS')).toMatchObject({ status: 'approved', version: 2, lastComment: 'Aprobado' });
    const events = await stack.db.auditEvent.findMany({ where: { stageId: stage.id }, orderBy: { at: 'asc' } });
    expect(events.map((e) => [e.action, e.version, e.actorName ?? null])).toEqual([
      ['submitted', 1, 'Dirección de Planificación MSPAS'],
      ['returned', 2 - 1, 'Autoridad superior MSPAS'],
      ['reminder', 2, null],
      ['overdue', 2, null],
      ['submitted', 2, 'Dirección de Planificación MSPAS'],
      ['approved', 2, 'Autoridad superior MSPAS'],
    ]);
    expect(events.find((e) => e.action === 'returned')).toMatchObject({ reasonCode: 'incomplete', comment: 'Falta vincular resultados' });

    const history = await stack.env.client.workflow.getHandle(stage.workflowId).fetchHistory();
    const accepted = history.events?.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes) ?? [];
    expect(accepted).toHaveLength(4);
    // Each mail went once: submitted x2, returned, reminder, overdue, approved (the escalation
    // ladder of this stage starts 7 days after the deadline, which the test does not reach).
    expect(stack.sink.messages).toHaveLength(6);
    console.log(`[pruebas] historial de la etapa: ${history.events?.length} eventos`);
  });
});
