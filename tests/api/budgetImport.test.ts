// Importing budget lines in MINFIN's open-data layout (CSV, Excel, CKAN JSON) through the real API
// into a real PostgreSQL database, and downloading tables through sendTable.
import type { AddressInfo } from 'node:net';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import express from 'express';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadShippedCatalogues } from '../../prisma/catalogues/loadCatalogues';
import { templateColumns } from '../../src/imports/minfinLayout';
import { sendTable, xlsxContentType } from '../../src/api/tableExport';
import {
  datastoreCsv,
  datastoreCsvFromSpanishExcel,
  datastoreJson,
  datastoreJsonAsText,
  datastoreRecords,
  datastoreXlsx,
  datastoreXlsxWithTitle,
  type DatastoreEntity,
} from '../support/minfinDatastore';
import { useTestStack } from '../support/useTestStack';

type Row = Record<string, string | number>;

let coordinator: string;
let plannerMspas: string;
let plannerMineduc: string;
let directorMspas: string;
const institutionIds: Record<string, string> = {};

const stack = useTestStack(async (stack) => {
  [coordinator, plannerMspas, plannerMineduc, directorMspas] = await stack.signIn('coordinador.minfin@ciclo.test', 'planificador.mspas@ciclo.test', 'planificador.mineduc@ciclo.test', 'director.mspas@ciclo.test');
  for (const institution of await stack.db.institution.findMany()) institutionIds[institution.code] = institution.id;
  // The files below are MSPAS's (entity 11130009); the other institutions take them with no entity code set.
  await stack.db.institution.updateMany({ data: { budgetEntityCode: null } });
  await stack.db.institution.update({ where: { code: 'MSPAS' }, data: { budgetEntityCode: '11130009' } });
  // The catalogues hold at least the codes these files use, so the catalogue check is on.
  const codes = [...['011', '029', '266', '331'].map((code) => ['objetoGasto', code] as const), ...['11', '21', '31'].map((code) => ['fuenteFinanciamiento', code] as const)];
  for (const [catalogue, code] of codes) {
    await stack.db.classifierEntry.upsert({ where: { catalogue_code: { catalogue, code } }, update: {}, create: { catalogue, code, name: `Código ${code}` } });
  }
});

/** A year the demo seed leaves empty, so what is there came from these imports. */
const year = 2030;
const entity = { ejercicio: year, codigoEntidad: '11130009', entidad: 'MINISTERIO DE SALUD PÚBLICA Y ASISTENCIA SOCIAL' };
const central = { codigoPrograma: 1, programa: 'ACTIVIDADES CENTRALES', codigoSubPrograma: 0, subPrograma: 'SIN SUBPROGRAMA', codigoProyecto: 0, proyecto: 'SIN PROYECTO' };
const health = { codigoPrograma: 11, programa: 'FOMENTO DE LA SALUD', codigoSubPrograma: 1, subPrograma: 'PRIMER NIVEL DE ATENCIÓN', codigoProyecto: 0, proyecto: 'SIN PROYECTO' };
const works = { ...health, codigoProyecto: 3, proyecto: 'CENTROS DE SALUD' };
const money = (asignado: string) => ({ asignado, modificado: '0.00', vigente: asignado, devengado: '100.00', pagado: '50.00' });

/** Four lines of MSPAS as MINFIN publishes them: codes unpadded, amounts with thousands separators. */
function goodRows(factor = 1): Row[] {
  const amount = (n: number) => (n * factor).toLocaleString('en-US', { minimumFractionDigits: 2 });
  return [
    { ...entity, ...central, codigoActividad: 1, actividad: 'DIRECCIÓN Y COORDINACIÓN', codigoObra: 0, obra: '', codigoRenglon: 11, renglon: 'PERSONAL PERMANENTE', codigoFuente: 11, fuente: 'INGRESOS CORRIENTES', codigoDepartamento: 1, departamento: 'GUATEMALA', ...money(amount(1_234_567.5)) },
    { ...entity, ...health, codigoActividad: 2, actividad: 'VACUNACIÓN', codigoObra: 0, obra: '', codigoRenglon: 266, renglon: 'PRODUCTOS MEDICINALES', codigoFuente: 21, fuente: 'INGRESOS TRIBUTARIOS IVA PAZ', codigoDepartamento: 5, departamento: 'ESCUINTLA', ...money(amount(5_000_000)) },
    { ...entity, ...works, codigoActividad: 0, actividad: '', codigoObra: 1, obra: 'CONSTRUCCIÓN CENTRO DE SALUD', codigoRenglon: 331, renglon: 'CONSTRUCCIONES', codigoFuente: 31, fuente: 'INGRESOS PROPIOS', codigoDepartamento: 12, departamento: 'SAN MARCOS', ...money(amount(750_000)) },
    { ...entity, ...health, codigoActividad: 2, actividad: 'VACUNACIÓN', codigoObra: 0, obra: '', codigoRenglon: 11, renglon: 'PERSONAL PERMANENTE', codigoFuente: 11, fuente: 'INGRESOS CORRIENTES', codigoDepartamento: 5, departamento: 'ESCUINTLA', ...money(amount(98_765.43)) },
  ];
}

function csvOf(rows: Row[], headers = Object.keys(rows[0]!)): string {
  return stringify([headers, ...rows.map((row) => headers.map((h) => row[h] ?? ''))]);
}

/** What Excel holds: numbers where the text is a number. */
function asNumber(value: string | number): string | number {
  if (typeof value === 'number') return value;
  const plain = value.replace(/,/g, '');
  return /^\d+(\.\d+)?$/.test(plain) && !/^0\d/.test(plain) ? Number(plain) : value;
}

async function xlsxOf(rows: Row[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ejecución');
  const headers = Object.keys(rows[0]!);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((h) => asNumber(row[h] ?? '')));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function ckanOf(rows: Row[]): string {
  const records = rows.map((row, i) => ({ _id: i + 1, ...Object.fromEntries(Object.entries(row).map(([k, v]) => [k, asNumber(v)])) }));
  return JSON.stringify({ help: 'https://datos.minfin.gob.gt/api/3/action/help_show?name=datastore_search', success: true, result: { resource_id: 'x', records, total: records.length, limit: 32000 } });
}

function importFile(token: string, institution: string, file: string | Uint8Array, contentType: string, format?: string) {
  const query = `institutionId=${institutionIds[institution] ?? institution}${format ? `&format=${format}` : ''}`;
  return stack.api('POST', `/imports/budget-lines?${query}`, { token, rawBody: file, contentType });
}

async function counts() {
  const [lines, categories] = await Promise.all([stack.db.budgetLine.count(), stack.db.programmaticCategory.count()]);
  return { lines, categories };
}

/** An institution's lines as plain data, comparable across institutions. */
async function linesOf(institution: string) {
  const lines = await stack.db.budgetLine.findMany({ where: { institutionId: institutionIds[institution], fiscalYear: year }, include: { category: true } });
  const decimal = (d: { toFixed(n: number): string } | null) => (d ? d.toFixed(2) : null);
  return lines
    .map((l) => ({
      fiscalYear: l.fiscalYear,
      category: l.category.code,
      categoryName: l.category.name,
      objectCode: l.objectCode,
      sourceCode: l.sourceCode,
      geographyCode: l.geographyCode,
      centralActivities: l.centralActivities,
      amount: decimal(l.amount),
      asignado: decimal(l.asignado),
      modificado: decimal(l.modificado),
      vigente: decimal(l.vigente),
      devengado: decimal(l.devengado),
      pagado: decimal(l.pagado),
    }))
    .sort((a, b) => `${a.category}${a.objectCode}${a.sourceCode}${a.geographyCode}`.localeCompare(`${b.category}${b.objectCode}${b.sourceCode}${b.geographyCode}`));
}

/** An institution's category tree: code → [name, parent code]. */
async function treeOf(institution: string) {
  const categories = await stack.db.programmaticCategory.findMany({ where: { institutionId: institutionIds[institution], fiscalYear: year }, include: { parent: true } });
  return Object.fromEntries(categories.map((c) => [c.code, [c.name, c.parent?.code ?? null]]));
}

const expectedTree = {
  '1-00-000-000-000': ['ACTIVIDADES CENTRALES', null],
  '1-00-000-001-000': ['DIRECCIÓN Y COORDINACIÓN', '1-00-000-000-000'],
  '11-00-000-000-000': ['FOMENTO DE LA SALUD', null],
  '11-01-000-000-000': ['PRIMER NIVEL DE ATENCIÓN', '11-00-000-000-000'],
  '11-01-000-002-000': ['VACUNACIÓN', '11-01-000-000-000'],
  '11-01-003-000-000': ['CENTROS DE SALUD', '11-01-000-000-000'],
  '11-01-003-000-001': ['CONSTRUCCIÓN CENTRO DE SALUD', '11-01-003-000-000'],
};

describe('POST /api/imports/budget-lines', () => {
  it('when a CSV has two bad rows, then 422 names both and nothing is written; the corrected file imports lines, amounts and the category tree', async () => {
    const before = await counts();
    const bad = goodRows();
    bad[1]!.asignado = 'abc';
    bad[2]!.codigoRenglon = '';
    const rejected = await importFile(plannerMspas, 'MSPAS', csvOf(bad), 'text/csv');
    expect(rejected.status).toBe(422);
    expect(rejected.body).toEqual({
      message: 'El archivo tiene 2 errores; no se importó nada',
      errors: {},
      problems: [
        { row: 3, column: 'asignado', message: 'debe ser un número, p. ej. 1234.50 o 1,234.50', count: 1, rows: [3] },
        { row: 4, column: 'codigoRenglon', message: 'es obligatorio', count: 1, rows: [4] },
      ],
    });
    expect(await counts()).toEqual(before);

    const imported = await importFile(plannerMspas, 'MSPAS', csvOf(goodRows()), 'text/csv');
    expect(imported).toMatchObject({ status: 200, body: { rows: 4, categoriesCreated: 7, linesCreated: 4, linesUpdated: 0, fiscalYears: [year] } });
    expect(await counts()).toEqual({ lines: before.lines + 4, categories: before.categories + 7 });
    expect(await treeOf('MSPAS')).toEqual(expectedTree);
    const lines = await linesOf('MSPAS');
    expect(lines).toContainEqual({
      fiscalYear: year,
      category: '1-00-000-001-000',
      categoryName: 'DIRECCIÓN Y COORDINACIÓN',
      objectCode: '011',
      sourceCode: '11',
      geographyCode: '01',
      centralActivities: true,
      amount: '1234567.50',
      asignado: '1234567.50',
      modificado: '0.00',
      vigente: '1234567.50',
      devengado: '100.00',
      pagado: '50.00',
    });
    expect(lines.filter((l) => l.centralActivities)).toHaveLength(1);
    expect(lines.find((l) => l.category === '11-01-003-000-001')).toMatchObject({ objectCode: '331', sourceCode: '31', geographyCode: '12', amount: '750000.00' });
  });

  it('when the same content comes as Excel and as the CKAN datastore JSON, then both import identically', async () => {
    const xlsx = await importFile(coordinator, 'MAGA', await xlsxOf(goodRows()), xlsxContentType);
    expect(xlsx).toMatchObject({ status: 200, body: { rows: 4, categoriesCreated: 7, linesCreated: 4, linesUpdated: 0 } });
    const json = await importFile(coordinator, 'CIV', ckanOf(goodRows()), 'application/octet-stream', 'json');
    expect(json).toMatchObject({ status: 200, body: { rows: 4, categoriesCreated: 7, linesCreated: 4, linesUpdated: 0 } });
    const fromCsv = await linesOf('MSPAS');
    expect(await linesOf('MAGA')).toEqual(fromCsv);
    expect(await linesOf('CIV')).toEqual(fromCsv);
    expect(await treeOf('CIV')).toEqual(expectedTree);

    const bare = await importFile(coordinator, 'CIV', JSON.stringify(goodRows()), 'application/json');
    expect(bare).toMatchObject({ status: 200, body: { rows: 4, linesCreated: 0, linesUpdated: 4 } });
  });

  it('when a JSON file is far larger than the 100 kB the API takes for JSON bodies, then it still reaches the import', async () => {
    const rows: Row[] = [];
    for (let i = 0; i < 2000; i++) rows.push({ ...goodRows()[1]!, codigoActividad: 10 + (i % 50), actividad: `ACTIVIDAD ${i % 50}`, codigoDepartamento: 1 + Math.floor(i / 50) % 22, codigoRenglon: ['011', '029'][Math.floor(i / 1100)]!, codigoFuente: 11 });
    const file = ckanOf(rows);
    expect(file.length).toBeGreaterThan(500_000);
    const answer = await importFile(coordinator, 'SEGEPLAN', file, 'application/json');
    expect(answer).toMatchObject({ status: 200, body: { rows: 2000, linesCreated: 2000 } });
  });

  it('when headers come in mixed case with extra MINFIN columns, then the extra ones are ignored and the lines are the same', async () => {
    const rows = goodRows().map((row) => ({ codigoGrupoGasto: 0, codigoFinalidad: 7, comentario: 'x', ...row }));
    const headers = Object.keys(rows[0]!);
    const shouting = (h: string) => (h.startsWith('codigo') ? ` ${h.toUpperCase()} ` : h === 'asignado' ? 'Asignado' : h);
    const file = stringify([headers.map(shouting), ...rows.map((row) => headers.map((h) => row[h as keyof typeof row] ?? ''))], { delimiter: ';' });
    const answer = await importFile(plannerMineduc, 'MINEDUC', file, 'text/csv; charset=utf-8');
    expect(answer).toMatchObject({ status: 200, body: { rows: 4, linesCreated: 4 } });
    expect(await linesOf('MINEDUC')).toEqual(await linesOf('MSPAS'));
  });

  it('when a planner of MINEDUC imports into MSPAS, then 403 and nothing is written', async () => {
    const before = { counts: await counts(), lines: await linesOf('MSPAS') };
    const answer = await importFile(plannerMineduc, 'MSPAS', csvOf(goodRows(3)), 'text/csv');
    expect(answer).toMatchObject({ status: 403, body: { message: 'Solo puede importar el presupuesto de su propia institución' } });
    expect(await counts()).toEqual(before.counts);
    expect(await linesOf('MSPAS')).toEqual(before.lines);
    const authority = await stack.login('autoridad.mspas@ciclo.test');
    expect((await importFile(authority, 'MSPAS', csvOf(goodRows(3)), 'text/csv')).status).toBe(403);
    expect((await importFile(directorMspas, 'MINEDUC', csvOf(goodRows(3)), 'text/csv')).status).toBe(403);
  });

  it('when a file is re-imported, then amounts are updated while the linked product and centralActivities are kept, and absent columns keep their figures', async () => {
    const mspas = institutionIds.MSPAS!;
    const product = await stack.db.product.create({ data: { institutionId: mspas, code: 'P-VAC', name: 'Población vacunada' } });
    const vaccination = await stack.db.budgetLine.findFirstOrThrow({ where: { institutionId: mspas, fiscalYear: year, objectCode: '266' } });
    await stack.db.budgetLine.update({ where: { id: vaccination.id }, data: { productId: product.id } });
    await stack.db.budgetLine.updateMany({ where: { institutionId: mspas, fiscalYear: year, centralActivities: true }, data: { centralActivities: false } });

    const withoutPagado = goodRows(2).map(({ pagado: _dropped, ...row }) => row);
    const answer = await importFile(directorMspas, 'MSPAS', csvOf(withoutPagado), 'text/csv');
    expect(answer).toMatchObject({ status: 200, body: { rows: 4, categoriesCreated: 0, linesCreated: 0, linesUpdated: 4 } });
    const after = await stack.db.budgetLine.findUniqueOrThrow({ where: { id: vaccination.id } });
    expect(after.productId).toBe(product.id);
    expect(after.amount.toFixed(2)).toBe('10000000.00');
    expect(after.pagado?.toFixed(2)).toBe('50.00');
    const lines = await linesOf('MSPAS');
    expect(lines.map((l) => l.centralActivities)).toEqual([false, false, false, false]);
    expect(lines.map((l) => l.amount)).toEqual(['2469135.00', '197530.86', '10000000.00', '1500000.00']);
  });

  it('when the institution has a MINFIN entity code, then a file of another entity is one problem, not one per row', async () => {
    await stack.db.institution.update({ where: { id: institutionIds.MINEDUC! }, data: { budgetEntityCode: '11130008' } });
    const answer = await importFile(plannerMineduc, 'MINEDUC', csvOf(goodRows()), 'text/csv');
    expect(answer.status).toBe(422);
    expect(answer.body.message).toBe('El archivo tiene 4 errores de 1 tipo; no se importó nada');
    expect(answer.body.problems).toEqual([
      { row: 2, column: 'codigoEntidad', message: 'el archivo trae la entidad 11130009, que no es la de la institución (11130008)', count: 4, rows: [2, 3, 4, 5] },
    ]);
  });

  it('when a renglón or a fuente is not in its catalogue, then each is told once with the rows that use it', async () => {
    const rows = goodRows();
    rows[3]!.codigoRenglon = 999;
    rows[3]!.codigoFuente = '98';
    const answer = await importFile(plannerMspas, 'MSPAS', csvOf(rows), 'text/csv');
    expect(answer.status).toBe(422);
    expect(answer.body.problems).toEqual([
      {
        row: 5,
        column: 'codigoRenglon',
        message: 'el renglón 999 (PERSONAL PERMANENTE) no está en el catálogo de objeto del gasto: 1 fila, la 5',
        unknownCode: { catalogue: 'objetoGasto', code: '999', name: 'PERSONAL PERMANENTE', rows: 1 },
        count: 1,
        rows: [5],
      },
      {
        row: 5,
        column: 'codigoFuente',
        message: 'la fuente 98 (INGRESOS CORRIENTES) no está en el catálogo de fuentes de financiamiento: 1 fila, la 5',
        unknownCode: { catalogue: 'fuenteFinanciamiento', code: '98', name: 'INGRESOS CORRIENTES', rows: 1 },
        count: 1,
        rows: [5],
      },
    ]);
  });

  it('when the request itself is wrong, then a 4xx with a Spanish message, never a 500', async () => {
    const before = await counts();
    const noFile = await importFile(coordinator, 'CIV', '', 'text/csv');
    expect(noFile).toMatchObject({ status: 422, body: { message: 'Falta el archivo: envíelo como cuerpo de la solicitud' } });
    const badFormat = await importFile(coordinator, 'CIV', 'a,b', 'text/csv', 'pdf');
    expect(badFormat).toMatchObject({ status: 400, body: { errors: { format: 'debe ser csv, xlsx o json' } } });
    const unknownType = await importFile(coordinator, 'CIV', 'a,b', 'application/octet-stream');
    expect(unknownType.status).toBe(415);
    expect(Object.keys(unknownType.body.errors)).toEqual(['format']);
    const notExcel = await importFile(coordinator, 'CIV', 'esto no es un libro', xlsxContentType);
    expect(notExcel).toMatchObject({ status: 422, body: { message: 'El archivo no es un libro de Excel (.xlsx) válido' } });
    const notJson = await importFile(coordinator, 'CIV', '{"success": tru', 'application/json');
    expect(notJson).toMatchObject({ status: 422, body: { message: 'El archivo no es JSON válido' } });
    const headersOnly = await importFile(coordinator, 'CIV', csvOf(goodRows()).split('\n')[0]!, 'text/csv');
    expect(headersOnly).toMatchObject({ status: 422, body: { message: 'El archivo no tiene filas de datos' } });
    const noColumns = await importFile(coordinator, 'CIV', 'a,b\n1,2\n', 'text/csv');
    expect(noColumns.status).toBe(422);
    expect(noColumns.body.problems.map((p: { column: string }) => p.column)).toEqual(['ejercicio', 'codigoPrograma', 'codigoRenglon', 'codigoFuente', 'asignado']);
    const nobody = await importFile(coordinator, '00000000-0000-4000-8000-000000000000', csvOf(goodRows()), 'text/csv');
    expect(nobody.status).toBe(404);
    const noInstitution = await stack.api('POST', '/imports/budget-lines', { token: coordinator, rawBody: csvOf(goodRows()), contentType: 'text/csv' });
    expect(noInstitution).toMatchObject({ status: 400, body: { errors: { institutionId: 'es obligatorio' } } });
    const noToken = await stack.api('POST', `/imports/budget-lines?institutionId=${institutionIds.CIV}`, { rawBody: csvOf(goodRows()), contentType: 'text/csv' });
    expect(noToken.status).toBe(401);
    expect(await counts()).toEqual(before);
  });
});

describe('downloads through sendTable', () => {
  it('when the CSV template is downloaded, then it has a BOM and exactly MINFIN’s headers, and importing it filled in works', async () => {
    const answer = await stack.api('GET', '/imports/budget-lines/template?format=csv', { token: plannerMspas });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="plantilla-lineas-presupuestarias.csv"');
    expect([...answer.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [headers, ...rest] = parseCsv(Buffer.from(answer.bytes), { bom: true }) as string[][];
    expect(headers).toEqual([...templateColumns]);
    expect(rest).toEqual([]);
    const filled = csvOf(goodRows(), headers);
    expect((await importFile(coordinator, 'CIV', filled, 'text/csv')).status).toBe(200);
  });

  it('when the Excel template is downloaded, then one sheet has the headers in bold', async () => {
    const answer = await stack.api('GET', '/imports/budget-lines/template?format=xlsx', { token: plannerMspas });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(xlsxContentType);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(answer.bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets).toHaveLength(1);
    const header = workbook.worksheets[0]!.getRow(1);
    expect((header.values as unknown[]).slice(1)).toEqual([...templateColumns]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect((await stack.api('GET', '/imports/budget-lines/template?format=pdf', { token: plannerMspas })).status).toBe(400);
  });

  it('when stored lines are sent as CSV and as Excel, then values read back (dates ISO, decimals, empties, JSON) and the files import into another institution identically', async () => {
    const lines = await stack.db.budgetLine.findMany({ where: { institutionId: institutionIds.MSPAS, fiscalYear: year }, include: { category: true }, orderBy: { amount: 'asc' } });
    const rows = lines.map((l) => ({
      ejercicio: l.fiscalYear,
      codigoPrograma: l.category.programa,
      programa: l.category.programa === 1 ? 'ACTIVIDADES CENTRALES' : 'FOMENTO DE LA SALUD',
      codigoSubPrograma: l.category.subPrograma,
      codigoProyecto: l.category.proyecto,
      codigoActividad: l.category.actividad,
      codigoObra: l.category.obra,
      codigoRenglon: l.objectCode,
      codigoFuente: l.sourceCode,
      codigoDepartamento: l.geographyCode,
      asignado: l.asignado,
      pagado: l.pagado,
      productId: l.productId,
      actualizado: l.updatedAt,
      detalle: { renglon: l.objectCode },
    }));
    const app = express();
    app.get('/:format', async (req, res) => sendTable(res, req.params.format === 'xlsx' ? 'xlsx' : 'csv', `líneas ${year}`, rows));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const csv = await fetch(`${base}/csv`);
      expect(csv.headers.get('content-disposition')).toBe('attachment; filename="lineas_2030.csv"');
      const csvBytes = new Uint8Array(await csv.arrayBuffer());
      const [headers, first] = parseCsv(Buffer.from(csvBytes), { bom: true }) as string[][];
      expect(headers).toEqual(Object.keys(rows[0]!));
      const cell = (name: string) => first![headers!.indexOf(name)];
      expect(cell('asignado')).toBe(lines[0]!.asignado!.toFixed());
      expect(cell('codigoRenglon')).toBe(lines[0]!.objectCode);
      expect(cell('productId')).toBe(lines[0]!.productId ?? '');
      expect(cell('actualizado')).toBe(lines[0]!.updatedAt.toISOString());
      expect(JSON.parse(cell('detalle')!)).toEqual({ renglon: lines[0]!.objectCode });

      const xlsx = await fetch(`${base}/xlsx`);
      expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename="lineas_2030.xlsx"');
      const xlsxBytes = new Uint8Array(await xlsx.arrayBuffer());

      const strip = (ls: Awaited<ReturnType<typeof linesOf>>) => ls.map(({ categoryName: _n, centralActivities: _c, ...l }) => l);
      const mspas = strip((await linesOf('MSPAS')).map((l) => ({ ...l, amount: l.asignado, modificado: null, vigente: null, devengado: null })));
      const fromCsv = await importFile(coordinator, 'MINFIN', csvBytes, 'text/csv');
      expect(fromCsv).toMatchObject({ status: 200, body: { rows: 4, linesCreated: 4 } });
      expect(strip(await linesOf('MINFIN'))).toEqual(mspas);
      await stack.db.budgetLine.deleteMany({ where: { institutionId: institutionIds.MINFIN, fiscalYear: year } });
      const fromXlsx = await importFile(coordinator, 'MINFIN', xlsxBytes, xlsxContentType);
      expect(fromXlsx).toMatchObject({ status: 200, body: { rows: 4, linesCreated: 4 } });
      expect(strip(await linesOf('MINFIN'))).toEqual(mspas);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("MINFIN's datastore as published (every column, department x 100, 100+ renglones)", () => {
  const datastoreYear = 2031;
  const ministry: DatastoreEntity = {
    codigoEntidad: '11130009',
    entidad: 'MINISTERIO DE SALUD PÚBLICA Y ASISTENCIA SOCIAL',
    departments: Array.from({ length: 22 }, (_, i) => i + 1),
    organismo: { code: 1, name: 'ORGANISMO EJECUTIVO' },
    tipoPresupuesto: { code: 1, name: 'ADMINISTRACIÓN CENTRAL' },
  };
  const municipality: DatastoreEntity = {
    codigoEntidad: '12100401',
    entidad: 'MUNICIPALIDAD DE CHIMALTENANGO',
    departments: [4],
    organismo: { code: 1, name: 'ORGANISMO EJECUTIVO' },
    tipoPresupuesto: { code: 3, name: 'GOBIERNOS LOCALES' },
  };
  let municipalityId: string;

  beforeAll(async () => {
    // The file's codes are checked against the catalogues Ciclo ships, as in production.
    await loadShippedCatalogues(stack.db);
    const created = await stack.db.institution.upsert({
      where: { code: 'MUNI-0401' },
      update: {},
      create: { code: 'MUNI-0401', name: 'Municipalidad de Chimaltenango', kind: 'municipality', budgetEntityCode: '12100401' },
    });
    municipalityId = created.id;
    institutionIds['MUNI-0401'] = created.id;
  });

  /** The institution's lines of the year, as comparable rows. */
  async function datastoreLinesOf(institutionId: string) {
    const lines = await stack.db.budgetLine.findMany({ where: { institutionId, fiscalYear: datastoreYear }, include: { category: true } });
    return lines
      .map((l) => [l.category.code, l.objectCode, l.sourceCode, l.geographyCode, l.amount.toFixed(2), l.modificado?.toFixed(2), l.vigente?.toFixed(2), l.devengado?.toFixed(2), l.pagado?.toFixed(2), l.finalidadCode, l.funcionCode, l.divisionCode, l.budgetTypeCode, l.organismoCode].join('|'))
      .sort();
  }

  async function clearYear(institutionId: string) {
    await stack.db.budgetLine.deleteMany({ where: { institutionId, fiscalYear: datastoreYear } });
    await stack.db.programmaticCategory.updateMany({ where: { institutionId, fiscalYear: datastoreYear }, data: { parentId: null } });
    await stack.db.programmaticCategory.deleteMany({ where: { institutionId, fiscalYear: datastoreYear } });
  }

  it('when a ministry and a municipality import their export as JSON, CSV and XLSX, then 0 errors and the three give the same rows', async () => {
    for (const [entity, institution, token] of [[ministry, institutionIds.MSPAS!, plannerMspas], [municipality, municipalityId, coordinator]] as const) {
      const records = datastoreRecords(entity, datastoreYear, 1114);
      expect(new Set(records.map((r) => r.codigoRenglon)).size).toBeGreaterThanOrEqual(100);
      expect(records.every((r) => Number(r.codigoDepartamento) % 100 === 0)).toBe(true);
      const seen: string[][] = [];
      for (const [file, type] of [[datastoreJson(records), 'application/json'], [datastoreCsv(records), 'text/csv'], [await datastoreXlsx(records), xlsxContentType]] as const) {
        await clearYear(institution);
        const answer = await importFile(token, institution, file, type);
        expect(answer.body.problems ?? []).toEqual([]);
        expect(answer).toMatchObject({ status: 200, body: { rows: 1114, fiscalYears: [datastoreYear] } });
        expect(answer.body.linesCreated + answer.body.rowsMerged).toBe(1114);
        seen.push(await datastoreLinesOf(institution));
      }
      expect(seen[0]!.length).toBeGreaterThan(500);
      expect(seen[1]).toEqual(seen[0]);
      expect(seen[2]).toEqual(seen[0]);
      const line = await stack.db.budgetLine.findFirstOrThrow({ where: { institutionId: institution, fiscalYear: datastoreYear } });
      expect(line).toMatchObject({ budgetTypeCode: String(entity.tipoPresupuesto.code), organismoCode: '1' });
      expect(line.finalidadCode).not.toBeNull();
    }
  });

  it('when the export comes as real files vary (values as text, CSV from Spanish Excel in Windows-1252, a workbook with a title and notes), then 0 errors and the same rows', async () => {
    const records = datastoreRecords(ministry, datastoreYear, 600, { seed: 11 });
    const institution = institutionIds.MSPAS!;
    await clearYear(institution);
    expect((await importFile(plannerMspas, 'MSPAS', datastoreJson(records), 'application/json')).status).toBe(200);
    const expected = await datastoreLinesOf(institution);
    const variants = [
      [datastoreJsonAsText(records), 'application/json'],
      [datastoreCsvFromSpanishExcel(records), 'application/vnd.ms-excel'],
      [await datastoreXlsxWithTitle(records), xlsxContentType],
    ] as const;
    for (const [file, type] of variants) {
      await clearYear(institution);
      const answer = await importFile(plannerMspas, 'MSPAS', file, type);
      expect(answer.body.problems ?? []).toEqual([]);
      expect(answer).toMatchObject({ status: 200, body: { rows: 600, fiscalYears: [datastoreYear] } });
      expect(await datastoreLinesOf(institution)).toEqual(expected);
    }
  });

  it("when the file uses a code the catalogue lacks, then it is listed once with its name and count; a coordinator adds it with the file's name, a planner may not", async () => {
    const records = datastoreRecords(ministry, datastoreYear, 300, { seed: 7 });
    // Each its own correlativo, so renumbered rows that now share a line add up instead of repeating one.
    records.slice(0, 40).forEach((record, i) => Object.assign(record, { codigoRenglon: 998, renglon: 'RENGLÓN NUEVO DEL MANUAL', correlativo: 1000 + i }));
    const before = await datastoreLinesOf(institutionIds.MSPAS!);
    const refused = await importFile(plannerMspas, 'MSPAS', datastoreJson(records), 'application/json');
    expect(refused.status).toBe(422);
    expect(refused.body.problems).toEqual([
      expect.objectContaining({ column: 'codigoRenglon', message: 'el renglón 998 (RENGLÓN NUEVO DEL MANUAL) no está en el catálogo de objeto del gasto: 40 filas, la primera la 1', count: 1 }),
    ]);
    expect(await datastoreLinesOf(institutionIds.MSPAS!)).toEqual(before);

    const query = `institutionId=${institutionIds.MSPAS}&acceptCodes=true`;
    const byPlanner = await stack.api('POST', `/imports/budget-lines?${query}`, { token: plannerMspas, rawBody: datastoreJson(records), contentType: 'application/json' });
    expect(byPlanner.status).toBe(403);
    expect(await stack.db.classifierEntry.count({ where: { catalogue: 'objetoGasto', code: '998' } })).toBe(0);

    const accepted = await stack.api('POST', `/imports/budget-lines?${query}`, { token: coordinator, rawBody: datastoreJson(records), contentType: 'application/json' });
    expect(accepted).toMatchObject({ status: 200, body: { catalogueEntriesAdded: [{ catalogue: 'objetoGasto', code: '998', name: 'RENGLÓN NUEVO DEL MANUAL' }] } });
    expect(await stack.db.classifierEntry.findUniqueOrThrow({ where: { catalogue_code: { catalogue: 'objetoGasto', code: '998' } } })).toMatchObject({ name: 'RENGLÓN NUEVO DEL MANUAL', parentCode: '99' });
    expect(await stack.db.budgetLine.count({ where: { institutionId: institutionIds.MSPAS, fiscalYear: datastoreYear, objectCode: '998' } })).toBeGreaterThan(0);
  });

  it("when the municipality's file is imported into the ministry, then one problem says whose file it is and nothing is written", async () => {
    const before = await datastoreLinesOf(institutionIds.MSPAS!);
    const answer = await importFile(plannerMspas, 'MSPAS', datastoreCsv(datastoreRecords(municipality, datastoreYear, 200)), 'text/csv');
    expect(answer.status).toBe(422);
    expect(answer.body.problems).toEqual([expect.objectContaining({ column: 'codigoEntidad', message: 'el archivo trae la entidad 12100401, que no es la de la institución (11130009)', count: 200 })]);
    expect(await datastoreLinesOf(institutionIds.MSPAS!)).toEqual(before);
  });
});
