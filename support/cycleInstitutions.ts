// The institutions of a large cycle, for the crash test and the engine benchmarks: the pilot
// ministries and synthetic ones, each with its planner, director and authority and MAGA's plan
// content (so every gate of every stage can be met), and a session for everyone who acts.
import { demoPassword, seedDemo } from '../prisma/seed';
import { demoContent, seedInstitutionContent } from '../prisma/seedContent';
import { hashPassword } from '../src/auth/passwords';
import { openSession } from '../src/auth/sessions';
import type { Database } from '../src/db/prisma';
import type { CalendarTemplate } from '../src/domain/calendar/template';

/** The pilot ministries of the demo seed. */
export const ministries = ['MSPAS', 'MINEDUC', 'MAGA', 'CIV'] as const;

/** Institutions seeded at once: more only queue on the connection pool. */
const parallel = 4;

/** The four pilot ministries and synthetic ones up to `count`, each with its three people and MAGA's content. */
export async function seedInstitutions(db: Database, count: number, fiscalYear: number): Promise<string[]> {
  await seedDemo(db, fiscalYear);
  const codes: string[] = ministries.slice(0, count);
  const content = demoContent(fiscalYear).find((d) => d.institutionCode === 'MAGA')!;
  const passwordHash = await hashPassword(demoPassword);
  const people = [
    { role: 'planner', prefix: 'planificador', name: 'Dirección de Planificación' },
    { role: 'director', prefix: 'director', name: 'Director de Planificación' },
    { role: 'authority', prefix: 'autoridad', name: 'Autoridad superior' },
  ] as const;
  const added = Array.from({ length: Math.max(0, count - ministries.length) }, (_, i) => `ENT${String(i + ministries.length + 1).padStart(2, '0')}`);
  for (let i = 0; i < added.length; i += parallel) {
    await Promise.all(
      added.slice(i, i + parallel).map(async (code) => {
        const institution = await db.institution.create({ data: { code, name: `Entidad de prueba ${code}`, kind: 'ministry', sector: 'Pruebas' } });
        await db.user.createMany({ data: people.map((p) => ({ email: `${p.prefix}.${code.toLowerCase()}@ciclo.test`, name: `${p.name} ${code}`, role: p.role, institutionId: institution.id, passwordHash })) });
        await seedInstitutionContent(db, { ...content, institutionCode: code }, fiscalYear);
      }),
    );
  }
  return [...codes, ...added];
}

/** A session for everyone who acts, by role and institution. */
export async function openSessions(db: Database) {
  const users = await db.user.findMany({ where: { role: { in: ['admin', 'coordinator', 'planner', 'director', 'authority'] } }, orderBy: { email: 'asc' } });
  // Two people per role and institution where there are: four eyes need another to approve.
  const tokens = new Map<string, string[]>();
  for (const user of users) {
    const key = `${user.role}:${user.institutionId ?? ''}`;
    const held = tokens.get(key) ?? [];
    if (held.length < 2) tokens.set(key, [...held, await openSession(db, user.id, 24)]);
  }
  /** The nth person (0 or 1) of the role in the institution; the first when there is only one. */
  return (role: string, institutionId: string, nth = 0) => {
    const held = tokens.get(`${role}:${institutionId}`);
    if (!held) throw new Error(`nadie con el rol ${role} en ${institutionId}`);
    return held[Math.min(nth, held.length - 1)]!;
  };
}

/** How many stages a cycle of `institutions` has on `template`: each institution's own, plus the coordinators' once. */
export function stagesInCycle(template: CalendarTemplate, institutions: number): number {
  const perInstitution = template.stages.filter((stage) => stage.scope === 'institution').length;
  return perInstitution * institutions + template.stages.length - perInstitution;
}
