// A realistic export of MINFIN's open budget datastore (the CKAN datastore_search answer) for one
// entity and year, built from the published layout: every column with its name column, the
// department as the datastore writes it (department x 100), the functional triple, tipo de
// presupuesto, organismo, correlativo, and renglones and fuentes drawn from the catalogues Ciclo
// ships. Deterministic, so every run imports the same rows. As CSV, XLSX and the JSON answer, and
// as real exports vary: every value as the datastore's text, CSV from Excel in a Spanish locale
// (Windows-1252, semicolons, decimal commas), a workbook with a title and a notes sheet.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { guatemalaCatalogues } from '../../prisma/catalogues/guatemala';

export type DatastoreRecord = Record<string, string | number>;

/** The datastore's columns, in its order. */
export const datastoreColumns = [
  'ejercicio', 'codigoEntidad', 'entidad', 'region', 'codigoDepartamento', 'departamento',
  'codigoFinalidad', 'finalidad', 'codigoFuncion', 'funcion', 'codigoDivision', 'division',
  'codigoTipoPresupuesto', 'tipoPresupuesto', 'codigoFuente', 'fuente', 'codigoOrganismo', 'organismo', 'correlativo',
  'codigoGrupoGasto', 'grupoGasto', 'codigoSubGrupoGasto', 'subGrupoGasto', 'codigoRenglon', 'renglon',
  'codigoPrograma', 'programa', 'codigoSubPrograma', 'subPrograma', 'codigoProyecto', 'proyecto',
  'codigoActividad', 'actividad', 'codigoObra', 'obra',
  'asignado', 'modificado', 'vigente', 'devengado', 'pagado',
] as const;

export interface DatastoreEntity {
  codigoEntidad: string;
  entidad: string;
  /** Departments the entity spends in (1..22); a municipality spends in its own. */
  departments: number[];
  organismo: { code: number; name: string };
  tipoPresupuesto: { code: number; name: string };
}

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const nameOf = (catalogue: 'objetoGasto' | 'fuenteFinanciamiento' | 'geografia', code: string) => guatemalaCatalogues[catalogue].find((e) => e.code === code)?.name ?? '';

/** The renglones (3-digit codes) the shipped catalogue holds. */
export const shippedRenglones = () => guatemalaCatalogues.objetoGasto.filter((e) => e.code.length === 3).map((e) => e.code);

/**
 * `count` records of the entity's budget for `year`, using at least `renglones` distinct renglones
 * (as many as the catalogue holds, if fewer) and `sources` fuentes.
 */
export function datastoreRecords(entity: DatastoreEntity, year: number, count: number, opts: { renglones?: number; sources?: number; seed?: number } = {}): DatastoreRecord[] {
  const next = random(opts.seed ?? year);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const renglones = shippedRenglones().slice(0, opts.renglones ?? 110);
  const sources = guatemalaCatalogues.fuenteFinanciamiento.map((e) => e.code).slice(0, opts.sources ?? 4);
  const programmes = [
    { code: 1, name: 'ACTIVIDADES CENTRALES', finalidad: 1, funcion: 1, division: 1 },
    { code: 11, name: 'SERVICIOS PÚBLICOS GENERALES', finalidad: 1, funcion: 3, division: 1 },
    { code: 12, name: 'DESARROLLO SOCIAL', finalidad: 10, funcion: 7, division: 2 },
    { code: 13, name: 'INFRAESTRUCTURA', finalidad: 4, funcion: 5, division: 1 },
  ];
  const records: DatastoreRecord[] = [];
  const used = new Set<string>();
  let repeats = 0;
  while (records.length < count) {
    const index = records.length;
    // Every renglón and every source appears at least once, then the rest at random.
    const renglon = index < renglones.length ? renglones[index]! : pick(renglones);
    const fuente = index < sources.length ? sources[index]! : pick(sources);
    const programme = pick(programmes);
    const department = pick(entity.departments);
    const activity = 1 + Math.floor(next() * 9);
    const isWork = programme.code === 13 && next() < 0.5;
    const key = [programme.code, activity, isWork, renglon, fuente, department].join('|');
    // A second row of a line is told apart by correlativo (a loan, a donation): Ciclo adds them.
    const correlativo = used.has(key) ? ++repeats : 0;
    used.add(key);
    const asignado = Math.round(next() * 2_000_000_00) / 100;
    const modificado = Math.round((next() - 0.4) * asignado * 20) / 100;
    const vigente = Math.max(0, Math.round((asignado + modificado) * 100) / 100);
    const devengado = Math.round(vigente * next() * 100) / 100;
    const pagado = Math.round(devengado * next() * 100) / 100;
    const departmentCode = String(department).padStart(2, '0');
    records.push({
      ejercicio: year,
      codigoEntidad: entity.codigoEntidad,
      entidad: entity.entidad,
      region: `REGIÓN ${1 + (department % 8)}`,
      codigoDepartamento: department * 100,
      departamento: nameOf('geografia', departmentCode),
      codigoFinalidad: programme.finalidad,
      finalidad: `FINALIDAD ${programme.finalidad}`,
      codigoFuncion: programme.funcion,
      funcion: `FUNCIÓN ${programme.funcion}`,
      codigoDivision: programme.division,
      division: `DIVISIÓN ${programme.division}`,
      codigoTipoPresupuesto: entity.tipoPresupuesto.code,
      tipoPresupuesto: entity.tipoPresupuesto.name,
      codigoFuente: Number(fuente),
      fuente: nameOf('fuenteFinanciamiento', fuente),
      codigoOrganismo: entity.organismo.code,
      organismo: entity.organismo.name,
      correlativo,
      codigoGrupoGasto: Number(renglon.slice(0, 1)),
      grupoGasto: nameOf('objetoGasto', renglon.slice(0, 1)),
      codigoSubGrupoGasto: Number(renglon.slice(0, 2)),
      subGrupoGasto: nameOf('objetoGasto', renglon.slice(0, 2)),
      codigoRenglon: Number(renglon),
      renglon: nameOf('objetoGasto', renglon),
      codigoPrograma: programme.code,
      programa: programme.name,
      codigoSubPrograma: 0,
      subPrograma: 'SIN SUBPROGRAMA',
      codigoProyecto: isWork ? 1 : 0,
      proyecto: isWork ? 'CONSTRUCCIÓN Y MEJORAMIENTO' : 'SIN PROYECTO',
      codigoActividad: isWork ? 0 : activity,
      actividad: isWork ? '' : `ACTIVIDAD ${activity}`,
      codigoObra: isWork ? activity : 0,
      obra: isWork ? `OBRA ${activity}` : 'SIN OBRA',
      asignado,
      modificado,
      vigente,
      devengado,
      pagado,
    });
  }
  return records;
}

/** The datastore_search answer, as the CKAN API returns it. */
export function datastoreJson(records: DatastoreRecord[]): string {
  return JSON.stringify({
    help: 'https://datos.minfin.gob.gt/api/3/action/help_show?name=datastore_search',
    success: true,
    result: {
      include_total: true,
      resource_id: '00000000-0000-0000-0000-000000000000',
      fields: [{ id: '_id', type: 'int' }, ...datastoreColumns.map((id) => ({ id, type: typeof records[0]?.[id] === 'number' ? 'numeric' : 'text' }))],
      records_format: 'objects',
      records: records.map((record, i) => ({ _id: i + 1, ...record })),
      limit: 32000,
      total: records.length,
    },
  });
}

/** The same records as the datastore's CSV download. */
export function datastoreCsv(records: DatastoreRecord[]): string {
  return stringify([[...datastoreColumns], ...records.map((record) => datastoreColumns.map((c) => record[c] ?? ''))]);
}

/** The same records as a workbook a planner saves from Excel: numbers as numbers. */
export async function datastoreXlsx(records: DatastoreRecord[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('datos');
  sheet.addRow([...datastoreColumns]);
  for (const record of records) sheet.addRow(datastoreColumns.map((c) => record[c] ?? ''));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The datastore_search answer as CKAN gives a text-typed resource: every value a string, _full_text, paging links. */
export function datastoreJsonAsText(records: DatastoreRecord[]): string {
  return JSON.stringify({
    help: 'https://datos.minfin.gob.gt/api/3/action/help_show?name=datastore_search',
    success: true,
    result: {
      include_total: true,
      resource_id: '00000000-0000-0000-0000-000000000000',
      fields: [{ id: '_id', type: 'int' }, { id: '_full_text', type: 'tsvector' }, ...datastoreColumns.map((id) => ({ id, type: 'text' }))],
      records_format: 'objects',
      records: records.map((record, i) => ({
        _id: i + 1,
        _full_text: `'${record.ejercicio}':1 '${String(record.entidad).toLowerCase().split(' ')[0]}':2`,
        ...Object.fromEntries(datastoreColumns.map((c) => [c, record[c] === undefined ? null : String(record[c])])),
      })),
      _links: { start: '/api/3/action/datastore_search?resource_id=00000000-0000-0000-0000-000000000000', next: '/api/3/action/datastore_search?offset=32000&resource_id=00000000-0000-0000-0000-000000000000' },
      limit: 32000,
      total: records.length,
    },
  });
}

// de-DE groups every thousand as Excel does (es-ES leaves 1234 ungrouped); the marks are Spain's.
const amountColumns = new Set(['asignado', 'modificado', 'vigente', 'devengado', 'pagado']);

/**
 * The records as Excel in a Spanish locale saves a CSV on Windows: Windows-1252, semicolons, CRLF,
 * amounts with thousands points and decimal commas (1.234.567,89; whole ones as 1.234), codes
 * without their leading zeros.
 */
export function datastoreCsvFromSpanishExcel(records: DatastoreRecord[]): Uint8Array {
  const cell = (column: string, value: string | number | undefined) =>
    value === undefined ? '' : amountColumns.has(column) ? Number(value).toLocaleString('de-DE', { maximumFractionDigits: 2 }) : String(value);
  const text = stringify([[...datastoreColumns], ...records.map((record) => datastoreColumns.map((c) => cell(c, record[c])))], { delimiter: ';', record_delimiter: 'windows' });
  if ([...text].some((c) => c.charCodeAt(0) > 0xff)) throw new Error('the fixture has a character Windows-1252 lacks');
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** The records as a planner's workbook: a notes sheet first, then a merged title and a blank row above the headers. */
export async function datastoreXlsxWithTitle(records: DatastoreRecord[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Notas').addRows([['Fuente: Ministerio de Finanzas Públicas, datos abiertos'], ['Montos en quetzales']]);
  const sheet = workbook.addWorksheet('Presupuesto');
  sheet.getCell('A1').value = `${records[0]?.entidad ?? ''} — PRESUPUESTO ${records[0]?.ejercicio ?? ''}`;
  sheet.mergeCells(1, 1, 1, datastoreColumns.length);
  sheet.getRow(3).values = [...datastoreColumns];
  records.forEach((record, i) => {
    sheet.getRow(4 + i).values = datastoreColumns.map((c) => record[c] ?? '');
  });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
