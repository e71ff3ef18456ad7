// The demo seed: the four pilot ministries of the seed document, the two coordinators and their
// people, the strategic review of the next cycle, the classifier catalogues and each ministry's plan and budget. Idempotent: a restart adds nothing twice.
import { hashPassword } from '../src/auth/passwords';
import type { Database } from '../src/db/prisma';
import type { Prisma } from '../src/db/generated/client';
import { builtInTemplates } from '../src/domain/calendar/templates';
import { strategicReview } from '../src/domain/stageCatalog';
import { seedClassifierCatalogues, seedDemoContent } from './seedContent';
import { stageWorkflowId } from '../src/workflows/workflowIds';

export const demoPassword = 'ciclo-demo';
/** The standalone demo stages are no jurisdiction's cycle: their own marker keeps GT's years free. */
export const demoJurisdiction = 'DEMO';

const institutions = [
  { code: 'MSPAS', name: 'Ministerio de Salud Pública y Asistencia Social', kind: 'ministry', sector: 'Salud' },
  { code: 'MINEDUC', name: 'Ministerio de Educación', kind: 'ministry', sector: 'Educación' },
  { code: 'MAGA', name: 'Ministerio de Agricultura, Ganadería y Alimentación', kind: 'ministry', sector: 'Agricultura' },
  { code: 'CIV', name: 'Ministerio de Comunicaciones, Infraestructura y Vivienda', kind: 'ministry', sector: 'Infraestructura' },
  { code: 'SEGEPLAN', name: 'Secretaría de Planificación y Programación de la Presidencia', kind: 'coordinator', sector: 'Coordinación' },
  { code: 'MINFIN', name: 'Ministerio de Finanzas Públicas', kind: 'coordinator', sector: 'Coordinación' },
] as const;

type DemoUser = { email: string; name: string; role: 'admin' | 'coordinator' | 'director' | 'authority' | 'planner'; institution?: string };

const ministries = institutions.filter((i) => i.kind === 'ministry');
const users: DemoUser[] = [
  { email: 'admin@ciclo.test', name: 'Administración de Ciclo', role: 'admin' },
  { email: 'coordinador.segeplan@ciclo.test', name: 'Coordinación SEGEPLAN', role: 'coordinator', institution: 'SEGEPLAN' },
  { email: 'coordinador.minfin@ciclo.test', name: 'Coordinación MINFIN-DTP', role: 'coordinator', institution: 'MINFIN' },
  // MINFIN both submits and approves its own stages (ceilings, consolidation...): four eyes need a second person.
  { email: 'revisor.minfin@ciclo.test', name: 'Revisión MINFIN-DTP', role: 'coordinator', institution: 'MINFIN' },
  ...ministries.flatMap((m): DemoUser[] => [
    { email: `planificador.${m.code.toLowerCase()}@ciclo.test`, name: `Dirección de Planificación ${m.code}`, role: 'planner', institution: m.code },
    { email: `director.${m.code.toLowerCase()}@ciclo.test`, name: `Director de Planificación ${m.code}`, role: 'director', institution: m.code },
    { email: `autoridad.${m.code.toLowerCase()}@ciclo.test`, name: `Autoridad superior ${m.code}`, role: 'authority', institution: m.code },
  ]),
];

/** The fiscal year whose planning starts next January: its dates fall in the coming year. */
export function demoFiscalYear(now = new Date()): number {
  return now.getUTCFullYear() + 2;
}

/** The built-in calendars (Guatemala, Peru), added once; edits made later are kept. */
export async function seedCalendarTemplates(db: Database): Promise<void> {
  for (const template of builtInTemplates) {
    await db.calendarTemplate.upsert({
      where: { code: template.code },
      update: {},
      create: { code: template.code, jurisdiction: template.jurisdiction, nameEs: template.name.es, nameEn: template.name.en, definition: template as unknown as Prisma.InputJsonValue },
    });
  }
}

/**
 * Loads the demo unless the database holds accounts of real people (any but the demo's): their
 * installation must never gain accounts whose password is public. Answers whether it loaded.
 */
export async function seedDemo(db: Database, fiscalYear = demoFiscalYear()): Promise<boolean> {
  if ((await db.user.count({ where: { email: { notIn: users.map((u) => u.email) } } })) > 0) return false;
  await seedCalendarTemplates(db);
  const ids = new Map<string, string>();
  for (const inst of institutions) {
    const row = await db.institution.upsert({ where: { code: inst.code }, update: {}, create: { ...inst } });
    ids.set(inst.code, row.id);
  }
  const existing = new Set((await db.user.findMany({ select: { email: true } })).map((u) => u.email));
  // One hash for the demo's one public password: scrypt is slow on purpose.
  const passwordHash = await hashPassword(demoPassword);
  for (const user of users.filter((u) => !existing.has(u.email))) {
    await db.user.create({
      data: {
        email: user.email,
        name: user.name,
        role: user.role,
        institutionId: user.institution ? ids.get(user.institution) : null,
        passwordHash,
      },
    });
  }
  const cycle = await db.cycle.upsert({
    where: { jurisdiction_fiscalYear_phase: { jurisdiction: demoJurisdiction, fiscalYear, phase: 'planning' } },
    update: {},
    create: { jurisdiction: demoJurisdiction, fiscalYear },
  });
  for (const ministry of ministries) {
    const institutionId = ids.get(ministry.code)!;
    await db.stage.upsert({
      where: { cycleId_institutionId_code: { cycleId: cycle.id, institutionId, code: strategicReview.code } },
      update: {},
      create: {
        cycleId: cycle.id,
        institutionId,
        code: strategicReview.code,
        name: strategicReview.name.es,
        deadline: new Date(strategicReview.deadline(fiscalYear)),
        approvalChain: [{ role: 'authority', institutionId }],
        workflowId: stageWorkflowId({ jurisdiction: demoJurisdiction, fiscalYear, institutionCode: ministry.code, stageCode: strategicReview.code }),
      },
    });
  }
  await seedClassifierCatalogues(db);
  await seedDemoContent(db, fiscalYear);
  return true;
}
