// The execution year through the real API into a real PostgreSQL database: SICOIN's monthly
// budget execution imported (CSV, Excel) onto lines first imported with the budget lines import,
// and the physical execution of products entered as a content resource.
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { executionTemplateColumns } from '../../src/imports/executionLayout';
import { xlsxContentType } from '../../src/api/tableExport';
import { useTestStack } from '../support/useTestStack';

type Row = Record<string, string | number>;

let coordinator: string;
let plannerMspas: string;
let plannerMineduc: string;
const institutionIds: Record<string, string> = {};

/** A year the demo seed leaves empty, so every line and month there came from these imports. */
const year = 2030;
const entity = { ejercicio: year, codigoEntidad: '11130009' };

/** Three lines of MSPAS in MINFIN's layout, with what each was assigned. */
const lines = {
  central: { codigoPrograma: 1, programa: 'ACTIVIDADES CENTRALES', codigoSubPrograma: 0, codigoProyecto: 0, codigoActividad: 1, actividad: 'DIRECCIÓN Y COORDINACIÓN', codigoObra: 0, codigoRenglon: 11, codigoFuente: 11, codigoDepartamento: 1 },
  vaccination: { codigoPrograma: 11, programa: 'FOMENTO DE LA SALUD', codigoSubPrograma: 1, codigoProyecto: 0, codigoActividad: 2, actividad: 'VACUNACIÓN', codigoObra: 0, codigoRenglon: 266, codigoFuente: 21, codigoDepartamento: 5 },
  works: { codigoPrograma: 11, programa: 'FOMENTO DE LA SALUD', codigoSubPrograma: 1, codigoProyecto: 3, proyecto: 'CENTROS DE SALUD', codigoActividad: 0, codigoObra: 1, obra: 'CONSTRUCCIÓN CENTRO DE SALUD', codigoRenglon: 331, codigoFuente: 31, codigoDepartamento: 12 },
};
type LineName = keyof typeof lines;
const assigned: Record<LineName, number> = { central: 1_200_000, vaccination: 5_000_000, works: 750_000 };

/** As of the end of month m: the budget as assigned, a twelfth of it accrued each month, 90 % of that paid. */
function figures(line: LineName, month: number, factor = 1) {
  const devengado = Math.round(((assigned[line] * month) / 12) * factor * 100) / 100;
  return { vigente: assigned[line].toFixed(2), devengado: devengado.toFixed(2), pagado: (Math.round(devengado * 90) / 100).toFixed(2) };
}

function executionRow(line: LineName, month: number, factor = 1): Row {
  return { ...entity, ...lines[line], mes: month, ...figures(line, month, factor) };
}

function monthsOf(months: number[], factor = 1): Row[] {
  return months.flatMap((month) => (Object.keys(lines) as LineName[]).map((line) => executionRow(line, month, factor)));
}

function csvOf(rows: Row[], headers = [...new Set(rows.flatMap((row) => Object.keys(row)))]): string {
  return stringify([headers, ...rows.map((row) => headers.map((h) => row[h] ?? ''))]);
}

async function xlsxOf(rows: Row[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ejecución');
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((h) => (typeof row[h] === 'string' && /^\d+(\.\d+)?$/.test(row[h]) ? Number(row[h]) : (row[h] ?? ''))));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function importExecution(token: string, institution: string, file: string | Uint8Array, contentType: string, query = '') {
  return stack.api('POST', `/imports/budget-execution?institutionId=${institutionIds[institution] ?? institution}${query}`, { token, rawBody: file, contentType });
}

/** The stored lines of MSPAS for the year, by name, with their own figures. */
async function storedLines() {
  const stored = await stack.db.budgetLine.findMany({ where: { institutionId: institutionIds.MSPAS, fiscalYear: year } });
  const byObject: Record<string, LineName> = { '011': 'central', '266': 'vaccination', '331': 'works' };
  return Object.fromEntries(stored.map((l) => [byObject[l.objectCode]!, l])) as Record<LineName, (typeof stored)[number]>;
}

/** Every month stored for MSPAS's lines and every line's own figures: what a refused import must leave alone. */
async function executionState() {
  const months = await stack.db.budgetExecution.findMany({ where: { budgetLine: { institutionId: institutionIds.MSPAS } }, orderBy: [{ budgetLineId: 'asc' }, { month: 'asc' }] });
  const figuresOfLines = await stack.db.budgetLine.findMany({ where: { institutionId: institutionIds.MSPAS }, select: { id: true, vigente: true, devengado: true, pagado: true, updatedAt: true }, orderBy: { id: 'asc' } });
  return { count: await stack.db.budgetExecution.count(), months: months.map((m) => ({ ...m, updatedAt: m.updatedAt.toISOString() })), lines: figuresOfLines };
}

const decimal = (d: { toFixed(n: number): string } | null) => (d ? d.toFixed(2) : null);

const stack = useTestStack(async (stack) => {
  [coordinator, plannerMspas, plannerMineduc] = await stack.signIn('coordinador.minfin@ciclo.test', 'planificador.mspas@ciclo.test', 'planificador.mineduc@ciclo.test');
  for (const institution of await stack.db.institution.findMany()) institutionIds[institution.code] = institution.id;
  await stack.db.institution.update({ where: { code: 'MSPAS' }, data: { budgetEntityCode: '11130009' } });
  for (const [catalogue, code] of [...['011', '266', '331'].map((c) => ['objetoGasto', c] as const), ...['11', '21', '31'].map((c) => ['fuenteFinanciamiento', c] as const)]) {
    await stack.db.classifierEntry.upsert({ where: { catalogue_code: { catalogue, code } }, update: {}, create: { catalogue, code, name: `Código ${code}` } });
  }
  // The lines come first, through the budget lines import, with figures that execution will replace.
  const budget = (Object.keys(lines) as LineName[]).map((line) => ({ ...entity, ...lines[line], asignado: assigned[line].toFixed(2), vigente: assigned[line].toFixed(2), devengado: '0.00', pagado: '0.00' }));
  const imported = await stack.api('POST', `/imports/budget-lines?institutionId=${institutionIds.MSPAS}`, { token: plannerMspas, rawBody: csvOf(budget), contentType: 'text/csv' });
  expect(imported, JSON.stringify(imported.body)).toMatchObject({ status: 200, body: { linesCreated: 3 } });
});

describe('POST /api/imports/budget-execution', () => {
  it('when a CSV brings January and February of every line, then each month is stored and each line takes February’s figures', async () => {
    const answer = await importExecution(plannerMspas, 'MSPAS', csvOf(monthsOf([1, 2])), 'text/csv');
    expect(answer).toMatchObject({ status: 200, body: { fiscalYear: year, rows: 6, lines: 3, months: [1, 2], created: 6, updated: 0 } });
    const stored = await storedLines();
    const months = await stack.db.budgetExecution.findMany({ where: { budgetLineId: stored.vaccination.id }, orderBy: { month: 'asc' } });
    expect(months.map((m) => ({ month: m.month, vigente: decimal(m.vigente), devengado: decimal(m.devengado), pagado: decimal(m.pagado) }))).toEqual([
      { month: 1, vigente: '5000000.00', devengado: '416666.67', pagado: '375000.00' },
      { month: 2, vigente: '5000000.00', devengado: '833333.33', pagado: '750000.00' },
    ]);
    for (const line of Object.keys(lines) as LineName[]) {
      expect({ vigente: decimal(stored[line].vigente), devengado: decimal(stored[line].devengado), pagado: decimal(stored[line].pagado) }, line).toEqual(figures(line, 2));
    }
  });

  it('when an Excel file brings March with the year in the request and no ejercicio column, then March is stored and the lines move to it', async () => {
    const march = monthsOf([3]).map(({ ejercicio: _year, ...row }) => row);
    const answer = await importExecution(coordinator, 'MSPAS', await xlsxOf(march), xlsxContentType, `&fiscalYear=${year}`);
    expect(answer).toMatchObject({ status: 200, body: { fiscalYear: year, rows: 3, lines: 3, months: [3], created: 3, updated: 0 } });
    const stored = await storedLines();
    expect(await stack.db.budgetExecution.count({ where: { budgetLineId: stored.works.id } })).toBe(3);
    expect({ devengado: decimal(stored.works.devengado), pagado: decimal(stored.works.pagado) }).toEqual({ devengado: figures('works', 3).devengado, pagado: figures('works', 3).pagado });
  });

  it('when February is imported again with corrected figures, then its months are updated, not duplicated, and the lines keep March’s figures', async () => {
    const before = await stack.db.budgetExecution.count();
    const answer = await importExecution(plannerMspas, 'MSPAS', csvOf(monthsOf([2], 1.1)), 'text/csv');
    expect(answer).toMatchObject({ status: 200, body: { rows: 3, lines: 3, months: [2], created: 0, updated: 3 } });
    expect(await stack.db.budgetExecution.count()).toBe(before);
    const stored = await storedLines();
    const february = await stack.db.budgetExecution.findUniqueOrThrow({ where: { budgetLineId_month: { budgetLineId: stored.central.id, month: 2 } } });
    expect(decimal(february.devengado)).toBe(figures('central', 2, 1.1).devengado);
    expect(decimal(stored.central.devengado)).toBe(figures('central', 3).devengado);
  });

  it('when a file has several bad rows, then 422 lists each with its row and column, and nothing is written, not even the good rows', async () => {
    const before = await executionState();
    const rows = monthsOf([4]);
    rows[0] = { ...rows[0]!, mes: 13 };
    rows[1] = { ...rows[1]!, devengado: '6,000,000.00' };
    rows.push({ ...executionRow('central', 5), pagado: '' }, executionRow('vaccination', 5));
    const answer = await importExecution(plannerMspas, 'MSPAS', csvOf(rows), 'text/csv');
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({
      message: 'El archivo tiene 3 errores; no se importó nada',
      errors: {},
      problems: [
        { row: 2, column: 'mes', message: 'debe ser un mes de 1 a 12' },
        { row: 3, column: 'devengado', message: '6000000.00 supera el vigente (5000000.00)' },
        { row: 5, column: 'pagado', message: 'es obligatorio' },
      ],
    });
    expect(await executionState()).toEqual(before);
  });

  it('when a row names a line MSPAS does not have, then 422 names that row and the columns that do not match, and nothing is written', async () => {
    const before = await executionState();
    const rows = [...monthsOf([4]), { ...executionRow('vaccination', 4), codigoFuente: 31 }, { ...executionRow('vaccination', 4), codigoActividad: 7 }];
    const answer = await importExecution(plannerMspas, 'MSPAS', csvOf(rows), 'text/csv');
    expect(answer.status).toBe(422);
    expect(answer.body.problems).toEqual([
      {
        row: 5,
        column: 'codigoRenglon, codigoFuente, codigoDepartamento',
        message: `la categoría 11-01-000-002-000 no tiene en ${year} una línea con renglón 266, fuente 31 y departamento 05: importe antes las líneas presupuestarias`,
      },
      { row: 6, column: 'codigoPrograma, codigoSubPrograma, codigoProyecto, codigoActividad, codigoObra', message: `la categoría programática 11-01-000-007-000 no existe en ${year}: importe antes las líneas presupuestarias` },
    ]);
    expect(await executionState()).toEqual(before);

    // The same lines in a year that has none: every row is unknown there.
    const otherYear = await importExecution(plannerMspas, 'MSPAS', csvOf(monthsOf([4]).map((row) => ({ ...row, ejercicio: 2031 }))), 'text/csv');
    expect(otherYear.status).toBe(422);
    expect(otherYear.body.problems).toHaveLength(3);
    expect(await executionState()).toEqual(before);
  });

  it('when a line’s devengado or pagado goes down from one month to a later one in the file, then 422 names the later row and nothing is written', async () => {
    const before = await executionState();
    const rows = [...monthsOf([4]), ...monthsOf([5])];
    rows[4] = { ...rows[4]!, devengado: figures('vaccination', 3).devengado, pagado: figures('vaccination', 3).pagado };
    const answer = await importExecution(plannerMspas, 'MSPAS', csvOf(rows), 'text/csv');
    expect(answer.status).toBe(422);
    expect(answer.body.problems).toEqual([
      { row: 6, column: 'devengado', message: expect.stringMatching(/^el devengado acumulado del mes 5 \(1250000\.00\) es menor que el del mes 4 \(1666666\.67, fila 3\)/) },
      { row: 6, column: 'pagado', message: expect.stringMatching(/^el pagado acumulado del mes 5 \(1125000\.00\) es menor que el del mes 4 \(1500000\.00, fila 3\)/) },
    ]);
    expect(await executionState()).toEqual(before);
  });

  it('when the file and the request disagree on the year, or the request is malformed, then a 4xx in Spanish and nothing is written', async () => {
    const before = await executionState();
    const mismatch = await importExecution(plannerMspas, 'MSPAS', csvOf(monthsOf([4])), 'text/csv', '&fiscalYear=2031');
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.problems[0]).toEqual({ row: 2, column: 'ejercicio', message: `es ${year}, pero se importa la ejecución de 2031` });
    const badYear = await importExecution(plannerMspas, 'MSPAS', csvOf(monthsOf([4])), 'text/csv', '&fiscalYear=MMXXX');
    expect(badYear).toMatchObject({ status: 400, body: { errors: { fiscalYear: 'debe ser un año entre 2000 y 2100' } } });
    const noFile = await importExecution(plannerMspas, 'MSPAS', '', 'text/csv');
    expect(noFile).toMatchObject({ status: 422, body: { message: 'Falta el archivo: envíelo como cuerpo de la solicitud' } });
    const noColumns = await importExecution(plannerMspas, 'MSPAS', 'ejercicio,codigoPrograma\n2030,11\n', 'text/csv');
    expect(noColumns.status).toBe(422);
    expect(noColumns.body.problems.map((p: { column: string }) => p.column)).toEqual(['codigoRenglon', 'codigoFuente', 'mes', 'vigente', 'devengado', 'pagado']);
    expect(await executionState()).toEqual(before);
  });

  it('when MINEDUC’s planner or MSPAS’s authority imports into MSPAS, then 403 and nothing is written', async () => {
    const before = await executionState();
    const answer = await importExecution(plannerMineduc, 'MSPAS', csvOf(monthsOf([4])), 'text/csv');
    expect(answer).toMatchObject({ status: 403, body: { message: 'Solo puede importar el presupuesto de su propia institución' } });
    const authority = await stack.login('autoridad.mspas@ciclo.test');
    expect((await importExecution(authority, 'MSPAS', csvOf(monthsOf([4])), 'text/csv')).status).toBe(403);
    expect(await executionState()).toEqual(before);
  });

  it('when the CSV template is downloaded and filled in, then it has the execution headers and imports', async () => {
    const template = await stack.api('GET', '/imports/budget-execution/template?format=csv', { token: plannerMspas });
    expect(template.status).toBe(200);
    expect(template.headers.get('content-disposition')).toBe('attachment; filename="plantilla-ejecucion-presupuestaria.csv"');
    const [headers, ...rest] = parseCsv(Buffer.from(template.bytes), { bom: true }) as string[][];
    expect(headers).toEqual([...executionTemplateColumns]);
    expect(rest).toEqual([]);
    const filled = await importExecution(plannerMspas, 'MSPAS', csvOf(monthsOf([4]), headers), 'text/csv');
    expect(filled).toMatchObject({ status: 200, body: { rows: 3, months: [4], created: 3 } });

    const xlsx = await stack.api('GET', '/imports/budget-execution/template?format=xlsx', { token: plannerMspas });
    expect(xlsx.headers.get('content-type')).toBe(xlsxContentType);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ExcelJS.Buffer);
    expect((workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual([...executionTemplateColumns]);
  });
});

describe('physical executions', () => {
  it('when a planner enters a product’s months, then they are created and listed; month 13 is refused with 400 and a month entered twice with 409', async () => {
    const product = await stack.db.product.findFirstOrThrow({ where: { institutionId: institutionIds.MSPAS }, orderBy: { code: 'asc' } });
    const january = await stack.api('POST', '/physical-executions', { token: plannerMspas, body: { productId: product.id, year, month: 1, quantity: 120.5 } });
    expect(january).toMatchObject({ status: 201, body: { productId: product.id, year, month: 1, quantity: 120.5 } });
    const february = await stack.api('POST', '/physical-executions', { token: plannerMspas, body: { productId: product.id, year, month: 2, quantity: 80 } });
    expect(february.status).toBe(201);
    const listed = await stack.api('GET', `/physical-executions?filter=${encodeURIComponent(JSON.stringify({ productId: product.id, year }))}&sort=${encodeURIComponent('["month","ASC"]')}`, { token: plannerMspas });
    expect(listed.status).toBe(200);
    expect(listed.body.map((e: { month: number; quantity: number }) => [e.month, e.quantity])).toEqual([[1, 120.5], [2, 80]]);

    const before = await stack.db.physicalExecution.count();
    const thirteenth = await stack.api('POST', '/physical-executions', { token: plannerMspas, body: { productId: product.id, year, month: 13, quantity: 5 } });
    expect(thirteenth).toMatchObject({ status: 400, body: { errors: { month: 'debe ser un mes de 1 a 12' } } });
    const negative = await stack.api('POST', '/physical-executions', { token: plannerMspas, body: { productId: product.id, year, month: 3, quantity: -1 } });
    expect(negative).toMatchObject({ status: 400, body: { errors: { quantity: 'no puede ser negativo' } } });
    const twice = await stack.api('POST', '/physical-executions', { token: plannerMspas, body: { productId: product.id, year, month: 1, quantity: 1 } });
    expect(twice.status).toBe(409);
    expect(await stack.db.physicalExecution.count()).toBe(before);

    const corrected = await stack.api('PUT', `/physical-executions/${january.body.id}`, { token: plannerMspas, body: { ...january.body, quantity: 125 } });
    expect(corrected).toMatchObject({ status: 200, body: { month: 1, quantity: 125 } });
  });

  it('when MINEDUC’s planner enters or changes MSPAS’s physical execution, then 403 and nothing changes', async () => {
    const product = await stack.db.product.findFirstOrThrow({ where: { institutionId: institutionIds.MSPAS }, orderBy: { code: 'asc' } });
    const record = await stack.db.physicalExecution.findFirstOrThrow({ where: { productId: product.id, year, month: 1 } });
    const created = await stack.api('POST', '/physical-executions', { token: plannerMineduc, body: { productId: product.id, year, month: 6, quantity: 5 } });
    expect(created).toMatchObject({ status: 403, body: { message: 'Solo puede modificar los datos de su propia institución' } });
    const changed = await stack.api('PUT', `/physical-executions/${record.id}`, { token: plannerMineduc, body: { productId: product.id, year, month: 1, quantity: 1 } });
    expect(changed.status).toBe(403);
    expect(await stack.db.physicalExecution.findUniqueOrThrow({ where: { id: record.id } })).toEqual(record);
    expect(await stack.db.physicalExecution.count({ where: { productId: product.id, month: 6 } })).toBe(0);
  });
});
