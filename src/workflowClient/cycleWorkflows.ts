// Starts a jurisdiction's cycle: freezes the template, records the cycle and its institutions,
// and starts the governmentCycle workflow, which starts one institutionCycle per institution.
import type { Client } from '@temporalio/client';
import type { Database } from '../db/prisma';
import type { Prisma } from '../db/generated/client';
import { withDeclaredNonWorkingDays } from '../domain/calendar/declaredNonWorkingDays';
import { calendarTemplate } from '../domain/calendar/template';
import { compressedClock, realTime, type CalendarClock } from '../domain/calendarClock';
import type { governmentCycle, GovernmentCycleInput } from '../workflows/governmentCycle';
import { currentPatchLevel } from '../workflows/patchLevel';
import { governmentCycleWorkflowId, institutionCycleWorkflowId } from '../workflows/workflowIds';

export class CycleStartError extends Error {
  constructor(
    readonly kind: 'not_found' | 'conflict' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}

export interface StartCycleRequest {
  fiscalYear: number;
  templateCode: string;
  institutionCodes: string[];
  /** Calendar ms per real ms; above 1 runs the calendar compressed (demos and tests). */
  timeScale?: number;
  /** With a time scale: the calendar date the compressed run starts from. */
  calendarStart?: string;
}

const phaseNames = { planning: 'de planificación', execution: 'de seguimiento', municipal: 'municipal', transparency: 'de transparencia' } as const;

export async function startGovernmentCycle(client: Client, db: Database, taskQueue: string, request: StartCycleRequest) {
  const templateRow = await db.calendarTemplate.findUnique({ where: { code: request.templateCode } });
  if (!templateRow) throw new CycleStartError('not_found', `La plantilla ${request.templateCode} no existe`);
  const template = calendarTemplate.parse(templateRow.definition);

  const institutions = await db.institution.findMany({ where: { code: { in: request.institutionCodes } } });
  const unknown = request.institutionCodes.filter((code) => !institutions.some((i) => i.code === code));
  if (unknown.length) throw new CycleStartError('invalid', `Instituciones desconocidas: ${unknown.join(', ')}`);
  const inactive = institutions.filter((i) => !i.active).map((i) => i.code);
  if (inactive.length) throw new CycleStartError('invalid', `Instituciones dadas de baja, que no entran en ciclos nuevos: ${inactive.join(', ')}`);
  const coordinating = institutions.filter((i) => i.kind === 'coordinator').map((i) => i.code);
  if (coordinating.length) throw new CycleStartError('invalid', `Los entes coordinadores no recorren el ciclo: ${coordinating.join(', ')}`);

  const coordinatorCodes = [...new Set(template.stages.flatMap((s) => [s.submitterInstitutionCode, ...s.approvalChain.map((l) => l.institutionCode), ...(s.rules ?? []).map((r) => (r.then.kind === 'addLevel' ? r.then.level.institutionCode : undefined))]))].filter((c): c is string => Boolean(c));
  const coordinators = await db.institution.findMany({ where: { code: { in: coordinatorCodes }, kind: 'coordinator' } });
  const missing = coordinatorCodes.filter((code) => !coordinators.some((c) => c.code === code));
  if (missing.length) throw new CycleStartError('invalid', `La plantilla nombra entes coordinadores que no existen: ${missing.join(', ')}`);

  const key = { jurisdiction: template.jurisdiction, fiscalYear: request.fiscalYear, phase: template.phase };
  const existing = await db.cycle.findUnique({ where: { jurisdiction_fiscalYear_phase: key } });
  if (existing) throw new CycleStartError('conflict', `Ya existe el ciclo ${phaseNames[template.phase]} ${template.jurisdiction} ${request.fiscalYear}`);

  const now = new Date().toISOString();
  const clock: CalendarClock = request.timeScale && request.timeScale > 1 ? compressedClock(request.timeScale, now, request.calendarStart ?? now) : realTime;
  const workflowId = governmentCycleWorkflowId(key);
  const cycle = await db.cycle.create({
    data: {
      ...key,
      templateId: templateRow.id,
      templateSnapshot: withDeclaredNonWorkingDays(template, request.fiscalYear) as unknown as Prisma.InputJsonValue,
      workflowId,
      clockScale: clock.scale,
      clockRealEpoch: new Date(clock.realEpoch),
      clockCalendarEpoch: new Date(clock.calendarEpoch),
      institutionCycles: {
        create: institutions.map((i) => ({
          institutionId: i.id,
          workflowId: institutionCycleWorkflowId({ ...key, institutionCode: i.code }),
        })),
      },
    },
  });
  const input: GovernmentCycleInput = {
    cycleId: cycle.id,
    fiscalYear: request.fiscalYear,
    coordinatorIds: Object.fromEntries(coordinators.map((c) => [c.code, c.id])),
    clock,
    institutions: institutions.map((i) => ({ id: i.id, code: i.code, ...(i.municipalityCode ? { municipalityCode: i.municipalityCode } : {}) })),
    patchLevel: currentPatchLevel,
  };
  // Its history grows with every institution; replayed on a busy worker (after a restart, or once
  // evicted from the worker's cache) it took 10 s for 200 institutions, the default limit.
  await client.workflow.start<typeof governmentCycle>('governmentCycle', { taskQueue, workflowId, args: [input], workflowTaskTimeout: '2 minutes' });
  return cycle;
}
