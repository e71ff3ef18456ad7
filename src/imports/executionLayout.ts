// The layout of a budget execution file: the codes that name a budget line, read exactly as
// minfinLayout.ts reads them, plus the month (mes) and SICOIN's figures as of its end (vigente,
// devengado, pagado, cumulative from January). Pure, with no database: importBudgetExecution.ts
// loads the institution's lines and writes, every rule here is tested on its own.
import {
  amountStyleOf,
  categoryCode,
  executionColumns as minfinAmountColumns,
  findColumns,
  lineCodeCells,
  minfinColumns,
  normaliseHeader,
  programmedAmountColumns,
  readAmount,
  readCode,
  type AmountStyle,
  type CategoryParts,
  type LayoutProblem,
  type Table,
} from './minfinLayout';
import { isBlank, obligatory, readOk, rowReader, type CellReader } from './rowReader';

export const executionFigures = ['vigente', 'devengado', 'pagado'] as const;
export type ExecutionFigure = (typeof executionFigures)[number];

/** The code columns of MINFIN's layout that name a budget line, and its entity. */
const lineCodeColumns = ['codigoEntidad', 'codigoPrograma', 'codigoSubPrograma', 'codigoProyecto', 'codigoActividad', 'codigoObra', 'codigoRenglon', 'codigoFuente', 'codigoDepartamento'] as const;
const categoryColumns = ['codigoPrograma', 'codigoSubPrograma', 'codigoProyecto', 'codigoActividad', 'codigoObra'] as const;
const keyColumns = ['codigoRenglon', 'codigoFuente', 'codigoDepartamento'] as const;

/** The columns this import reads; any other column (the names, asignado, …) is ignored. */
export const executionFileColumns = ['ejercicio', ...lineCodeColumns, 'mes', ...executionFigures] as const;
export type ExecutionFileColumn = (typeof executionFileColumns)[number];

/** The template's headers: MINFIN's layout (codes with their names), then the month and the three figures. */
export const executionTemplateColumns: readonly string[] = [
  ...minfinColumns.filter((c) => !([...programmedAmountColumns, ...minfinAmountColumns] as readonly string[]).includes(c)),
  'mes',
  ...executionFigures,
];

const byNormalisedName = new Map<string, ExecutionFileColumn>(executionFileColumns.map((c) => [normaliseHeader(c), c]));

export interface ExecutionRules {
  /** The year asked for; without it the file's ejercicio column gives it. */
  fiscalYear?: number;
  /** The institution's codigoEntidad; rows of another entity are refused. */
  entityCode?: string | null;
}

export interface ExecutionHeaderMap {
  /** For each column the file has, its header as the file spells it. */
  columns: Partial<Record<ExecutionFileColumn, string>>;
  problems: LayoutProblem[];
}

/** Finds the columns among a file's headers; a missing required column is one problem at the header row. */
export function mapExecutionHeaders(headers: readonly string[], rules: ExecutionRules = {}, headerRow?: number): ExecutionHeaderMap {
  const at = headerRow === undefined ? {} : { row: headerRow };
  const { columns, problems } = findColumns(headers, byNormalisedName, at);
  // The year may come from the request instead of the file.
  const required: ExecutionFileColumn[] = [...(rules.fiscalYear === undefined ? (['ejercicio'] as const) : []), 'codigoPrograma', 'codigoRenglon', 'codigoFuente', 'mes', ...executionFigures];
  for (const column of required) {
    if (columns[column] === undefined) problems.push({ ...at, column, message: `falta la columna obligatoria ${column}` });
  }
  return { columns, problems };
}

// --- one row -----------------------------------------------------------------------------------

/** One month of one budget line as read from the file; figures as decimals with two places, e.g. "1234.50". */
export interface ExecutionRow {
  row: number;
  fiscalYear: number;
  category: CategoryParts;
  objectCode: string;
  sourceCode: string;
  geographyCode: string;
  month: number;
  figures: Record<ExecutionFigure, string>;
}

/**
 * An amount in centavos, rounded half up at the second decimal as PostgreSQL rounds it into
 * DECIMAL(18,2): comparisons then judge the very figures that will be stored.
 */
export function centavos(amount: string): bigint {
  const [whole = '0', fraction = ''] = amount.split('.');
  const thousandths = Number((fraction + '000').slice(0, 3));
  return BigInt(whole || '0') * 100n + BigInt(Math.round(thousandths / 10));
}

/** Centavos back as a decimal with two places. */
export function decimalOf(cents: bigint): string {
  const text = cents.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

function figureCell(style: AmountStyle): CellReader<string> {
  return (value) => {
    if (isBlank(value)) return obligatory;
    const amount = readAmount(value, false, style);
    return amount.ok ? readOk(decimalOf(centavos(amount.value))) : amount;
  };
}

/**
 * The reader of every column of one row: the line's codes by MINFIN's own rules, then the year,
 * the month and the figures, written in the file's amount style (see amountStyleOf).
 */
export function executionRowCells(rules: ExecutionRules, amountStyle: AmountStyle = '.') {
  return {
    ...lineCodeCells(rules.entityCode),
    ejercicio: (value: unknown) => {
      if (isBlank(value)) return rules.fiscalYear === undefined ? obligatory : readOk(rules.fiscalYear);
      const year = readCode(value);
      if (!year.ok || year.value < 2000 || year.value > 2100) return { ok: false, message: 'debe ser un año entre 2000 y 2100' };
      if (rules.fiscalYear !== undefined && year.value !== rules.fiscalYear) return { ok: false, message: `es ${year.value}, pero se importa la ejecución de ${rules.fiscalYear}` };
      return year;
    },
    mes: (value: unknown) => {
      if (isBlank(value)) return obligatory;
      const month = readCode(value);
      return month.ok && month.value >= 1 && month.value <= 12 ? month : { ok: false, message: 'debe ser un mes de 1 a 12' };
    },
    vigente: figureCell(amountStyle),
    devengado: figureCell(amountStyle),
    pagado: figureCell(amountStyle),
  } satisfies Record<ExecutionFileColumn, CellReader<unknown>>;
}

/** What names a budget line within an institution and a year: category, renglón, fuente, departamento. */
export function executionLineKey(row: Pick<ExecutionRow, 'category' | 'objectCode' | 'sourceCode' | 'geographyCode'>): string {
  return [categoryCode(row.category), row.objectCode, row.sourceCode, row.geographyCode].join('|');
}

// --- the whole table ---------------------------------------------------------------------------

export interface ValidatedExecution {
  /** The year every row is of; unset when no row could be read. */
  fiscalYear?: number;
  rows: ExecutionRow[];
  problems: LayoutProblem[];
  columns: Partial<Record<ExecutionFileColumn, string>>;
}

/**
 * Devengado and pagado only add up through the year, so a later month below an earlier one is a
 * mistake. Vigente is left out: a budget transfer lowers a line's current budget mid-year.
 */
const cumulativeFigures = ['devengado', 'pagado'] as const;

/**
 * Reads every row and collects every problem: headers, each cell, the entity, one year for the
 * whole file, devengado ≤ vigente and pagado ≤ devengado, a line's month repeated, and cumulative
 * figures that go down from one month to a later one.
 */
export function validateExecutionTable(table: Table, rules: ExecutionRules = {}): ValidatedExecution {
  const headerMap = mapExecutionHeaders(table.headers, rules, table.headerRow);
  const { columns } = headerMap;
  const problems = [...headerMap.problems];
  if (problems.length) return { rows: [], problems, columns };

  const headerOf = (column: string) => columns[column as ExecutionFileColumn] ?? column;
  const figureHeaders = executionFigures.map((figure) => columns[figure]!);
  const readRow = rowReader(executionRowCells(rules, amountStyleOf(table.records.flatMap((record) => figureHeaders.map((header) => record.values[header])))), (column) => columns[column]);
  const firstRowOf = new Map<string, number>();
  const rows: ExecutionRow[] = [];
  let fiscalYear = rules.fiscalYear;
  let yearRow: number | undefined;

  for (const record of table.records) {
    const read = readRow(record.values);
    if (!read.ok) {
      for (const { column, message } of read.problems) problems.push({ row: record.row, column: headerOf(column), message });
      continue;
    }
    const r = read.row;
    const rowProblems: LayoutProblem[] = [];
    if (fiscalYear === undefined) {
      fiscalYear = r.ejercicio;
      yearRow = record.row;
    } else if (r.ejercicio !== fiscalYear) {
      rowProblems.push({ row: record.row, column: headerOf('ejercicio'), message: `es ${r.ejercicio}, pero la fila ${yearRow} es de ${fiscalYear}: un archivo trae un solo ejercicio` });
    }
    const cents = { vigente: centavos(r.vigente), devengado: centavos(r.devengado), pagado: centavos(r.pagado) };
    if (cents.devengado > cents.vigente) rowProblems.push({ row: record.row, column: headerOf('devengado'), message: `${r.devengado} supera el vigente (${r.vigente})` });
    if (cents.pagado > cents.devengado) rowProblems.push({ row: record.row, column: headerOf('pagado'), message: `${r.pagado} supera el devengado (${r.devengado})` });

    const row: ExecutionRow = {
      row: record.row,
      fiscalYear: r.ejercicio,
      category: { programa: r.codigoPrograma, subPrograma: r.codigoSubPrograma, proyecto: r.codigoProyecto, actividad: r.codigoActividad, obra: r.codigoObra },
      objectCode: r.codigoRenglon,
      sourceCode: r.codigoFuente,
      geographyCode: r.codigoDepartamento,
      month: r.mes,
      figures: { vigente: r.vigente, devengado: r.devengado, pagado: r.pagado },
    };
    const key = `${executionLineKey(row)}|${row.month}`;
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      rowProblems.push({ row: record.row, column: headerOf('mes'), message: `repite el mes ${row.month} de la misma línea (fila ${earlier})` });
    } else firstRowOf.set(key, record.row);

    problems.push(...rowProblems);
    if (rowProblems.length === 0) rows.push(row);
  }
  problems.push(...decreasingFigures(rows, headerOf));
  return { fiscalYear, rows, problems, columns };
}

/** Within each line, every cumulative figure of a month against the nearest earlier month in the file. */
function decreasingFigures(rows: readonly ExecutionRow[], headerOf: (column: string) => string): LayoutProblem[] {
  const byLine = new Map<string, ExecutionRow[]>();
  for (const row of rows) {
    const key = executionLineKey(row);
    byLine.set(key, [...(byLine.get(key) ?? []), row]);
  }
  const problems: LayoutProblem[] = [];
  for (const months of byLine.values()) {
    const ordered = [...months].sort((a, b) => a.month - b.month);
    for (let i = 1; i < ordered.length; i++) {
      const [before, after] = [ordered[i - 1]!, ordered[i]!];
      for (const figure of cumulativeFigures) {
        if (centavos(after.figures[figure]) < centavos(before.figures[figure])) {
          problems.push({
            row: after.row,
            column: headerOf(figure),
            message: `el ${figure} acumulado del mes ${after.month} (${after.figures[figure]}) es menor que el del mes ${before.month} (${before.figures[figure]}, fila ${before.row}): las cifras acumuladas no bajan`,
          });
        }
      }
    }
  }
  return problems;
}

// --- matching the stored lines -----------------------------------------------------------------

/** The institution's lines of the year: the category codes it has, and each line's id by executionLineKey. */
export interface StoredLines {
  categoryCodes: ReadonlySet<string>;
  lineIds: ReadonlyMap<string, string>;
}

export interface MatchedExecution extends ExecutionRow {
  budgetLineId: string;
}

/** Each row's stored line; a row naming none is a problem naming the columns that do not match. */
export function matchStoredLines(validated: ValidatedExecution, stored: StoredLines): { rows: MatchedExecution[]; problems: LayoutProblem[] } {
  const named = (columns: readonly ExecutionFileColumn[]) =>
    columns
      .filter((c) => validated.columns[c] !== undefined)
      .map((c) => validated.columns[c]!)
      .join(', ');
  const rows: MatchedExecution[] = [];
  const problems: LayoutProblem[] = [];
  for (const row of validated.rows) {
    const category = categoryCode(row.category);
    const budgetLineId = stored.lineIds.get(executionLineKey(row));
    if (budgetLineId) rows.push({ ...row, budgetLineId });
    else if (!stored.categoryCodes.has(category)) {
      problems.push({ row: row.row, column: named(categoryColumns), message: `la categoría programática ${category} no existe en ${row.fiscalYear}: importe antes las líneas presupuestarias` });
    } else {
      problems.push({
        row: row.row,
        column: named(keyColumns),
        message: `la categoría ${category} no tiene en ${row.fiscalYear} una línea con renglón ${row.objectCode}, fuente ${row.sourceCode} y departamento ${row.geographyCode}: importe antes las líneas presupuestarias`,
      });
    }
  }
  return { rows, problems };
}
