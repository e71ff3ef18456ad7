// The layout of MINFIN Guatemala's open budget data (its CKAN datastore): which columns a file of
// budget lines has, how one row reads, and how it becomes a programmatic category and a budget
// line. Pure, with no database, so every rule is tested on its own. Real exports write codes without
// their leading zeros and amounts in Guatemala's 1,234.50 or, from Excel in a Spanish locale,
// 1.234,50: both read, and an amount that could be either (1,234) reads as the rest of its file.
import { isBlank, obligatory, readOk, rowReader, thenRead, type CellReader, type Read } from './rowReader';

/** One thing wrong with a file: the spreadsheet row (header = 1), the column as the file names it. */
export type LayoutProblem = {
  row?: number;
  column?: string;
  message: string;
  /** Set when the problem is a code its catalogue lacks: what a coordinator could add. */
  unknownCode?: { catalogue: string; code: string; name: string; rows: number };
};

/** A table as read from a file: its headers and its data rows, each with the row the user sees. */
export interface Table {
  headers: string[];
  /** The row of the headers (1 in a CSV); none in JSON, which has no header row. */
  headerRow?: number;
  records: { row: number; values: Record<string, unknown> }[];
}

/** The amount columns: the programmed amount (solicitado or monto) and execution's figures. */
export const programmedAmountColumns = ['solicitado', 'monto'] as const;
export const executionColumns = ['asignado', 'modificado', 'vigente', 'devengado', 'pagado'] as const;
export type ExecutionColumn = (typeof executionColumns)[number];
export type AmountColumn = (typeof programmedAmountColumns)[number] | ExecutionColumn;
const amountColumns: readonly AmountColumn[] = [...programmedAmountColumns, ...executionColumns];

/**
 * The columns an import reads, in the order of MINFIN's datastore; any other column (region,
 * correlativo, the datastore's _id...) is ignored. Each code comes with its name column.
 */
export const minfinColumns = [
  'ejercicio',
  'codigoEntidad',
  'entidad',
  'codigoDepartamento',
  'departamento',
  'codigoFinalidad',
  'finalidad',
  'codigoFuncion',
  'funcion',
  'codigoDivision',
  'division',
  'codigoTipoPresupuesto',
  'tipoPresupuesto',
  'codigoOrganismo',
  'organismo',
  'correlativo',
  'codigoGrupoGasto',
  'grupoGasto',
  'codigoSubGrupoGasto',
  'subGrupoGasto',
  'codigoPrograma',
  'programa',
  'codigoSubPrograma',
  'subPrograma',
  'codigoProyecto',
  'proyecto',
  'codigoActividad',
  'actividad',
  'codigoObra',
  'obra',
  'codigoRenglon',
  'renglon',
  'codigoFuente',
  'fuente',
  ...programmedAmountColumns,
  ...executionColumns,
] as const;
export type MinfinColumn = (typeof minfinColumns)[number];

/** The headers of the downloadable template: MINFIN's own layout. */
export const templateColumns: readonly MinfinColumn[] = minfinColumns.filter((c) => !(programmedAmountColumns as readonly string[]).includes(c));

const requiredColumns: readonly MinfinColumn[] = ['ejercicio', 'codigoPrograma', 'codigoRenglon', 'codigoFuente'];
const byNormalisedName = new Map<string, MinfinColumn>(minfinColumns.map((c) => [normaliseHeader(c), c]));

/** Headers match ignoring case, accents, spaces, underscores and hyphens: CODIGORENGLON, "Código renglón" and codigo_renglon are codigoRenglon. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f\uFEFF\s_-]/g, '')
    .toLowerCase();
}

export interface HeaderMap {
  /** For each known column the file has, its header as the file spells it. */
  columns: Partial<Record<MinfinColumn, string>>;
  /** The column that gives the programmed amount: solicitado or monto when present, else asignado. */
  amountColumn?: 'solicitado' | 'monto' | 'asignado';
  problems: LayoutProblem[];
}

/** Which of a layout's columns a file has, each under the header it spells; a column given twice is a problem. */
export function findColumns<C extends string>(headers: readonly string[], byName: ReadonlyMap<string, C>, at: { row?: number }): { columns: Partial<Record<C, string>>; problems: LayoutProblem[] } {
  const columns: Partial<Record<C, string>> = {};
  const problems: LayoutProblem[] = [];
  for (const header of headers) {
    const column = byName.get(normaliseHeader(header));
    if (!column) continue;
    if (columns[column] !== undefined) problems.push({ ...at, column: header, message: `la columna ${column} aparece dos veces` });
    else columns[column] = header;
  }
  return { columns, problems };
}

/** Finds the known columns among a file's headers; a missing required column is one problem, not one per row. */
export function mapHeaders(headers: readonly string[], headerRow?: number): HeaderMap {
  const at = headerRow === undefined ? {} : { row: headerRow };
  const { columns, problems } = findColumns(headers, byNormalisedName, at);
  for (const column of requiredColumns) {
    if (columns[column] === undefined) problems.push({ ...at, column, message: `falta la columna obligatoria ${column}` });
  }
  const amountColumn = columns.solicitado !== undefined ? 'solicitado' : columns.monto !== undefined ? 'monto' : columns.asignado !== undefined ? 'asignado' : undefined;
  if (!amountColumn) problems.push({ ...at, column: 'asignado', message: 'falta una columna de monto: solicitado, monto o asignado' });
  return { columns, amountColumn, problems };
}

// --- reading one cell --------------------------------------------------------------------------

/** A non-negative whole code: 11, "11", "011" and 11.0 are all 11. */
export function readCode(value: unknown, digits?: number): Read<number> {
  let code: number | undefined;
  if (typeof value === 'number') code = Number.isInteger(value) && value >= 0 ? value : undefined;
  else if (typeof value === 'string' && /^\d+(\.0+)?$/.test(value.trim())) code = Number.parseInt(value.trim(), 10);
  if (code === undefined || !Number.isSafeInteger(code)) return { ok: false, message: 'debe ser un código numérico' };
  if (digits !== undefined && code >= 10 ** digits) return { ok: false, message: `admite hasta ${digits} dígitos` };
  return { ok: true, value: code };
}

export function padCode(code: number, digits: number): string {
  return String(code).padStart(digits, '0');
}

/** The largest amount a line holds (numeric(18,2)), in centavos. */
const largestCents = 999_999_999_999_999_999n;

/** The mark before the centavos: Guatemala writes 1,234.50 (point); Excel in a Spanish locale 1.234,50 (comma). */
export type DecimalMark = '.' | ',';
/** How a file writes its amounts: with one decimal mark, or with both (then 1,234 cannot be told). */
export type AmountStyle = DecimalMark | 'mixed';

const amountPatterns: [DecimalMark, RegExp][] = [
  ['.', /^([1-9]\d{0,2}(?:,\d{3})+|\d*)(?:\.(\d+))?$/],
  [',', /^([1-9]\d{0,2}(?:\.\d{3})+|\d*)(?:,(\d+))?$/],
];

/** The decimal marks an unsigned amount's text fits (see amountReadings), without reading it. */
function marksFitting(text: string): DecimalMark[] {
  const marks: DecimalMark[] = [];
  for (const [mark, pattern] of amountPatterns) if (pattern.test(text)) marks.push(mark);
  return marks;
}

/** Digits as centavos: a Number while it is exact (whole part under 13 digits), else a BigInt. */
function centsOf(whole: string, fraction: string): bigint {
  const roundUp = fraction.charAt(2) >= '5' ? 1 : 0;
  const hundredths = (fraction + '00').slice(0, 2);
  if (whole.length <= 13) return BigInt(Number(whole || '0') * 100 + Number(hundredths) + roundUp);
  return BigInt(whole) * 100n + BigInt(hundredths) + BigInt(roundUp);
}

/**
 * What an unsigned amount's text is in centavos under each decimal mark it fits (thousands grouped
 * by three with the other mark, a third decimal rounding): 1234.5 fits only the point, 1.234,5 only
 * the comma, 1234 both alike, and 1,234 both differently (1234 or 1.234).
 */
function amountReadings(text: string): { mark: DecimalMark; cents: bigint }[] {
  const readings: { mark: DecimalMark; cents: bigint }[] = [];
  if (!/\d/.test(text)) return readings;
  for (const [mark, pattern] of amountPatterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [, whole = '', fraction = ''] = match;
    readings.push({ mark, cents: centsOf(whole.replace(/\D/g, ''), fraction) });
  }
  return readings;
}

const unsignedText = (value: string) => value.replace(/\s/g, '').replace(/^-/, '');

/**
 * The decimal mark a file's amounts show. A text that fits only one mark (1,234.50, 1.234,50,
 * 500,5, 1.300.000) is evidence; numbers and texts that fit both (1234, 1,234) are not. No
 * evidence means Guatemala's point; evidence of both means "mixed".
 */
export function amountStyleOf(values: Iterable<unknown>): AmountStyle {
  const marks = new Set<DecimalMark>();
  for (const value of values) {
    if (typeof value !== 'string' || !/\d/.test(value)) continue;
    const fitting = marksFitting(unsignedText(value));
    if (fitting.length === 1) marks.add(fitting[0]!);
    if (marks.size === 2) return 'mixed';
  }
  return marks.has(',') ? ',' : '.';
}

const amountMessage = 'debe ser un número, p. ej. 1234.50 o 1,234.50';

/**
 * An amount as a decimal string with two places: 1234.5, "1234.50", "1,234.50", "1234,5",
 * "1.234,50" and "1.2345E+3" all read as 1234.50. A text that fits either decimal mark ("1,234",
 * "1.234") reads by the file's style; in a file that uses both it is refused rather than guessed.
 * Only a modification (modificado) may be negative: a budget transferred away.
 */
export function readAmount(value: unknown, mayBeNegative = false, style: AmountStyle = '.'): Read<string> {
  if (typeof value !== 'number' && typeof value !== 'string') return { ok: false, message: amountMessage };
  const text = typeof value === 'number' ? String(value) : value.replace(/\s/g, '');
  const negative = text.startsWith('-');
  let unsigned = unsignedText(text);
  if (/^\d+(?:[.,]\d+)?e[+-]?\d+$/i.test(unsigned)) {
    const exponential = Number(unsigned.replace(',', '.'));
    if (!(exponential <= Number(largestCents) / 100)) return { ok: false, message: 'es demasiado grande' };
    unsigned = exponential.toFixed(2);
  }
  const readings = amountReadings(unsigned);
  if (!readings.length) return { ok: false, message: amountMessage };
  let cents = readings[0]!.cents;
  if (readings.length === 2 && readings[1]!.cents !== cents) {
    if (style === 'mixed') return { ok: false, message: 'no se sabe si el separador es de miles o de decimales: el archivo escribe montos con punto decimal y con coma decimal; escríbalo sin separador de miles' };
    cents = readings.find((r) => r.mark === style)!.cents;
  }
  if (negative && cents > 0n && !mayBeNegative) return { ok: false, message: 'no puede ser negativo' };
  if (cents > largestCents) return { ok: false, message: 'es demasiado grande' };
  const digits = cents.toString().padStart(3, '0');
  return { ok: true, value: `${negative && cents > 0n ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}` };
}

function readName(value: unknown): string {
  if (isBlank(value)) return '';
  const name = (typeof value === 'string' ? value : String(value)).trim();
  return /\s\s|[^\S ]/.test(name) ? name.replace(/\s+/g, ' ') : name;
}

// --- one row -----------------------------------------------------------------------------------

export interface CategoryParts {
  programa: number;
  subPrograma: number;
  proyecto: number;
  actividad: number;
  obra: number;
}
export type CategoryNames = Record<'programa' | 'subPrograma' | 'proyecto' | 'actividad' | 'obra', string>;

/** The functional classification of a line as the file codes it (finalidad, función, división). */
export interface FunctionalCodes {
  finalidad: string | null;
  funcion: string | null;
  division: string | null;
}

/** One budget line read from the file. Codes are padded as stored: renglón 011, fuente 11, departamento 01. */
export interface MinfinRow {
  row: number;
  fiscalYear: number;
  entityCode: string | null;
  category: CategoryParts;
  names: CategoryNames;
  objectCode: string;
  sourceCode: string;
  geographyCode: string;
  functional: FunctionalCodes;
  budgetTypeCode: string | null;
  organismoCode: string | null;
  /** The programmed amount. */
  amount: string;
  execution: Record<ExecutionColumn, string | null>;
}

export interface RowRules {
  amountColumn: 'solicitado' | 'monto' | 'asignado';
  /** The institution's codigoEntidad; rows of another entity are refused. */
  entityCode?: string | null;
  /** How the file writes its amounts (see amountStyleOf); Guatemala's point when unsaid. */
  amountStyle?: AmountStyle;
}

/** The catalogues a file's codes are checked against: unset (or empty) while a catalogue is empty. */
export interface CatalogueCodes {
  objetoGasto?: ReadonlySet<string>;
  fuenteFinanciamiento?: ReadonlySet<string>;
  geografia?: ReadonlySet<string>;
}
export type CheckedCatalogue = keyof CatalogueCodes;

function codeCell(digits: number | undefined, required: boolean): CellReader<number> {
  return (value) => (isBlank(value) ? (required ? obligatory : readOk(0)) : readCode(value, digits));
}

function paddedCodeCell(digits: number, required: boolean): CellReader<string> {
  return thenRead(codeCell(digits, required), (code) => readOk(padCode(code, digits)));
}

/** A code kept as the file writes it, without its leading zeros; null when blank. */
const unpaddedCode = thenRead(readCode, (code) => readOk(String(code)));
const optionalCodeCell: CellReader<string | null> = (value) => (isBlank(value) ? readOk(null) : unpaddedCode(value));

/**
 * The departamento, in either form the data uses: two digits (4, "04") or MINFIN's datastore's
 * department x 100 (400 is Chimaltenango, department 04). Stored as two digits.
 */
export function readDepartment(value: unknown): Read<string> {
  const code = readCode(value);
  if (!code.ok) return code;
  if (code.value < 100) return { ok: true, value: padCode(code.value, 2) };
  if (code.value % 100 === 0 && code.value < 10_000) return { ok: true, value: padCode(code.value / 100, 2) };
  return { ok: false, message: 'debe tener 2 dígitos (04) o ser el departamento por 100 (400)' };
}

const departmentCell: CellReader<string> = (value) => (isBlank(value) ? readOk('00') : readDepartment(value));

function amountCell(required: boolean, mayBeNegative: boolean, style: AmountStyle | undefined): CellReader<string | null> {
  return (value) => (isBlank(value) ? (required ? obligatory : readOk(null)) : readAmount(value, mayBeNegative, style));
}

const nameCell: CellReader<string> = (value) => readOk(readName(value));

/** A year between 2000 and 2100. */
export const yearCell: CellReader<number> = (value) => {
  if (isBlank(value)) return obligatory;
  const year = readCode(value);
  return year.ok && year.value >= 2000 && year.value <= 2100 ? year : { ok: false, message: 'debe ser un año entre 2000 y 2100' };
};

function stripZeros(code: string): string {
  return code.replace(/^0+(?=\d)/, '');
}

/** The institution's own codigoEntidad (any other is refused); blank reads as null. */
function entityCell(entityCode: string | null | undefined): CellReader<string | null> {
  const entity = entityCode ? stripZeros(entityCode.trim()) : undefined;
  return (value) => {
    if (isBlank(value)) return readOk(null);
    const code = readCode(value);
    if (!code.ok) return code;
    if (entity !== undefined && String(code.value) !== entity) return { ok: false, message: `el archivo trae la entidad ${code.value}, que no es la de la institución (${entity})` };
    return readOk(String(code.value));
  };
}

/** The code columns that name a budget line and its entity, read by MINFIN's rules (the execution layout reads them too). */
export function lineCodeCells(entityCode: string | null | undefined) {
  return {
    codigoEntidad: entityCell(entityCode),
    codigoDepartamento: departmentCell,
    codigoPrograma: codeCell(2, true),
    codigoSubPrograma: codeCell(2, false),
    codigoProyecto: codeCell(3, false),
    codigoActividad: codeCell(3, false),
    codigoObra: codeCell(3, false),
    codigoRenglon: paddedCodeCell(3, true),
    codigoFuente: paddedCodeCell(2, true),
  };
}

/** The reader of every column of one row under the rules of this import (its amount column and entity). */
export function minfinRowCells(rules: RowRules) {
  const amount = (column: AmountColumn) => amountCell(column === rules.amountColumn, column === 'modificado', rules.amountStyle);
  return {
    ejercicio: yearCell,
    ...lineCodeCells(rules.entityCode),
    entidad: nameCell,
    departamento: nameCell,
    codigoFinalidad: optionalCodeCell,
    codigoFuncion: optionalCodeCell,
    codigoDivision: optionalCodeCell,
    codigoTipoPresupuesto: optionalCodeCell,
    codigoOrganismo: optionalCodeCell,
    correlativo: optionalCodeCell,
    programa: nameCell,
    subPrograma: nameCell,
    proyecto: nameCell,
    actividad: nameCell,
    obra: nameCell,
    renglon: nameCell,
    fuente: nameCell,
    solicitado: amount('solicitado'),
    monto: amount('monto'),
    asignado: amount('asignado'),
    modificado: amount('modificado'),
    vigente: amount('vigente'),
    devengado: amount('devengado'),
    pagado: amount('pagado'),
  } satisfies Partial<Record<MinfinColumn, CellReader<unknown>>>;
}

/** Adds two amounts exactly, in centavos (a float would lose them on large budgets). */
export function addAmounts(a: string, b: string): string {
  const cents = (amount: string) => {
    const negative = amount.startsWith('-');
    const [whole = '0', fraction = ''] = amount.replace(/^-/, '').split('.');
    const value = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
    return negative ? -value : value;
  };
  const sum = cents(a) + cents(b);
  const magnitude = (sum < 0n ? -sum : sum).toString().padStart(3, '0');
  return `${sum < 0n ? '-' : ''}${magnitude.slice(0, -2)}.${magnitude.slice(-2)}`;
}

// --- categories and keys -----------------------------------------------------------------------

/** The category's code: the five codes joined, e.g. 11-00-000-001-000. */
export function categoryCode(parts: CategoryParts): string {
  return `${parts.programa}-${padCode(parts.subPrograma, 2)}-${padCode(parts.proyecto, 3)}-${padCode(parts.actividad, 3)}-${padCode(parts.obra, 3)}`;
}

export interface CategoryNode extends CategoryParts {
  code: string;
  name: string;
  parentCode: string | null;
  /** 0 for a programme, then one more per level below it. */
  depth: number;
}

/**
 * The categories a row needs, from its programme down to its own category: programa, then
 * subprograma and proyecto when not 0, then the row's actividad or obra. The row's category is
 * named by its most specific level that has a code and a name.
 */
export function categoryChain(parts: CategoryParts, names: CategoryNames): CategoryNode[] {
  const zero = { subPrograma: 0, proyecto: 0, actividad: 0, obra: 0 };
  const ancestors: { parts: CategoryParts; name: string }[] = [{ parts: { ...zero, programa: parts.programa }, name: names.programa || `Programa ${parts.programa}` }];
  if (parts.subPrograma !== 0) ancestors.push({ parts: { ...zero, programa: parts.programa, subPrograma: parts.subPrograma }, name: names.subPrograma || `Subprograma ${parts.subPrograma}` });
  if (parts.proyecto !== 0) ancestors.push({ parts: { ...zero, programa: parts.programa, subPrograma: parts.subPrograma, proyecto: parts.proyecto }, name: names.proyecto || `Proyecto ${parts.proyecto}` });
  const levels = (['obra', 'actividad', 'proyecto', 'subPrograma', 'programa'] as const).map((level) => ({ level, coded: parts[level] !== 0, name: names[level] }));
  const ownName = levels.find((l) => l.coded && l.name)?.name ?? levels.find((l) => l.name)?.name ?? ancestors[ancestors.length - 1]!.name;

  const nodes: CategoryNode[] = [];
  for (const { parts: p, name } of [...ancestors, { parts, name: ownName }]) {
    const code = categoryCode(p);
    const last = nodes[nodes.length - 1];
    if (last?.code === code) {
      last.name = name;
      continue;
    }
    nodes.push({ ...p, code, name, parentCode: last?.code ?? null, depth: nodes.length });
  }
  return nodes;
}

/** What makes a budget line unique within an institution. */
export function lineKey(row: Pick<MinfinRow, 'fiscalYear' | 'category' | 'objectCode' | 'sourceCode' | 'geographyCode'>): string {
  return `${row.fiscalYear}|${categoryCode(row.category)}|${row.objectCode}|${row.sourceCode}|${row.geographyCode}`;
}

// --- the whole table ---------------------------------------------------------------------------

/** A code a row uses that its catalogue lacks: told once, with the file's name for it and how many rows use it. */
export interface UnknownCode {
  catalogue: CheckedCatalogue;
  code: string;
  /** The name the file gives the code (its name column), when it gives one. */
  name: string;
  rows: number;
  firstRow: number;
}

const catalogueChecks: { catalogue: CheckedCatalogue; column: MinfinColumn; label: string; code: (r: MinfinRow) => string; nameColumn: MinfinColumn }[] = [
  { catalogue: 'objetoGasto', column: 'codigoRenglon', label: 'el renglón', code: (r) => r.objectCode, nameColumn: 'renglon' },
  { catalogue: 'fuenteFinanciamiento', column: 'codigoFuente', label: 'la fuente', code: (r) => r.sourceCode, nameColumn: 'fuente' },
  { catalogue: 'geografia', column: 'codigoDepartamento', label: 'el departamento', code: (r) => r.geographyCode, nameColumn: 'departamento' },
];

export const catalogueLabels: Record<CheckedCatalogue, string> = {
  objetoGasto: 'objeto del gasto',
  fuenteFinanciamiento: 'fuentes de financiamiento',
  geografia: 'clasificación geográfica',
};

/** The one problem an unknown code makes, however many rows use it. */
export function unknownCodeProblem(unknown: UnknownCode): LayoutProblem {
  const check = catalogueChecks.find((c) => c.catalogue === unknown.catalogue)!;
  const named = unknown.name ? ` (${unknown.name})` : '';
  const rows = unknown.rows === 1 ? `1 fila, la ${unknown.firstRow}` : `${unknown.rows} filas, la primera la ${unknown.firstRow}`;
  return {
    row: unknown.firstRow,
    column: check.column,
    message: `${check.label} ${unknown.code}${named} no está en el catálogo de ${catalogueLabels[unknown.catalogue]}: ${rows}`,
    unknownCode: { catalogue: unknown.catalogue, code: unknown.code, name: unknown.name, rows: unknown.rows },
  };
}

export interface ValidatedTable {
  rows: MinfinRow[];
  problems: LayoutProblem[];
  /** Codes missing from their catalogue, once each; their problems are in `problems` too. */
  unknownCodes: UnknownCode[];
  /** Rows that differ only in columns Ciclo does not keep (correlativo...), added into one line. */
  rowsMerged: number;
  /** The execution columns the file has: only these overwrite stored figures. */
  executionColumnsPresent: ExecutionColumn[];
}

/** Everything a row says about which line it is, ignored columns included: two rows alike here are the same row twice. */
function identityOf(r: Record<string, unknown>): string {
  return `${r.codigoFinalidad ?? ''}|${r.codigoFuncion ?? ''}|${r.codigoDivision ?? ''}|${r.codigoTipoPresupuesto ?? ''}|${r.codigoOrganismo ?? ''}|${r.correlativo ?? ''}`;
}

/** Reads every row and collects every problem: headers, each cell, the entity, catalogues, duplicates. */
export function validateMinfinTable(table: Table, rules: Omit<RowRules, 'amountColumn' | 'amountStyle'> & { catalogues?: CatalogueCodes } = {}): ValidatedTable {
  const headerMap = mapHeaders(table.headers, table.headerRow);
  const problems = [...headerMap.problems];
  const executionColumnsPresent = executionColumns.filter((c) => headerMap.columns[c] !== undefined);
  if (!headerMap.amountColumn) return { rows: [], problems, unknownCodes: [], rowsMerged: 0, executionColumnsPresent };

  const amountHeaders = amountColumns.flatMap((column) => headerMap.columns[column] ?? []);
  const amountStyle = amountStyleOf(table.records.flatMap((record) => amountHeaders.map((header) => record.values[header])));
  const readRow = rowReader(minfinRowCells({ ...rules, amountColumn: headerMap.amountColumn, amountStyle }), (column) => headerMap.columns[column]);
  const missing = new Set(headerMap.problems.map((p) => p.column));
  const headerOf = (column: string) => headerMap.columns[column as MinfinColumn] ?? column;
  const firstOfKey = new Map<string, { row: MinfinRow; identities: Map<string, number> }>();
  const unknown = new Map<string, UnknownCode>();
  const rows: MinfinRow[] = [];
  let rowsMerged = 0;

  for (const record of table.records) {
    const read = readRow(record.values);
    if (!read.ok) {
      for (const { column, message } of read.problems) if (!missing.has(column)) problems.push({ row: record.row, column: headerOf(column), message });
      continue;
    }
    const r = read.row;
    const row: MinfinRow = {
      row: record.row,
      fiscalYear: r.ejercicio,
      entityCode: r.codigoEntidad,
      category: { programa: r.codigoPrograma, subPrograma: r.codigoSubPrograma, proyecto: r.codigoProyecto, actividad: r.codigoActividad, obra: r.codigoObra },
      names: { programa: r.programa, subPrograma: r.subPrograma, proyecto: r.proyecto, actividad: r.actividad, obra: r.obra },
      objectCode: r.codigoRenglon,
      sourceCode: r.codigoFuente,
      geographyCode: r.codigoDepartamento,
      functional: { finalidad: r.codigoFinalidad, funcion: r.codigoFuncion, division: r.codigoDivision },
      budgetTypeCode: r.codigoTipoPresupuesto,
      organismoCode: r.codigoOrganismo,
      amount: r[headerMap.amountColumn]!,
      execution: { asignado: r.asignado, modificado: r.modificado, vigente: r.vigente, devengado: r.devengado, pagado: r.pagado },
    };
    for (const check of catalogueChecks) {
      const codes = rules.catalogues?.[check.catalogue];
      const code = check.code(row);
      // 00 is "no department": the whole country, never a catalogue entry.
      if (!codes?.size || codes.has(code) || (check.catalogue === 'geografia' && code === '00')) continue;
      const key = `${check.catalogue}|${code}`;
      const known = unknown.get(key);
      if (known) {
        known.rows += 1;
        known.name ||= r[check.nameColumn as 'renglon'];
      } else unknown.set(key, { catalogue: check.catalogue, code, name: r[check.nameColumn as 'renglon'], rows: 1, firstRow: record.row });
    }
    const key = lineKey(row);
    const identity = identityOf(r);
    const earlier = firstOfKey.get(key);
    if (earlier?.identities.has(identity)) {
      problems.push({
        row: record.row,
        column: headerOf('codigoRenglon'),
        message: `repite la línea de la fila ${earlier.identities.get(identity)} (mismo ejercicio, categoría ${categoryCode(row.category)}, renglón, fuente y departamento)`,
      });
      continue;
    }
    if (earlier) {
      // Same line for Ciclo, told apart only by columns it does not keep: one line, amounts added.
      earlier.identities.set(identity, record.row);
      earlier.row.amount = addAmounts(earlier.row.amount, row.amount);
      for (const column of executionColumns) {
        const added = row.execution[column];
        if (added !== null) earlier.row.execution[column] = earlier.row.execution[column] === null ? added : addAmounts(earlier.row.execution[column]!, added);
      }
      rowsMerged += 1;
      continue;
    }
    firstOfKey.set(key, { row, identities: new Map([[identity, record.row]]) });
    rows.push(row);
  }
  const unknownCodes = [...unknown.values()];
  problems.push(...unknownCodes.map(unknownCodeProblem));
  return { rows, problems, unknownCodes, rowsMerged, executionColumnsPresent };
}

/** Problems alike (same column and message) told once, with how many rows and which: a file wrong in two ways reads as two problems. */
export interface GroupedProblem extends LayoutProblem {
  count: number;
  /** The first rows that have it (up to 20). */
  rows: number[];
}

export function groupProblems(problems: readonly LayoutProblem[]): GroupedProblem[] {
  const groups = new Map<string, GroupedProblem>();
  for (const problem of problems) {
    const key = `${problem.column ?? ''}|${problem.message}`;
    const group = groups.get(key);
    if (!group) groups.set(key, { ...problem, count: 1, rows: problem.row === undefined ? [] : [problem.row] });
    else {
      group.count += 1;
      if (problem.row !== undefined && group.rows.length < 20) group.rows.push(problem.row);
    }
  }
  return [...groups.values()];
}
