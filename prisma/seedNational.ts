// The whole public sector for a national cycle (npm run seed:national): every institution of
// ./catalogues/publicSector.ts is added if missing; those there keep their kind and what was
// edited, and only get the fields they lack (short name, sector, seat, MINFIN entity code).
import type { Database } from '../src/db/prisma';
import { loadShippedCatalogues } from './catalogues/loadCatalogues';
import { publicSector } from './catalogues/publicSector';

export interface NationalSeedSummary {
  institutions: number;
  added: number;
  byKind: Record<string, number>;
}

export async function seedNational(db: Database): Promise<NationalSeedSummary> {
  await loadShippedCatalogues(db);
  const institutions = publicSector();
  const taken = new Set((await db.institution.findMany({ where: { budgetEntityCode: { not: null } }, select: { budgetEntityCode: true } })).map((i) => i.budgetEntityCode));
  return db.$transaction(
    async (tx) => {
      const { count: added } = await tx.institution.createMany({
        data: institutions.map((i) => ({ ...i, budgetEntityCode: i.budgetEntityCode && !taken.has(i.budgetEntityCode) ? i.budgetEntityCode : null })),
        skipDuplicates: true,
      });
      // Institutions already there (the demo's pilots and coordinators) get only what they lack.
      await tx.$executeRawUnsafe(
        `UPDATE "Institution" i SET
           "shortName" = coalesce(i."shortName", t.short_name),
           "sector" = coalesce(i."sector", t.sector),
           "departmentCode" = coalesce(i."departmentCode", t.department),
           "municipalityCode" = coalesce(i."municipalityCode", t.municipality)
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(code, short_name, sector, department, municipality)
         WHERE i.code = t.code`,
        institutions.map((i) => i.code),
        institutions.map((i) => i.shortName),
        institutions.map((i) => i.sector),
        institutions.map((i) => i.departmentCode),
        institutions.map((i) => i.municipalityCode),
      );
      // Each answers to the coordinators there are (SEGEPLAN and MINFIN in Guatemala), unless already set.
      const coordinators = await tx.institution.findMany({ where: { kind: 'coordinator' }, select: { code: true } });
      const unassigned = await tx.institution.findMany({ where: { kind: { not: 'coordinator' }, coordinators: { none: {} } }, select: { id: true } });
      for (const { id } of coordinators.length ? unassigned : []) {
        await tx.institution.update({ where: { id }, data: { coordinators: { connect: coordinators } } });
      }
      const byKind: Record<string, number> = {};
      for (const { kind, _count } of await tx.institution.groupBy({ by: ['kind'], _count: true })) byKind[kind] = _count;
      return { institutions: await tx.institution.count(), added, byKind };
    },
    { timeout: 60_000 },
  );
}
