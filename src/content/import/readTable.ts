// Turns an uploaded file (CSV, Excel .xlsx, or JSON as MINFIN's CKAN datastore answers) into plain
// records, each with the row number a spreadsheet user sees, so problems can point at it. Real
// exports vary: CSV in any encoding and delimiter Excel writes, titles above the headers, several
// sheets, the datastore's answer whole or in part. What varies is settled here; what the values
// mean (codes, amounts) is the layout's business.
import { parse as parseCsv, CsvError } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Table } from './minfinLayout';

export const tableFormats = ['csv', 'xlsx', 'json'] as const;
export type TableFormat = (typeof tableFormats)[number];

/** The file cannot be read at all: a 400 for the user, with a Spanish message. */
export class UnreadableTableError extends Error {}

const contentTypes: Record<string, TableFormat> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'text/comma-separated-values': 'csv',
  // Windows browsers label a .csv upload with Excel 97's type; curl and scripts send plain text.
  'application/vnd.ms-excel': 'csv',
  'text/plain': 'csv',
  'text/tab-separated-values': 'csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/json': 'json',
  'text/json': 'json',
};

/** The format a Content-Type names, if it names one. */
export function formatOfContentType(contentType: string | undefined): TableFormat | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type ? contentTypes[type] : undefined;
}

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/**
 * Reads the file in the format asked, unless its bytes say otherwise for sure: a zip is a workbook,
 * an OLE file an old .xls, a text that parses as JSON is JSON (uploads are often mislabelled).
 */
export async function readTable(bytes: Uint8Array, format: TableFormat): Promise<Table> {
  if (bytes.length === 0) throw new UnreadableTableError('El archivo está vacío');
  if (startsWith(bytes, oleSignature)) throw new UnreadableTableError('El archivo es un libro de Excel 97-2003 (.xls): guárdelo como .xlsx o CSV');
  let table: Table;
  if (format === 'xlsx' || startsWith(bytes, zipSignature)) table = await readXlsx(bytes);
  else {
    const text = decodeText(bytes);
    const document = format === 'json' || /^\s*[[{]/.test(text) ? parseJson(text) : undefined;
    if (format === 'json' && document === undefined) throw new UnreadableTableError('El archivo no es JSON válido');
    table = document === undefined ? readCsv(text) : readJson(document);
  }
  if (table.records.length === 0) throw new UnreadableTableError('El archivo no tiene filas de datos');
  return table;
}

function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function hasData(values: Record<string, unknown>): boolean {
  return Object.values(values).some((v) => !isBlankCell(v));
}

// --- text ----------------------------------------------------------------------------------------

/** Windows-1252 at 0x80-0x9F (€, typographic quotes, dashes); elsewhere it is Latin-1. Node decodes the label as plain Latin-1, hence the table. */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** UTF-16 when its BOM says so (Excel's "Unicode text"), UTF-8 with or without BOM, else Windows-1252 (Excel's "CSV" on Windows). */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes);
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        .toString('latin1')
        .replace(/[\x80-\x9f]/g, (c) => windows1252High[c.charCodeAt(0) - 0x80]!);
    }
  }
  return text.replace(/^\uFEFF/, '');
}

// --- the header row ------------------------------------------------------------------------------

const rowsSearchedForHeaders = 30;

const filledCells = (cells: readonly unknown[]) => cells.filter((c) => !isBlankCell(c)).length;

/**
 * The header row among a table's first rows: the first at least half as full as the fullest, so a
 * title, a source note or a blank row above the headers is skipped. -1 when every row is blank.
 */
export function headerRowIndex(rows: readonly (readonly unknown[])[]): number {
  const counts = rows.slice(0, rowsSearchedForHeaders).map(filledCells);
  const widest = Math.max(0, ...counts);
  if (widest === 0) return -1;
  const enough = widest === 1 ? 1 : Math.max(2, Math.ceil(widest / 2));
  return counts.findIndex((count) => count >= enough);
}

function recordOf(headers: string[], cells: readonly unknown[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  headers.forEach((header, i) => {
    if (header !== '' && !(header in values)) values[header] = cells[i];
  });
  return values;
}

/** Rows (with the number the user sees) as a table: the header row found, the rows below it with data. */
function tableOf(rows: { row: number; cells: readonly unknown[] }[]): Table {
  const index = headerRowIndex(rows.map((r) => r.cells));
  if (index < 0) return { headers: [], records: [] };
  const headers = Array.from(rows[index]!.cells, (c) => (isBlankCell(c) ? '' : String(c).trim()));
  const records: Table['records'] = [];
  for (const { row, cells } of rows.slice(index + 1)) {
    const values = recordOf(headers, cells);
    if (hasData(values)) records.push({ row, values });
  }
  return { headers, headerRow: rows[index]!.row, records };
}

// --- CSV -----------------------------------------------------------------------------------------

/** Comma, semicolon (Excel in Spanish) or tab: whichever a line among the first ten uses most, quoted text aside. */
export function guessDelimiter(text: string): string {
  const lines = text
    .slice(0, 65_536)
    .replace(/"[^"]*"/g, '')
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 10);
  const most = (d: string) => Math.max(0, ...lines.map((line) => line.split(d).length - 1));
  return [',', ';', '\t'].reduce((best, next) => (most(next) > most(best) ? next : best));
}

function readCsv(text: string, delimiter = guessDelimiter(text)): Table {
  let lines: string[][];
  try {
    lines = parseCsv(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (err) {
    if (err instanceof CsvError) {
      const where = typeof err.lines === 'number' ? ` (cerca de la línea ${err.lines})` : '';
      throw new UnreadableTableError(
        err.code === 'CSV_QUOTE_NOT_CLOSED' ? `El CSV tiene una comilla sin cerrar${where}` : `El CSV no se pudo leer${where}: revise comillas y separadores`,
      );
    }
    throw err;
  }
  const table = tableOf(lines.map((cells, i) => ({ row: i + 1, cells })));
  if (!table.headers.length) throw new UnreadableTableError('El archivo no tiene encabezados ni filas');
  return table;
}

// --- Excel ---------------------------------------------------------------------------------------

/** A cell's value as plain data: rich text and hyperlinks as their text, formulas as their result, dates as ISO text. */
function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  return String(value);
}

/** A sheet's rows; a merged range counts once (ExcelJS repeats the title of a merged row in every cell). */
function sheetRows(sheet: ExcelJS.Worksheet): { row: number; cells: unknown[] }[] {
  const rows: { row: number; cells: unknown[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.type !== ExcelJS.ValueType.Merge) cells[column - 1] = cellValue(cell.value);
    });
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

/** The sheet with data whose header row has the most columns: the data, not a cover, notes or a data dictionary. */
async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnreadableTableError('El archivo no es un libro de Excel (.xlsx) válido');
  }
  const tables = workbook.worksheets.map((sheet) => tableOf(sheetRows(sheet))).filter((t) => t.headers.length > 0);
  if (!tables.length) throw new UnreadableTableError('El libro de Excel no tiene hojas con datos');
  const withData = tables.filter((t) => t.records.length > 0);
  const width = (t: Table) => filledCells(t.headers);
  return withData.reduce((best, next) => (width(next) > width(best) ? next : best), withData[0] ?? tables[0]!);
}

// --- JSON ----------------------------------------------------------------------------------------

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * The datastore_search answer {success, result: {records, fields}}, its bare result, or a bare list
 * of records; records as objects, or as lists or CSV text (records_format=lists|csv|tsv) named by
 * the fields. Row numbers count records from 1.
 */
function readJson(document: unknown): Table {
  if (isObject(document) && document.success === false) {
    const error = document.error;
    const message = isObject(error) && typeof error.message === 'string' ? error.message : JSON.stringify(error ?? null);
    throw new UnreadableTableError(`El JSON es una respuesta de error de CKAN: ${message}`);
  }
  const result = isObject(document) && isObject(document.result) ? document.result : document;
  const list = Array.isArray(result) ? result : isObject(result) ? result.records : undefined;
  const fields = isObject(result) && Array.isArray(result.fields) ? result.fields.map((f) => (isObject(f) ? String(f.id ?? '') : '')) : [];
  if (typeof list === 'string' && fields.length && isObject(result)) {
    const delimiter = result.records_format === 'tsv' ? '\t' : ',';
    const table = readCsv(`${fields.join(delimiter)}\n${list}`, delimiter);
    return { headers: table.headers, records: table.records.map((r) => ({ ...r, row: r.row - 1 })) };
  }
  if (!Array.isArray(list)) throw new UnreadableTableError('El JSON no trae registros: se espera {"success": true, "result": {"records": [...]}} o una lista de registros');
  const headers: string[] = [];
  const seen = new Set<string>();
  const records: Table['records'] = [];
  list.forEach((item: unknown, index) => {
    const values = Array.isArray(item) && fields.length ? recordOf(fields, item) : item;
    if (!isObject(values)) throw new UnreadableTableError(`El registro ${index + 1} del JSON no es un objeto`);
    for (const key of Object.keys(values)) {
      if (!seen.has(key)) {
        seen.add(key);
        headers.push(key);
      }
    }
    if (hasData(values)) records.push({ row: index + 1, values });
  });
  return { headers, records };
}
