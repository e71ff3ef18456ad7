// A coordinator moves an institution stage's deadline after some institutions already finished
// their cycle (the stage was their last): the move reaches the institutions still working, and the
// government cycle carries on. Before, the broadcast signalled the ended cycles too, and failed.
// Real time-skipping server, activities and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { coordinationStage, fixed } from '../../src/domain/calendar/templates/guatemala';
import { moveStageDeadlineUpdate } from '../../src/workflows/cycleMessages';
import { minfin, minfinReviewer } from '../support/cycleDriver';
import { noticeAndAnswerTemplate, noticeApprovedOnMonday, storeTemplate } from '../support/noticeAndAnswer';
import { useTimeSkippingStack } from '../support/timeSkipping';

const taskQueue = 'deadline-move-after-end';

const stack = useTimeSkippingStack(taskQueue);

/** MINFIN's notice, each institution's answer, and MINFIN's closing in December: the cycle outlives the answers. */
const template = noticeAndAnswerTemplate('GT-MOVER-TRAS-FIN', 'Prueba de fecha movida', [
  coordinationStage({
    code: 'ceilings_closing',
    name: { es: 'Cierre de techos', en: 'Ceilings closing' },
    order: 3,
    start: fixed(12, 1),
    deadline: fixed(12, 15),
    submitterInstitutionCode: 'MINFIN',
    approvalChain: [{ role: 'coordinator', institutionCode: 'MINFIN' }],
    deliverable: 'Cierre',
  }),
]);

describe('a deadline moved after some institutions ended', () => {
  it('when MSPAS has finished and MINFIN moves the answer\'s deadline, then MAGA\'s stage takes the new date and the cycle completes', async () => {
    await storeTemplate(stack.db, template);
    await stack.worker.runUntil(async () => {
      const { cycle, run } = await noticeApprovedOnMonday(stack, taskQueue, template.code, ['MSPAS', 'MAGA']);
      await run.carry('ceilings_answer', 'MSPAS', ['director.mspas@ciclo.test']);
      const mspasCycle = await stack.db.institutionCycle.findFirstOrThrow({ where: { cycleId: cycle.id, institution: { code: 'MSPAS' } } });
      await stack.env.client.workflow.getHandle(mspasCycle.workflowId).result();

      const government = stack.env.client.workflow.getHandle(cycle.workflowId!);
      const moved = await government.executeUpdate(moveStageDeadlineUpdate, { args: [{ actor: await run.actor(minfin), stageCode: 'ceilings_answer', deadline: '2028-09-15T23:59:59.000-06:00' }] });
      expect(moved).toEqual({ stageCode: 'ceilings_answer', deadline: '2028-09-15T23:59:59.000-06:00' });
      await expect.poll(async () => (await run.stage('ceilings_answer', 'MAGA'))?.deadline.toISOString(), { timeout: 30_000 }).toBe('2028-09-16T05:59:59.000Z');

      await run.carry('ceilings_answer', 'MAGA', ['director.maga@ciclo.test']);
      await stack.sleepUntil('2028-12-01T10:00:00-06:00');
      await run.act('ceilings_closing', 'MINFIN', minfin, 'submit');
      await run.act('ceilings_closing', 'MINFIN', minfinReviewer, 'approve');
      await government.result();
      expect((await government.describe()).status.name).toBe('COMPLETED');
    });
  }, 300_000);
});
