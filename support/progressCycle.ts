// A large running cycle written straight into the database, as the workflows would leave it, for
// the progress-matrix and console benches and the matrix's tests at national size: N institutions
// on Guatemala's calendar (ministries, secretariats, decentralised entities and municipalities of
// every department), every stage of every institution opened, in mixed states (approved, under
// review, in draft; some overdue). The demo seed (its coordinators) must be there first.
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../src/db/generated/client';
import type { Database } from '../src/db/prisma';
import type { CalendarTemplate } from '../src/domain/calendar/template';
import { guatemalaTemplate } from '../src/domain/calendar/templates';
import type { ApprovalStep } from '../src/domain/stageRules';

export const benchCoordinatorEmail = 'coordinador.minfin@ciclo.test';
const sectors = ['Salud', 'Educación', 'Agricultura', 'Infraestructura', 'Seguridad', 'Economía', 'Ambiente', 'Trabajo', 'Cultura', 'Desarrollo social'];
const kinds = ['ministry', 'secretariat', 'decentralised', 'municipality'] as const;
/** Guatemala's 22 departments, 01 to 22. */
const departmentCodes = Array.from({ length: 22 }, (_, n) => String(n + 1).padStart(2, '0'));
const dayMs = 86_400_000;
const batch = 1000;

export interface ProgressCycle {
  cycleId: string;
  template: CalendarTemplate;
  institutions: number;
  stageRows: number;
}

/** A GT cycle of `count` institutions, coded <codePrefix>0001..., beside the demo seed's coordinators. */
export async function seedProgressCycle(db: Database, count: number, { fiscalYear = 2030, codePrefix = 'INST' } = {}): Promise<ProgressCycle> {
  const template = guatemalaTemplate;
  const coordinatorIds = Object.fromEntries((await db.institution.findMany({ where: { kind: 'coordinator' } })).map((i) => [i.code, i.id]));
  const templateRow = await db.calendarTemplate.findUniqueOrThrow({ where: { code: template.code } });
  const institutions = Array.from({ length: count }, (_, n) => ({
    id: randomUUID(),
    code: `${codePrefix}${String(n + 1).padStart(4, '0')}`,
    name: `Institución de prueba ${n + 1}`,
    kind: kinds[n % kinds.length]!,
    sector: sectors[n % sectors.length]!,
    departmentCode: departmentCodes[n % departmentCodes.length]!,
  }));
  for (let i = 0; i < institutions.length; i += batch) await db.institution.createMany({ data: institutions.slice(i, i + batch) });
  const cycle = await db.cycle.create({
    data: {
      jurisdiction: template.jurisdiction,
      fiscalYear,
      templateId: templateRow.id,
      templateSnapshot: template as unknown as Prisma.InputJsonValue,
      workflowId: `bench-cycle-${fiscalYear}`,
    },
  });
  for (let i = 0; i < institutions.length; i += batch) {
    await db.institutionCycle.createMany({
      data: institutions.slice(i, i + batch).map((inst) => ({ cycleId: cycle.id, institutionId: inst.id, workflowId: `bench-cycle-${fiscalYear}/${inst.code}` })),
    });
  }

  const now = Date.now();
  const stages = [...template.stages].sort((a, b) => a.order - b.order);
  const institutionStages = stages.filter((s) => s.scope === 'institution');
  // Deadlines a month apart around today, so earlier stages are past due and later ones are not.
  const deadlineOf = (order: number) => new Date(now + (order - 5) * 30 * dayMs);
  const chainOf = (stageCode: string, ownerId: string): ApprovalStep[] =>
    stages
      .find((s) => s.code === stageCode)!
      .approvalChain.map((level) => ({ role: level.role, institutionId: level.institutionCode ? coordinatorIds[level.institutionCode]! : ownerId }));
  const stageRow = (stageCode: string, order: number, name: string, ownerId: string, ownerCode: string, scope: 'institution' | 'coordination', status: Prisma.StageCreateManyInput['status'], reviewLevel: number) => {
    const deadline = deadlineOf(order);
    return {
      cycleId: cycle.id,
      institutionId: ownerId,
      code: stageCode,
      name,
      scope,
      status,
      reviewLevel,
      approvalChain: chainOf(stageCode, ownerId) as unknown as Prisma.InputJsonValue,
      openedAt: new Date(deadline.getTime() - 45 * dayMs),
      approvedAt: status === 'approved' ? new Date(deadline.getTime() - 2 * dayMs) : null,
      deadline,
      overdue: status !== 'approved' && deadline.getTime() < now,
      workflowId: `bench-stage-${fiscalYear}/${ownerCode}/${stageCode}`,
    };
  };

  const coordinationRows = stages
    .filter((s) => s.scope === 'coordination')
    .map((s, k) => {
      const owner = s.submitterInstitutionCode ?? 'MINFIN';
      return stageRow(s.code, s.order, s.name.es, coordinatorIds[owner]!, owner, 'coordination', k < 2 ? 'approved' : 'draft', 0);
    });
  // Institution n has approved its first (n mod 7) stages, has the next one submitted or in review,
  // and the rest in draft.
  const institutionRows = institutions.flatMap((inst, n) => {
    const progress = n % (institutionStages.length + 1);
    return institutionStages.map((s, k) => {
      if (k < progress) return stageRow(s.code, s.order, s.name.es, inst.id, inst.code, 'institution', 'approved', 0);
      if (k > progress) return stageRow(s.code, s.order, s.name.es, inst.id, inst.code, 'institution', 'draft', 0);
      const level = n % s.approvalChain.length;
      return stageRow(s.code, s.order, s.name.es, inst.id, inst.code, 'institution', level === 0 ? 'submitted' : 'in_review', level);
    });
  });
  const rows = [...coordinationRows, ...institutionRows];
  for (let i = 0; i < rows.length; i += batch) await db.stage.createMany({ data: rows.slice(i, i + batch) });
  return { cycleId: cycle.id, template, institutions: count, stageRows: rows.length };
}
