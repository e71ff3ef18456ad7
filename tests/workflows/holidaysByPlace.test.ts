// Holidays follow the institution's municipality in a running cycle: the municipality travels in
// the institution cycle's start input, so a business-day deadline across 15 August is a day later
// in Guatemala City than in Mixco. Real time-skipping server, activities and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { noticeAndAnswerTemplate, noticeApprovedOnMonday, storeTemplate } from '../support/noticeAndAnswer';
import { useTimeSkippingStack } from '../support/timeSkipping';

const taskQueue = 'holidays-by-place';

const stack = useTimeSkippingStack(taskQueue);

const template = noticeAndAnswerTemplate('GT-FERIADOS-LOCALES', 'Prueba de feriados locales');

describe('holidays by the institution\'s municipality', () => {
  it('when the notice is approved on Monday 14 August 2028, then Guatemala City (15 August off) answers by the 22nd and Mixco by the 21st', async () => {
    await stack.db.institution.update({ where: { code: 'MSPAS' }, data: { departmentCode: '01', municipalityCode: '0101' } });
    await stack.db.institution.update({ where: { code: 'MAGA' }, data: { departmentCode: '01', municipalityCode: '0108' } });
    await storeTemplate(stack.db, template);

    await stack.worker.runUntil(async () => {
      const { run } = await noticeApprovedOnMonday(stack, taskQueue, template.code, ['MSPAS', 'MAGA']);

      expect((await run.opened('ceilings_answer', 'MSPAS')).deadline.toISOString()).toBe('2028-08-23T05:59:59.000Z');
      expect((await run.opened('ceilings_answer', 'MAGA')).deadline.toISOString()).toBe('2028-08-22T05:59:59.000Z');
    });
  }, 300_000);
});
