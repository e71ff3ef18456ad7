// Days declared non-working (Peru's días no laborables, or a template's own) are frozen with the
// cycle's template when it starts, and the cycle's business days skip them. Real time-skipping
// server, activities and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { calendarTemplate } from '../../src/domain/calendar/template';
import { startGovernmentCycle } from '../../src/workflowClient/cycleWorkflows';
import { CycleDriver, minfin, minfinReviewer } from '../support/cycleDriver';
import { noticeAndAnswerTemplate, storeTemplate } from '../support/noticeAndAnswer';
import { useTimeSkippingStack } from '../support/timeSkipping';

const taskQueue = 'declared-non-working-days';

const stack = useTimeSkippingStack(taskQueue);

describe('declared non-working days in a running cycle', () => {
  it('when Wednesday 16 August 2028 is declared non-working, then five business days after Monday the 14th end on Tuesday the 22nd, not Monday the 21st', async () => {
    const template = { ...noticeAndAnswerTemplate('GT-DIA-NO-LABORABLE', 'Prueba de día no laborable'), declaredNonWorkingDays: ['2028-08-16'] };
    await storeTemplate(stack.db, template);
    await stack.worker.runUntil(async () => {
      const cycle = await startGovernmentCycle(stack.env.client, stack.db, taskQueue, { fiscalYear: 2029, templateCode: template.code, institutionCodes: ['MSPAS'] });
      const frozen = calendarTemplate.parse((await stack.db.cycle.findUniqueOrThrow({ where: { id: cycle.id } })).templateSnapshot);
      expect(frozen.declaredNonWorkingDays).toEqual(['2028-08-16']);

      const run = new CycleDriver(stack.db, stack.env.client, cycle.id);
      await stack.sleepUntil('2028-08-14T10:00:00-06:00');
      await run.act('ceilings_notice', 'MINFIN', minfin, 'submit');
      await run.act('ceilings_notice', 'MINFIN', minfinReviewer, 'approve');
      await expect.poll(async () => (await run.stage('ceilings_answer', 'MSPAS'))?.deadline.toISOString(), { timeout: 30_000 }).toBe('2028-08-23T05:59:59.000Z');
      await run.carry('ceilings_answer', 'MSPAS', ['director.mspas@ciclo.test']);
      await stack.env.client.workflow.getHandle(cycle.workflowId!).result();
    });
  }, 300_000);
});
