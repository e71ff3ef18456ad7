// A small template for workflow tests: MINFIN's ceilings notice (August), then five business days
// for each institution to answer it; a test adds what it needs after them.
import type { Prisma } from '../../src/db/generated/client';
import type { Database } from '../../src/db/prisma';
import { calendarTemplate, type CalendarTemplate } from '../../src/domain/calendar/template';
import { afterApproval, coordinationStage, fixed, institutionStage } from '../../src/domain/calendar/templates/guatemala';
import { startGovernmentCycle } from '../../src/workflowClient/cycleWorkflows';
import { CycleDriver, minfin, minfinReviewer } from './cycleDriver';
import type { TimeSkippingStack } from './timeSkipping';

export function noticeAndAnswerTemplate(code: string, name: string, laterStages: unknown[] = []): CalendarTemplate {
  return calendarTemplate.parse({
    code,
    jurisdiction: 'GT',
    name: { es: name, en: name },
    utcOffset: '-06:00',
    phase: 'planning',
    stages: [
      coordinationStage({
        code: 'ceilings_notice',
        name: { es: 'Aviso de techos', en: 'Ceilings notice' },
        order: 1,
        start: fixed(8, 1),
        deadline: fixed(8, 31),
        submitterInstitutionCode: 'MINFIN',
        approvalChain: [{ role: 'coordinator', institutionCode: 'MINFIN' }],
        deliverable: 'Aviso de techos',
      }),
      institutionStage({
        code: 'ceilings_answer',
        name: { es: 'Respuesta al aviso de techos', en: 'Answer to the ceilings notice' },
        order: 2,
        dependsOn: ['ceilings_notice'],
        start: afterApproval('ceilings_notice', 0, 'calendar'),
        deadline: afterApproval('ceilings_notice', 5, 'business'),
        approvalChain: [{ role: 'director' }],
        deliverable: 'Respuesta al aviso',
      }),
      ...laterStages,
    ],
  });
}

/** Stores the template as a custom one, so a cycle can be started on it by code. */
export async function storeTemplate(db: Database, template: CalendarTemplate): Promise<void> {
  await db.calendarTemplate.create({
    data: { code: template.code, jurisdiction: template.jurisdiction, nameEs: template.name.es, nameEn: template.name.en, definition: template as unknown as Prisma.InputJsonValue },
  });
}

/**
 * Starts a cycle of the stored template for the institutions (fiscal year 2029) and has MINFIN
 * send and approve its ceilings notice on Monday 14 August 2028, which opens every answer; inside
 * the stack's worker.runUntil.
 */
export async function noticeApprovedOnMonday(stack: TimeSkippingStack, taskQueue: string, templateCode: string, institutionCodes: string[]) {
  const cycle = await startGovernmentCycle(stack.env.client, stack.db, taskQueue, { fiscalYear: 2029, templateCode, institutionCodes });
  const run = new CycleDriver(stack.db, stack.env.client, cycle.id);
  await stack.sleepUntil('2028-08-14T10:00:00-06:00');
  await run.act('ceilings_notice', 'MINFIN', minfin, 'submit');
  await run.act('ceilings_notice', 'MINFIN', minfinReviewer, 'approve');
  return { cycle, run };
}
