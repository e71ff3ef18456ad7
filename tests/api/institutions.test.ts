// The public sector as data: institutions created, edited, filtered and imported in bulk (all or
// nothing), and a cycle started for the institutions a filter chooses.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { seedNational } from '../../prisma/seedNational';
import { useTestStack } from '../support/useTestStack';

let coordinator: string;
let planner: string;

const stack = useTestStack(async (stack) => {
  [coordinator, planner] = await stack.signIn('coordinador.segeplan@ciclo.test', 'planificador.mspas@ciclo.test');
});

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const csv = (lines: string[]) => lines.join('\n');
const header = 'code,budgetEntityCode,name,shortName,kind,sector,departmentCode,municipalityCode,timeZone,active,coordinatorCodes';

describe('/api/institutions', () => {
  it('when a coordinator registers an institution with its seat and coordinators, then it reads back and lists under its filters', async () => {
    const created = await stack.api('POST', '/institutions', {
      token: coordinator,
      body: { code: 'INAB-T', name: 'Instituto Nacional de Bosques (prueba)', kind: 'decentralised', sector: 'Ambiente', municipalityCode: '0101', budgetEntityCode: '11140099', coordinatorCodes: ['SEGEPLAN', 'MINFIN'] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'INAB-T', kind: 'decentralised', departmentCode: '01', municipalityCode: '0101', active: true, timeZone: 'America/Guatemala', coordinatorCodes: ['MINFIN', 'SEGEPLAN'] });

    const listed = await stack.api('GET', `/institutions?filter=${q({ kind: ['decentralised'], departmentCode: '01', active: true })}`, { token: coordinator });
    expect(listed.status).toBe(200);
    expect(listed.body.map((i: { code: string }) => i.code)).toContain('INAB-T');
    expect(listed.headers.get('content-range')).toMatch(/^institutions 0-\d+\/\d+$/);

    const edited = await stack.api('PUT', `/institutions/${created.body.id}`, { token: coordinator, body: { ...created.body, active: false, coordinatorCodes: ['SEGEPLAN'] } });
    expect(edited).toMatchObject({ status: 200, body: { active: false, coordinatorCodes: ['SEGEPLAN'] } });
  });

  it('when the seat is not in the classifier or a coordinator is not one, then 422 names each field and nothing is written', async () => {
    const answer = await stack.api('POST', '/institutions', {
      token: coordinator,
      body: { code: 'MALO', name: 'Institución mal escrita', kind: 'secretariat', departmentCode: '04', municipalityCode: '0499', coordinatorCodes: ['MSPAS'] },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toMatchObject({ municipalityCode: expect.stringContaining('0499'), coordinatorCodes: expect.stringContaining('MSPAS') });
    expect(await stack.db.institution.findUnique({ where: { code: 'MALO' } })).toBeNull();
    const mismatch = await stack.api('POST', '/institutions', { token: coordinator, body: { code: 'MALO', name: 'Institución mal escrita', kind: 'secretariat', departmentCode: '05', municipalityCode: '0401' } });
    expect(mismatch).toMatchObject({ status: 422, body: { errors: { municipalityCode: expect.stringContaining('departamento') } } });
  });

  it('when a planner lists or writes institutions, then only their own is listed and writing is refused', async () => {
    const listed = await stack.api('GET', '/institutions', { token: planner });
    expect(listed.body.map((i: { code: string }) => i.code)).toEqual(['MSPAS']);
    const refused = await stack.api('POST', '/institutions', { token: planner, body: { code: 'OTRA', name: 'Otra institución', kind: 'other' } });
    expect(refused.status).toBe(403);
  });

  it('when a file of institutions is imported as CSV and the same as XLSX, then rows are created, then updated by code', async () => {
    const lines = [
      header,
      'SEC-T1,,Secretaría de prueba uno,ST1,secretariat,Coordinación,1,,,,SEGEPLAN;MINFIN',
      'MUNI-T2,,Municipalidad de prueba,,municipalidad,Municipal,400,401,,sí,MINFIN',
    ];
    const first = await stack.api('POST', '/imports/institutions?format=csv', { token: coordinator, rawBody: csv(lines), contentType: 'text/csv' });
    expect(first).toMatchObject({ status: 200, body: { created: 2, updated: 0, institutions: 2 } });
    expect(await stack.db.institution.findUniqueOrThrow({ where: { code: 'MUNI-T2' } })).toMatchObject({ kind: 'municipality', departmentCode: '04', municipalityCode: '0401' });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('instituciones');
    sheet.addRow(header.split(','));
    sheet.addRow(['SEC-T1', null, 'Secretaría de prueba uno, renombrada', 'ST1', 'secretariat', 'Coordinación', 1, null, null, true, 'SEGEPLAN']);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const second = await stack.api('POST', '/imports/institutions?format=xlsx', { token: coordinator, rawBody: xlsx });
    expect(second).toMatchObject({ status: 200, body: { created: 0, updated: 1 } });
    const renamed = await stack.db.institution.findUniqueOrThrow({ where: { code: 'SEC-T1' }, include: { coordinators: true } });
    expect(renamed).toMatchObject({ name: 'Secretaría de prueba uno, renombrada', departmentCode: '01' });
    expect(renamed.coordinators.map((c) => c.code)).toEqual(['SEGEPLAN']);
  });

  it('when a file has problems in several rows, then every one is listed with its row and column and nothing is written', async () => {
    const before = await stack.db.institution.count();
    const lines = [
      header,
      'OK-T3,,Institución correcta,,other,,,,,,',
      'DUP-T4,,Primera,,other,,,,,,',
      'DUP-T4,,Repetida,,other,,,,,,',
      'BAD-T5,,Mala,,planeta,,99,,Marte/Olympus,quizá,MSPAS',
    ];
    const answer = await stack.api('POST', '/imports/institutions?format=csv', { token: coordinator, rawBody: csv(lines), contentType: 'text/csv' });
    expect(answer.status).toBe(422);
    const where = answer.body.problems.map((p: { row: number; column: string }) => `${p.row}:${p.column}`);
    expect(where).toEqual(expect.arrayContaining(['4:code', '5:kind', '5:timeZone', '5:active']));
    expect(answer.body.message).toMatch(/no se importó ninguna institución/);
    expect(await stack.db.institution.count()).toBe(before);
  });

  it('when a planner imports institutions, then 403', async () => {
    const answer = await stack.api('POST', '/imports/institutions?format=csv', { token: planner, rawBody: csv([header, 'X-T6,,Otra,,other,,,,,,']), contentType: 'text/csv' });
    expect(answer.status).toBe(403);
    expect(await stack.db.institution.findUnique({ where: { code: 'X-T6' } })).toBeNull();
  });
});

describe('a cycle for the institutions a filter chooses', () => {
  it('when the public sector is registered and a coordinator starts a cycle for the municipalities of two departments, then exactly those take part', async () => {
    await seedNational(stack.db);
    const facets = await stack.api('GET', '/institutions/facets', { token: coordinator });
    expect(facets.status).toBe(200);
    expect(facets.body.kinds).toEqual(expect.arrayContaining([{ kind: 'municipality', count: expect.any(Number) }]));
    expect(facets.body.departments).toEqual(expect.arrayContaining([{ code: '04', name: 'CHIMALTENANGO', count: expect.any(Number) }]));

    const filter = { kinds: ['municipality'], departmentCodes: ['04', '22'] };
    const expected = await stack.db.institution.findMany({ where: { kind: 'municipality', active: true, departmentCode: { in: ['04', '22'] } }, select: { code: true } });
    expect(expected.length).toBeGreaterThan(20);
    const started = await stack.api('POST', '/cycles', { token: coordinator, body: { fiscalYear: 2031, templateCode: 'GT-MUNICIPAL', institutionFilter: filter } });
    expect(started).toMatchObject({ status: 201, body: { institutions: expected.length } });
    const members = await stack.db.institutionCycle.findMany({ where: { cycleId: started.body.id }, include: { institution: true } });
    expect(members.map((m) => m.institution.code).sort()).toEqual(expected.map((e) => e.code).sort());
  });

  it('when the filter chooses nobody, or both a list and a filter are given, then the cycle is refused and none is created', async () => {
    const cycles = await stack.db.cycle.count();
    const nobody = await stack.api('POST', '/cycles', { token: coordinator, body: { fiscalYear: 2032, templateCode: 'GT-ANUAL', institutionFilter: { sectors: ['Ninguno'] } } });
    expect(nobody).toMatchObject({ status: 422, body: { message: expect.stringContaining('Ninguna institución') } });
    const both = await stack.api('POST', '/cycles', { token: coordinator, body: { fiscalYear: 2032, templateCode: 'GT-ANUAL', institutionCodes: ['MSPAS'], institutionFilter: {} } });
    expect(both.status).toBe(422);
    expect(await stack.db.cycle.count()).toBe(cycles);
  });
});
