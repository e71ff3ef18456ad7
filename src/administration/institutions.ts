// The institutions of the public sector as data: listed and filtered for the console and for
// starting a cycle, created and edited by admins and coordinators, and imported in bulk (all or
// nothing). A record's seat is checked against the geographic classifier, and the coordinators it
// answers to must be coordinating institutions.
import type { z } from 'zod';
import type { Database } from '../db/prisma';
import { recordChange, type DataChange } from '../audit/recordChange';
import { Refusal } from '../domain/refusal';
import type { Prisma } from '../db/generated/client';
import type { institutionFilter, institutionListQuery, InstitutionInput } from '../api/schemas';
import type { InstitutionRecord } from '../api/responses';

export type InstitutionFilter = z.output<typeof institutionFilter>;
type ListFilter = NonNullable<z.output<typeof institutionListQuery>['filter']>;


const presented = {
  id: true,
  code: true,
  budgetEntityCode: true,
  name: true,
  shortName: true,
  kind: true,
  sector: true,
  departmentCode: true,
  municipalityCode: true,
  timeZone: true,
  active: true,
  coordinators: { select: { code: true }, orderBy: { code: 'asc' } },
} as const satisfies Prisma.InstitutionSelect;

type StoredInstitution = Prisma.InstitutionGetPayload<{ select: typeof presented }>;

export function presentInstitution({ coordinators, ...institution }: StoredInstitution): InstitutionRecord {
  return { ...institution, coordinatorCodes: coordinators.map((c) => c.code) };
}

const many = <T>(value: T | T[] | undefined) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

/** The where clause of a list filter; `scope` keeps one institution (a planner's own). */
export function institutionWhere(filter: ListFilter, scope?: string): Prisma.InstitutionWhereInput {
  const [kinds, sectors, departments] = [many(filter.kind), many(filter.sector), many(filter.departmentCode)];
  const q = filter.q?.trim();
  return {
    ...(scope !== undefined ? { id: scope } : {}),
    ...(filter.id ? { id: { in: filter.id, ...(scope !== undefined ? { equals: scope } : {}) } } : {}),
    ...(kinds ? { kind: { in: kinds } } : {}),
    ...(sectors ? { sector: { in: sectors } } : {}),
    ...(departments ? { departmentCode: { in: departments } } : {}),
    ...(filter.active !== undefined ? { active: filter.active } : {}),
    ...(q
      ? {
          OR: [
            { code: { contains: q, mode: 'insensitive' } },
            { name: { contains: q, mode: 'insensitive' } },
            { shortName: { contains: q, mode: 'insensitive' } },
            { budgetEntityCode: { startsWith: q } },
          ],
        }
      : {}),
  };
}

export async function listInstitutions(db: Database, where: Prisma.InstitutionWhereInput, orderBy: Prisma.InstitutionOrderByWithRelationInput, skip: number, take: number) {
  const [rows, total] = await Promise.all([db.institution.findMany({ where, orderBy: [orderBy, { code: 'asc' }], skip, take, select: presented }), db.institution.count({ where })]);
  return { records: rows.map(presentInstitution), total };
}

export async function findInstitution(db: Database, id: string): Promise<InstitutionRecord | null> {
  const row = await db.institution.findUnique({ where: { id }, select: presented });
  return row && presentInstitution(row);
}

/** The codes of the active institutions a cycle filter chooses; coordinators never take part. */
export async function institutionCodesMatching(db: Database, filter: InstitutionFilter): Promise<string[]> {
  const rows = await db.institution.findMany({
    where: {
      active: true,
      kind: filter.kinds?.length ? { in: filter.kinds.filter((k) => k !== 'coordinator') } : { not: 'coordinator' },
      ...(filter.sectors?.length ? { sector: { in: filter.sectors } } : {}),
      ...(filter.departmentCodes?.length ? { departmentCode: { in: filter.departmentCodes } } : {}),
    },
    select: { code: true },
    orderBy: { code: 'asc' },
  });
  return rows.map((r) => r.code);
}

/** The choices of the console's filters, with how many active institutions each holds. */
export async function institutionFacets(db: Database) {
  const [kinds, sectors, departments] = await Promise.all([
    db.institution.groupBy({ by: ['kind'], where: { active: true }, _count: true, orderBy: { kind: 'asc' } }),
    db.institution.groupBy({ by: ['sector'], where: { active: true, sector: { not: null } }, _count: true, orderBy: { sector: 'asc' } }),
    db.institution.groupBy({ by: ['departmentCode'], where: { active: true, departmentCode: { not: null } }, _count: true, orderBy: { departmentCode: 'asc' } }),
  ]);
  const names = await db.classifierEntry.findMany({
    where: { catalogue: 'geografia', code: { in: departments.map((d) => d.departmentCode!) } },
    select: { code: true, name: true },
  });
  const nameOf = new Map(names.map((n) => [n.code, n.name]));
  return {
    kinds: kinds.map((k) => ({ kind: k.kind, count: k._count })),
    sectors: sectors.map((s) => ({ sector: s.sector!, count: s._count })),
    departments: departments.map((d) => ({ code: d.departmentCode!, name: nameOf.get(d.departmentCode!) ?? d.departmentCode!, count: d._count })),
  };
}

/** What the database must confirm of a batch of records: seats in the classifier, coordinators that coordinate. */
async function referenceProblems(db: Database, inputs: InstitutionInput[]): Promise<Map<number, Record<string, string>>> {
  const places = [...new Set(inputs.flatMap((i) => [i.departmentCode, i.municipalityCode]).filter((c): c is string => c !== null))];
  const coordinatorCodes = [...new Set(inputs.flatMap((i) => i.coordinatorCodes))];
  const [knownPlaces, coordinators] = await Promise.all([
    db.classifierEntry.findMany({ where: { catalogue: 'geografia', code: { in: places } }, select: { code: true } }),
    db.institution.findMany({ where: { code: { in: coordinatorCodes }, kind: 'coordinator' }, select: { code: true } }),
  ]);
  const placeSet = new Set(knownPlaces.map((p) => p.code));
  // A coordinator created in the same batch counts too.
  const coordinatorSet = new Set([...coordinators.map((c) => c.code), ...inputs.filter((i) => i.kind === 'coordinator').map((i) => i.code)]);
  const problems = new Map<number, Record<string, string>>();
  inputs.forEach((input, index) => {
    const errors: Record<string, string> = {};
    if (input.departmentCode && !placeSet.has(input.departmentCode)) errors.departmentCode = `el departamento ${input.departmentCode} no está en el clasificador geográfico`;
    if (input.municipalityCode && !placeSet.has(input.municipalityCode)) errors.municipalityCode = `el municipio ${input.municipalityCode} no está en el clasificador geográfico`;
    const notCoordinators = input.coordinatorCodes.filter((c) => !coordinatorSet.has(c));
    if (notCoordinators.length) errors.coordinatorCodes = `no son entes coordinadores: ${notCoordinators.join(', ')}`;
    if (input.coordinatorCodes.includes(input.code)) errors.coordinatorCodes = 'una institución no se coordina a sí misma';
    if (Object.keys(errors).length) problems.set(index, errors);
  });
  return problems;
}

/** The department follows from the municipality when only the latter is given. */
function withSeat(input: InstitutionInput): InstitutionInput {
  return input.municipalityCode && !input.departmentCode ? { ...input, departmentCode: input.municipalityCode.slice(0, 2) } : input;
}

function institutionData({ coordinatorCodes, ...fields }: InstitutionInput) {
  return { fields, coordinators: coordinatorCodes.map((code) => ({ code })) };
}

async function uniquenessProblems(db: Database, input: InstitutionInput, id?: string): Promise<Record<string, string>> {
  const [byCode, byEntity] = await Promise.all([
    db.institution.findUnique({ where: { code: input.code }, select: { id: true } }),
    input.budgetEntityCode ? db.institution.findUnique({ where: { budgetEntityCode: input.budgetEntityCode }, select: { id: true, code: true } }) : null,
  ]);
  const errors: Record<string, string> = {};
  if (byCode && byCode.id !== id) errors.code = `ya existe una institución con el código ${input.code}`;
  if (byEntity && byEntity.id !== id) errors.budgetEntityCode = `el código de entidad ${input.budgetEntityCode} ya es de ${byEntity.code}`;
  return errors;
}

type AuditActor = DataChange['actor'];

export async function createInstitution(db: Database, raw: InstitutionInput, actor: AuditActor): Promise<InstitutionRecord> {
  const input = withSeat(raw);
  const errors = { ...(await uniquenessProblems(db, input)), ...(await referenceProblems(db, [input])).get(0) };
  if (Object.keys(errors).length) throw new Refusal('invalid', 'La institución no se puede crear', errors);
  const { fields, coordinators } = institutionData(input);
  return db.$transaction(async (tx) => {
    const record = presentInstitution(await tx.institution.create({ data: { ...fields, coordinators: { connect: coordinators } }, select: presented }));
    await recordChange(tx, { actor, entity: 'institutions', entityId: record.id, institutionId: record.id, action: 'created', after: record });
    return record;
  });
}

export async function updateInstitution(db: Database, id: string, raw: InstitutionInput, actor: AuditActor): Promise<InstitutionRecord | null> {
  const stored = await db.institution.findUnique({ where: { id }, select: presented });
  if (!stored) return null;
  const existing = presentInstitution(stored);
  const input = withSeat(raw);
  const errors = { ...(await uniquenessProblems(db, input, id)), ...(await referenceProblems(db, [input])).get(0) };
  // Cycles and templates name coordinators by kind: one stays one.
  if ((existing.kind === 'coordinator') !== (input.kind === 'coordinator')) errors.kind = 'un ente coordinador no puede pasar a ser otra clase de institución, ni al revés';
  if (Object.keys(errors).length) throw new Refusal('invalid', 'La institución no se puede guardar', errors);
  const { fields, coordinators } = institutionData(input);
  return db.$transaction(async (tx) => {
    const record = presentInstitution(await tx.institution.update({ where: { id }, data: { ...fields, coordinators: { set: coordinators } }, select: presented }));
    await recordChange(tx, { actor, entity: 'institutions', entityId: id, institutionId: id, action: 'updated', before: existing, after: record });
    return record;
  });
}

export interface InstitutionRow {
  /** The row a spreadsheet user sees. */
  row: number;
  input: InstitutionInput;
}
export interface InstitutionImportProblem {
  row: number;
  column: string;
  message: string;
}

/** Checks a whole file against the database; the problems, or none. Rows are matched by code. */
export async function institutionImportProblems(db: Database, rows: InstitutionRow[]): Promise<InstitutionImportProblem[]> {
  const problems: InstitutionImportProblem[] = [];
  const seenCodes = new Map<string, number>();
  const seenEntities = new Map<string, number>();
  for (const { row, input } of rows) {
    const firstRow = seenCodes.get(input.code);
    if (firstRow !== undefined) problems.push({ row, column: 'code', message: `el código ${input.code} ya está en la fila ${firstRow}` });
    else seenCodes.set(input.code, row);
    if (input.budgetEntityCode) {
      const entityRow = seenEntities.get(input.budgetEntityCode);
      if (entityRow !== undefined) problems.push({ row, column: 'budgetEntityCode', message: `el código de entidad ${input.budgetEntityCode} ya está en la fila ${entityRow}` });
      else seenEntities.set(input.budgetEntityCode, row);
    }
  }
  const inputs = rows.map((r) => withSeat(r.input));
  for (const [index, errors] of await referenceProblems(db, inputs)) {
    for (const [column, message] of Object.entries(errors)) problems.push({ row: rows[index]!.row, column, message });
  }
  const existing = await db.institution.findMany({
    where: { OR: [{ code: { in: inputs.map((i) => i.code) } }, { budgetEntityCode: { in: inputs.flatMap((i) => (i.budgetEntityCode ? [i.budgetEntityCode] : [])) } }] },
    select: { code: true, kind: true, budgetEntityCode: true },
  });
  const byCode = new Map(existing.map((e) => [e.code, e]));
  const entityOwner = new Map(existing.flatMap((e) => (e.budgetEntityCode ? [[e.budgetEntityCode, e.code] as const] : [])));
  rows.forEach(({ row }, index) => {
    const input = inputs[index]!;
    const stored = byCode.get(input.code);
    if (stored && (stored.kind === 'coordinator') !== (input.kind === 'coordinator')) {
      problems.push({ row, column: 'kind', message: `${input.code} es ${stored.kind}: un ente coordinador no cambia de clase, ni al revés` });
    }
    const owner = input.budgetEntityCode ? entityOwner.get(input.budgetEntityCode) : undefined;
    if (owner && owner !== input.code) problems.push({ row, column: 'budgetEntityCode', message: `el código de entidad ${input.budgetEntityCode} ya es de ${owner}` });
  });
  return problems.sort((a, b) => a.row - b.row);
}

/** Writes a checked file in one transaction: new codes created, known ones updated. */
export async function writeInstitutions(db: Database, rows: InstitutionRow[], actor?: AuditActor): Promise<{ created: number; updated: number }> {
  const inputs = rows.map((r) => withSeat(r.input));
  return db.$transaction(
    async (tx) => {
      const known = new Set((await tx.institution.findMany({ where: { code: { in: inputs.map((i) => i.code) } }, select: { code: true } })).map((i) => i.code));
      const fresh = inputs.filter((i) => !known.has(i.code));
      // Coordinators first, so that the others can name them.
      const ordered = [...fresh.filter((i) => i.kind === 'coordinator'), ...fresh.filter((i) => i.kind !== 'coordinator')];
      await tx.institution.createMany({ data: ordered.map((i) => institutionData(i).fields) });
      for (const input of inputs) {
        const { fields, coordinators } = institutionData(input);
        if (known.has(input.code)) await tx.institution.update({ where: { code: input.code }, data: { ...fields, coordinators: { set: coordinators } } });
        else if (coordinators.length) await tx.institution.update({ where: { code: input.code }, data: { coordinators: { connect: coordinators } } });
      }
      const counts = { created: fresh.length, updated: inputs.length - fresh.length };
      if (actor) {
        await recordChange(tx, {
          actor,
          entity: 'imports',
          entityId: 'institutions',
          action: 'imported',
          summary: { kind: 'institutions', rows: inputs.length, ...counts, createdCodes: fresh.map((i) => i.code), updatedCodes: inputs.filter((i) => known.has(i.code)).map((i) => i.code) },
        });
      }
      return counts;
    },
    { timeout: 120_000 },
  );
}
