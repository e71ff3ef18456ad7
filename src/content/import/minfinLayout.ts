// The layout of MINFIN Guatemala's open budget data (its CKAN datastore): which columns a file of
// budget lines has, how one row reads, and how it becomes a programmatic category and a budget
// line. Pure, with no database, so every rule is tested on its own.
import { z } from 'zod';

/** One thing wrong with a file: the spreadsheet row (header = 1), the column as the file names it. */
export type LayoutProblem = {
  row?: number;
  column?: string;
  message: string;
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

/** The columns an import reads, in the order of MINFIN's files; any other column is ignored. */
export const minfinColumns = [
  'ejercicio',
  'codigoEntidad',
  'entidad',
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
  'codigoDepartamento',
  'departamento',
  ...programmedAmountColumns,
  ...executionColumns,
] as const;
export type MinfinColumn = (typeof minfinColumns)[number];

/** The headers of the downloadable template: MINFIN's own layout. */
export const templateColumns: readonly MinfinColumn[] = minfinColumns.filter((c) => !(programmedAmountColumns as readonly string[]).includes(c));

const requiredColumns: readonly MinfinColumn[] = ['ejercicio', 'codigoPrograma', 'codigoRenglon', 'codigoFuente'];
const byNormalisedName = new Map<string, MinfinColumn>(minfinColumns.map((c) => [normaliseHeader(c), c]));

/** Headers match ignoring case and surrounding spaces. */
export function normaliseHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').trim().toLowerCase();
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

type Read<T> = { ok: true; value: T } | { ok: false; message: string };

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

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

const largestAmount = 9_999_999_999_999_999.99;

/** An amount ≥ 0 as a decimal string: 1234.5, "1234.50" and "1,234.50" all read as 1234.50. */
export function readAmount(value: unknown): Read<string> {
  let text: string | undefined;
  if (typeof value === 'number') text = Number.isFinite(value) ? value.toFixed(2) : undefined;
  else if (typeof value === 'string') {
    const trimmed = value.trim().replace(/\s/g, '');
    if (/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(trimmed) || /^-?\.\d+$/.test(trimmed)) text = trimmed.replace(/,/g, '');
  }
  if (text === undefined) return { ok: false, message: 'debe ser un número, p. ej. 1234.50 o 1,234.50' };
  const amount = Number(text);
  if (amount < 0) return { ok: false, message: 'no puede ser negativo' };
  if (amount > largestAmount) return { ok: false, message: 'es demasiado grande' };
  return { ok: true, value: text.startsWith('.') ? `0${text}` : text };
}

function readName(value: unknown): string {
  if (isBlank(value)) return '';
  return (typeof value === 'string' ? value : String(value)).trim().replace(/\s+/g, ' ');
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
  /** The programmed amount. */
  amount: string;
  execution: Record<ExecutionColumn, string | null>;
}

export interface RowRules {
  amountColumn: 'solicitado' | 'monto' | 'asignado';
  /** The institution's codigoEntidad; rows of another entity are refused. */
  entityCode?: string | null;
  /** The renglones of the objetoGasto catalogue (3 digits); unset while the catalogue is empty. */
  objectCodes?: ReadonlySet<string>;
  /** The fuentes of the fuenteFinanciamiento catalogue (2 digits); unset while the catalogue is empty. */
  sourceCodes?: ReadonlySet<string>;
}

type Ctx = z.core.$RefinementCtx;

function fail(ctx: Ctx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

function codeField(digits: number | undefined, required: boolean) {
  return z.unknown().transform((value, ctx): number => {
    if (isBlank(value)) return required ? fail(ctx, 'es obligatorio') : 0;
    const code = readCode(value, digits);
    return code.ok ? code.value : fail(ctx, code.message);
  });
}

function paddedCodeField(digits: number, required: boolean, catalogue?: { codes?: ReadonlySet<string>; name: string }) {
  return codeField(digits, required).transform((code, ctx): string => {
    const padded = padCode(code, digits);
    if (catalogue?.codes && !catalogue.codes.has(padded)) return fail(ctx, `el código ${padded} no está en el catálogo de ${catalogue.name}`);
    return padded;
  });
}

function amountField(required: boolean) {
  return z.unknown().transform((value, ctx): string | null => {
    if (isBlank(value)) return required ? fail(ctx, 'es obligatorio') : null;
    const amount = readAmount(value);
    return amount.ok ? amount.value : fail(ctx, amount.message);
  });
}

const nameField = z.unknown().transform(readName);

function stripZeros(code: string): string {
  return code.replace(/^0+(?=\d)/, '');
}

/** The zod schema of one row under the rules of this import (its amount column, entity and catalogues). */
export function minfinRowSchema(rules: RowRules) {
  const entity = rules.entityCode ? stripZeros(rules.entityCode.trim()) : undefined;
  const amount = (column: AmountColumn) => amountField(column === rules.amountColumn);
  return z.object({
    ejercicio: z.unknown().transform((value, ctx): number => {
      if (isBlank(value)) return fail(ctx, 'es obligatorio');
      const year = readCode(value);
      return year.ok && year.value >= 2000 && year.value <= 2100 ? year.value : fail(ctx, 'debe ser un año entre 2000 y 2100');
    }),
    codigoEntidad: z.unknown().transform((value, ctx): string | null => {
      if (isBlank(value)) return null;
      const code = readCode(value);
      if (!code.ok) return fail(ctx, code.message);
      if (entity !== undefined && String(code.value) !== entity) return fail(ctx, `la entidad ${code.value} no es la de la institución (${entity})`);
      return String(code.value);
    }),
    codigoPrograma: codeField(2, true),
    programa: nameField,
    codigoSubPrograma: codeField(2, false),
    subPrograma: nameField,
    codigoProyecto: codeField(3, false),
    proyecto: nameField,
    codigoActividad: codeField(3, false),
    actividad: nameField,
    codigoObra: codeField(3, false),
    obra: nameField,
    codigoRenglon: paddedCodeField(3, true, { codes: rules.objectCodes, name: 'objeto del gasto' }),
    codigoFuente: paddedCodeField(2, true, { codes: rules.sourceCodes, name: 'fuentes de financiamiento' }),
    codigoDepartamento: paddedCodeField(2, false),
    solicitado: amount('solicitado'),
    monto: amount('monto'),
    asignado: amount('asignado'),
    modificado: amount('modificado'),
    vigente: amount('vigente'),
    devengado: amount('devengado'),
    pagado: amount('pagado'),
  });
}

// --- categories and keys -----------------------------------------------------------------------

/** The category's code: the five codes joined, e.g. 11-00-000-001-000. */
export function categoryCode(parts: CategoryParts): string {
  return [String(parts.programa), padCode(parts.subPrograma, 2), padCode(parts.proyecto, 3), padCode(parts.actividad, 3), padCode(parts.obra, 3)].join('-');
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
  return [row.fiscalYear, categoryCode(row.category), row.objectCode, row.sourceCode, row.geographyCode].join('|');
}

// --- the whole table ---------------------------------------------------------------------------

export interface ValidatedTable {
  rows: MinfinRow[];
  problems: LayoutProblem[];
  /** The execution columns the file has: only these overwrite stored figures. */
  executionColumnsPresent: ExecutionColumn[];
}

/** Reads every row and collects every problem: headers, each cell, the entity, catalogues, duplicates. */
export function validateMinfinTable(table: Table, rules: Omit<RowRules, 'amountColumn'> = {}): ValidatedTable {
  const headerMap = mapHeaders(table.headers, table.headerRow);
  const problems = [...headerMap.problems];
  const executionColumnsPresent = executionColumns.filter((c) => headerMap.columns[c] !== undefined);
  if (!headerMap.amountColumn) return { rows: [], problems, executionColumnsPresent };

  const schema = minfinRowSchema({ ...rules, amountColumn: headerMap.amountColumn });
  const missing = new Set(headerMap.problems.map((p) => p.column));
  const columnEntries = Object.entries(headerMap.columns) as [MinfinColumn, string][];
  const headerOf = (column: string) => headerMap.columns[column as MinfinColumn] ?? column;
  const firstRowOfKey = new Map<string, number>();
  const rows: MinfinRow[] = [];

  for (const record of table.records) {
    const values = Object.fromEntries(minfinColumns.map((column) => [column, null])) as Record<MinfinColumn, unknown>;
    for (const [column, header] of columnEntries) values[column] = record.values[header] ?? null;
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        if (missing.has(column) || seen.has(column)) continue;
        seen.add(column);
        problems.push({ row: record.row, column: headerOf(column), message: issue.message });
      }
      continue;
    }
    const r = parsed.data;
    const row: MinfinRow = {
      row: record.row,
      fiscalYear: r.ejercicio,
      entityCode: r.codigoEntidad,
      category: { programa: r.codigoPrograma, subPrograma: r.codigoSubPrograma, proyecto: r.codigoProyecto, actividad: r.codigoActividad, obra: r.codigoObra },
      names: { programa: r.programa, subPrograma: r.subPrograma, proyecto: r.proyecto, actividad: r.actividad, obra: r.obra },
      objectCode: r.codigoRenglon,
      sourceCode: r.codigoFuente,
      geographyCode: r.codigoDepartamento,
      amount: r[headerMap.amountColumn]!,
      execution: { asignado: r.asignado, modificado: r.modificado, vigente: r.vigente, devengado: r.devengado, pagado: r.pagado },
    };
    const key = lineKey(row);
    const earlier = firstRowOfKey.get(key);
    if (earlier !== undefined) {
      problems.push({
        row: record.row,
        column: headerOf('codigoRenglon'),
        message: `repite la línea de la fila ${earlier} (mismo ejercicio, categoría ${categoryCode(row.category)}, renglón, fuente y departamento)`,
      });
      continue;
    }
    firstRowOfKey.set(key, record.row);
    rows.push(row);
  }
  return { rows, problems, executionColumnsPresent };
}
