// Turns an uploaded file (CSV, Excel .xlsx, or JSON as MINFIN's CKAN datastore answers) into plain
// records, each with the row number a spreadsheet user sees, so problems can point at it.
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
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/json': 'json',
  'text/json': 'json',
};

/** The format a Content-Type names, if it names one. */
export function formatOfContentType(contentType: string | undefined): TableFormat | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type ? contentTypes[type] : undefined;
}

export async function readTable(bytes: Uint8Array, format: TableFormat): Promise<Table> {
  if (bytes.length === 0) throw new UnreadableTableError('El archivo está vacío');
  const table = format === 'csv' ? readCsv(bytes) : format === 'xlsx' ? await readXlsx(bytes) : readJson(bytes);
  if (table.records.length === 0) throw new UnreadableTableError('El archivo no tiene filas de datos');
  return table;
}

function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function hasData(values: Record<string, unknown>): boolean {
  return Object.values(values).some((v) => !isBlankCell(v));
}

/** UTF-8 (with or without BOM), else Windows-1252, which older Excel versions still write. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Comma, semicolon (Excel in Spanish) or tab: whichever the header line uses most. */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function readCsv(bytes: Uint8Array): Table {
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  let lines: string[][];
  try {
    lines = parseCsv(text, { delimiter: guessDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (err) {
    if (err instanceof CsvError) {
      const where = typeof err.lines === 'number' ? ` (cerca de la línea ${err.lines})` : '';
      throw new UnreadableTableError(
        err.code === 'CSV_QUOTE_NOT_CLOSED' ? `El CSV tiene una comilla sin cerrar${where}` : `El CSV no se pudo leer${where}: revise comillas y separadores`,
      );
    }
    throw err;
  }
  const headerIndex = lines.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  if (headerIndex < 0) throw new UnreadableTableError('El archivo no tiene encabezados ni filas');
  const headers = lines[headerIndex]!.map((h) => h.trim());
  const records: Table['records'] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const values = recordOf(headers, lines[i]!);
    if (hasData(values)) records.push({ row: i + 1, values });
  }
  return { headers, headerRow: headerIndex + 1, records };
}

function recordOf(headers: string[], cells: unknown[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  headers.forEach((header, i) => {
    if (header !== '' && !(header in values)) values[header] = cells[i];
  });
  return values;
}

/** A cell's value as plain data: rich text and hyperlinks as their text, formulas as their result. */
function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnreadableTableError('El archivo no es un libro de Excel (.xlsx) válido');
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new UnreadableTableError('El libro de Excel no tiene hojas con datos');
  let headers: string[] | undefined;
  let headerRow: number | undefined;
  const records: Table['records'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellValue(cell.value);
    });
    if (!headers) {
      if (!cells.some((c) => !isBlankCell(c))) return;
      headers = Array.from(cells, (c) => (isBlankCell(c) ? '' : String(c).trim()));
      headerRow = rowNumber;
      return;
    }
    const values = recordOf(headers, cells);
    if (hasData(values)) records.push({ row: rowNumber, values });
  });
  return { headers: headers ?? [], headerRow, records };
}

/** The datastore's answer {success, result: {records}}, or a bare array of records. */
function readJson(bytes: Uint8Array): Table {
  let document: unknown;
  try {
    document = JSON.parse(decodeText(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw new UnreadableTableError('El archivo no es JSON válido');
  }
  const list = Array.isArray(document) ? document : recordsOf(document);
  if (!list) throw new UnreadableTableError('El JSON no trae registros: se espera {"success": true, "result": {"records": [...]}} o una lista de registros');
  const headers: string[] = [];
  const seen = new Set<string>();
  const records: Table['records'] = [];
  list.forEach((item, index) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw new UnreadableTableError(`El registro ${index + 1} del JSON no es un objeto`);
    const values = item as Record<string, unknown>;
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

function recordsOf(document: unknown): unknown[] | undefined {
  if (!document || typeof document !== 'object') return undefined;
  const { result, records } = document as { result?: { records?: unknown }; records?: unknown };
  if (Array.isArray(result?.records)) return result.records;
  return Array.isArray(records) ? records : undefined;
}
