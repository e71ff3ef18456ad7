// `npm run seed:national` on a real database: the whole public sector registered once, the
// demo's institutions kept as they are, a second run adding nothing.
import { describe, expect, it } from 'vitest';
import { publicSector } from '../../prisma/catalogues/publicSector';
import { seedNational } from '../../prisma/seedNational';
import { useTestDatabase } from '../support/testDatabase';

const database = useTestDatabase(2028);

describe('seed:national', () => {
  it('when run on the demo, then every ministry, secretariat, entity and the 340 municipalities are there, and the demo coordinators keep their kind', async () => {
    const before = await database.db.institution.count();
    const summary = await seedNational(database.db);
    expect(summary.institutions).toBeGreaterThanOrEqual(400);
    expect(summary.byKind.municipality).toBe(340);
    expect(summary.byKind.ministry).toBe(14 - 1); // MINFIN stays a coordinator
    expect(summary.added).toBe(publicSector().length - before);
    expect(await database.db.institution.findUniqueOrThrow({ where: { code: 'MINFIN' } })).toMatchObject({ kind: 'coordinator', departmentCode: '01', shortName: 'MINFIN' });
    expect(await database.db.institution.findUniqueOrThrow({ where: { code: 'MUNI-0401' } })).toMatchObject({
      kind: 'municipality',
      departmentCode: '04',
      municipalityCode: '0401',
      budgetEntityCode: '12100401',
      name: expect.stringMatching(/^Municipalidad de Chimaltenango$/),
    });
    const municipalitiesPerDepartment = await database.db.institution.groupBy({ by: ['departmentCode'], where: { kind: 'municipality' }, _count: true });
    expect(municipalitiesPerDepartment).toHaveLength(22);
    const mixco = await database.db.institution.findUniqueOrThrow({ where: { code: 'MUNI-0108' }, include: { coordinators: true } });
    expect(mixco.coordinators.map((c) => c.code).sort()).toEqual(['MINFIN', 'SEGEPLAN']);
  });

  it('when run again, then nothing is added', async () => {
    const again = await seedNational(database.db);
    expect(again.added).toBe(0);
  });
});
