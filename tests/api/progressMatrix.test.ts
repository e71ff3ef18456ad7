// The coordinators' progress matrix at national size, filtered and paged by the server: a page of
// the institutions that pass the search, sector, type, department and status filters, with how many
// pass, checked against the rows in the database.
import { describe, expect, it } from 'vitest';
import { cellMatches, type ProgressCell, type ProgressStatusFilter } from '../../src/domain/progressMatrix';
import { seedProgressCycle, type ProgressCycle } from '../../support/progressCycle';
import { useTestStack } from '../support/useTestStack';

const institutionCount = 60;
let coordinator: string;
let cycle: ProgressCycle;

const stack = useTestStack(async (stack) => {
  [coordinator] = await stack.signIn('coordinador.minfin@ciclo.test');
  cycle = await seedProgressCycle(stack.db, institutionCount, { fiscalYear: 2041, codePrefix: 'PAG' });
});

interface MatrixRow {
  institutionCode: string;
  cells: ProgressCell[];
}

async function matrix(query: string) {
  const answer = await stack.api('GET', `/cycles/${cycle.cycleId}/progress${query ? `?${query}` : ''}`, { token: coordinator });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as { institutions: MatrixRow[]; coordination: ProgressCell[]; coordinationMatches: boolean; total: number; matching: number; page: number; perPage: number | null };
}

const codesOf = (rows: MatrixRow[]) => rows.map((row) => row.institutionCode);

/** The cycle's institutions that the database says pass, in code order. */
async function expectedCodes(where: object) {
  const members = await stack.db.institutionCycle.findMany({ where: { cycleId: cycle.cycleId, institution: where }, select: { institution: { select: { code: true } } } });
  return members.map((m) => m.institution.code).sort();
}

describe('GET /api/cycles/:id/progress, filtered and paged', () => {
  it('when asked without parameters, then every institution comes at once, in code order', async () => {
    const whole = await matrix('');
    expect(whole).toMatchObject({ total: institutionCount, matching: institutionCount, page: 1, perPage: null, coordinationMatches: true });
    expect(codesOf(whole.institutions)).toEqual(await expectedCodes({}));
  });

  it('when a page is asked for, then only its institutions come, with the count of all', async () => {
    const all = await expectedCodes({});
    const second = await matrix('page=2&perPage=25');
    expect(second).toMatchObject({ total: institutionCount, matching: institutionCount, page: 2, perPage: 25 });
    expect(codesOf(second.institutions)).toEqual(all.slice(25, 50));
    const last = await matrix('page=3&perPage=25');
    expect(codesOf(last.institutions)).toEqual(all.slice(50));
    const past = await matrix('page=9&perPage=25');
    expect(past.institutions).toEqual([]);
    expect(past.matching).toBe(institutionCount);
  });

  it('when filtered by sector, type, department or search, then the count and the rows are the database\'s, and the coordinators\' row is left out', async () => {
    const health = await matrix('sector=Salud&perPage=4');
    const healthCodes = await expectedCodes({ sector: 'Salud' });
    expect(healthCodes.length).toBeGreaterThan(4);
    expect(health).toMatchObject({ matching: healthCodes.length, total: institutionCount, coordinationMatches: false });
    expect(codesOf(health.institutions)).toEqual(healthCodes.slice(0, 4));

    const municipalitiesOf04 = await matrix('kind=municipality&department=04');
    const expected = await expectedCodes({ kind: 'municipality', departmentCode: '04' });
    expect(expected.length).toBeGreaterThan(0);
    expect(codesOf(municipalitiesOf04.institutions)).toEqual(expected);
    expect(municipalitiesOf04.matching).toBe(expected.length);

    // By part of the code, or of the name, whatever the case.
    expect(codesOf((await matrix('q=pag005')).institutions)).toEqual(['PAG0050', 'PAG0051', 'PAG0052', 'PAG0053', 'PAG0054', 'PAG0055', 'PAG0056', 'PAG0057', 'PAG0058', 'PAG0059']);
    expect(codesOf((await matrix(`q=${encodeURIComponent('INSTITUCIÓN de prueba 17')}`)).institutions)).toEqual(['PAG0017']);
    expect((await matrix('q=ninguna-institucion')).matching).toBe(0);
  });

  it('when filtered by status, then every row of the page has such a cell and none that has one is missed', async () => {
    const whole = await matrix('');
    for (const status of ['submitted', 'in_review', 'approved', 'overdue'] satisfies ProgressStatusFilter[]) {
      const passing = whole.institutions.filter((row) => row.cells.some((cell) => cellMatches(cell, status)));
      expect(passing.length, status).toBeGreaterThan(0);
      expect(passing.length, status).toBeLessThan(institutionCount);
      const firstPage = await matrix(`status=${status}&perPage=5`);
      expect(firstPage.matching, status).toBe(passing.length);
      expect(codesOf(firstPage.institutions), status).toEqual(codesOf(passing.slice(0, 5)));
      const secondPage = await matrix(`status=${status}&perPage=5&page=2`);
      expect(codesOf(secondPage.institutions), status).toEqual(codesOf(passing.slice(5, 10)));
      expect(firstPage.coordinationMatches, status).toBe(whole.coordination.some((cell) => cellMatches(cell, status)));
    }
    // And with a sector: both filters hold.
    const healthOverdue = await matrix('status=overdue&sector=Salud');
    const healthCodes = new Set(await expectedCodes({ sector: 'Salud' }));
    expect(codesOf(healthOverdue.institutions)).toEqual(codesOf(whole.institutions.filter((row) => healthCodes.has(row.institutionCode) && row.cells.some((cell) => cellMatches(cell, 'overdue')))));
  });

  it('when a parameter is wrong, then 400 names it', async () => {
    for (const [query, path] of [
      ['perPage=0', 'perPage'],
      ['perPage=1001', 'perPage'],
      ['page=abc', 'page'],
      ['page=0', 'page'],
      ['kind=ministerio', 'kind'],
      ['status=late', 'status'],
      ['q=', 'q'],
    ]) {
      const answer = await stack.api('GET', `/cycles/${cycle.cycleId}/progress?${query}`, { token: coordinator });
      expect(answer.status, query).toBe(400);
      expect(JSON.stringify(answer.body), query).toContain(path!);
    }
  });
});
