// Turns an uploaded file (CSV, Excel .xlsx, or JSON as MINFIN's CKAN datastore answers) into plain
// records, each with the row number a spreadsheet user sees, so problems can point at it. Real
// exports vary: CSV in any encoding and delimiter Excel writes, titles above the headers, several
// sheets, the datastore's answer whole or in part. What varies is settled here; what the values
// mean (codes, amounts) is the layout's business.
//
// A file can also be made to exhaust the server: a workbook is a zip that may inflate to
// gigabytes, a CSV header may have a million columns. So readTable parses in a worker thread, with
// its own heap limit and a time limit, and the parsing checks the limits of ./tableLimits before
// the work they bound (the zip's sizes before ExcelJS inflates it, a line's delimiters before the
// CSV is parsed) and as it goes (rows, columns, a cell's length).
import { Worker } from 'node:worker_threads';
import type ExcelJS from 'exceljs';
import { eachCsvRecord, UnclosedQuoteError } from './csvRecords';
import type { Table } from './minfinLayout';
import { isBlank } from './rowReader';
import { count, megabytes, MAX_PARALLEL_READS, rowsAboveData, TableLimitError, tableLimits, UnreadableTableError, type TableLimits } from './tableLimits';
import { checkZipLimits } from './zipLimits';
import { sheetColumn } from '../domain/planBudget/workbookSheets';

export { TableLimitError, tableLimits, UnreadableTableError, type TableLimits } from './tableLimits';

export const tableFormats = ['csv', 'xlsx', 'json'] as const;
export type TableFormat = (typeof tableFormats)[number];
/** What a reading asks for: a table in one of the formats, or every sheet of a workbook as one table (see readEverySheet). */
export type ReadFormat = TableFormat | 'sheets';

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

// --- reading in a worker thread ------------------------------------------------------------------

/** What the worker thread is given... */
export interface ReadRequest {
  bytes: Uint8Array;
  format: ReadFormat;
  limits: TableLimits;
}

/**
 * ...and what it answers: the table's records in batches (each message is copied into the API's
 * thread on its own turn of the event loop, so a big table does not hold the loop in one go), then
 * the table with the rest; or why not. Records travel packed, as lists of values in the order of
 * the headers: copying them costs half of copying objects that each repeat every header.
 */
export type ReadAnswer =
  | { keys: string[]; records: PackedRecord[] }
  | { table: Omit<Table, 'records'>; records: PackedRecord[] }
  | { unreadable: string }
  | { limit: TableLimitError['kind']; message: string }
  | { failure: string };

/** A record as the row it is on, then its values in the order of recordKeys. */
export type PackedRecord = unknown[];

/** The names a table's records use: its headers, each once. */
export const recordKeys = (headers: readonly string[]) => recordColumns(headers).map(({ header }) => header);

export function packRecords(keys: readonly string[], records: Table['records']): PackedRecord[] {
  return records.map(({ row, values }) => {
    const packed: PackedRecord = [row];
    for (const key of keys) packed.push(values[key]);
    return packed;
  });
}

/** The records back, each with only the values it had. */
function unpackRecords(keys: readonly string[], packed: PackedRecord[], into: Table['records']): void {
  for (const record of packed) {
    const values: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) if (record[i + 1] !== undefined) values[keys[i]!] = record[i + 1];
    into.push({ row: record[0] as number, values });
  }
}

/**
 * Reads the file in the format asked (see parseTable) in a worker thread, so the API keeps
 * answering meanwhile: UnreadableTableError (400) when it cannot be read, TableLimitError (413 or
 * 422) when it passes a limit, its reading time or its worker's memory.
 */
export async function readTable(bytes: Uint8Array, format: ReadFormat, limits: TableLimits = tableLimits): Promise<Table> {
  if (bytes.length > limits.maxFileBytes) {
    throw new TableLimitError('too_large', `El archivo pesa ${megabytes(bytes.length)}; el máximo es ${megabytes(limits.maxFileBytes)}`);
  }
  const release = await readingSlot();
  try {
    return await readInWorker({ bytes, format, limits });
  } finally {
    release();
  }
}

/** Readings under way; the rest wait their turn, so many uploads at once cannot take all the memory. */
let readsRunning = 0;
const readsWaiting: (() => void)[] = [];

async function readingSlot(): Promise<() => void> {
  if (readsRunning >= MAX_PARALLEL_READS) await new Promise<void>((resolve) => readsWaiting.push(resolve));
  else readsRunning++;
  // A released slot passes straight to the next in line, so readsRunning stays counted.
  return () => {
    const next = readsWaiting.shift();
    if (next) next();
    else readsRunning--;
  };
}

/**
 * The worker is a small .mjs that loads this module's TypeScript through tsx's API, which works
 * the same under `tsx src/start.ts`, vitest and plain node (Node 20 does not pass a parent's
 * --import loader on to a worker that is itself a .ts file).
 */
const workerFile = new URL('./readTableWorker.mjs', import.meta.url);

/**
 * Starting a reader takes a fifth of a second (the thread, tsx, the parser's modules), and a
 * reader's first file runs its code cold: a 20,000-row CSV reads in 0.6 s on a fresh reader and
 * 0.4 s on one that has read before (bench budgetImport). So one reader always waits for the next
 * file: the API starts it (startTableReader), a reader that answered waits again, and a reader
 * idle for a minute is replaced by a fresh one, so the heap of a big file is not kept. A reader
 * that failed or ran out of time is ended at once. The waiting reader does not keep the process
 * alive.
 */
const idleReaderMs = 60_000;
let waitingReader: { worker: Worker; heapMb: number; timer?: NodeJS.Timeout } | undefined;

function newReader(heapMb: number): Worker {
  const worker = new Worker(workerFile, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  // A waiting reader that fails (its start, say) only ends: the next file starts another, whose failure it is told.
  worker.on('error', () => undefined);
  worker.once('exit', () => {
    if (waitingReader?.worker !== worker) return;
    clearTimeout(waitingReader.timer);
    waitingReader = undefined;
  });
  return worker;
}

/**
 * Lets a reader wait for the next file, unless one already waits (then it ends). A reader that
 * has read a file is replaced by a fresh one after a minute idle; a fresh one waits as long as it
 * takes.
 */
function keepReader(worker: Worker, heapMb: number, hasRead: boolean): void {
  if (waitingReader) {
    void worker.terminate();
    return;
  }
  worker.unref();
  const timer = hasRead
    ? setTimeout(() => {
        if (waitingReader?.worker !== worker) return;
        waitingReader = undefined;
        void worker.terminate();
        startTableReader(heapMb);
      }, idleReaderMs).unref()
    : undefined;
  waitingReader = { worker, heapMb, timer };
}

/** Starts the reader the next file will use, if none is waiting. */
export function startTableReader(heapMb = tableLimits.workerHeapMb): void {
  if (!waitingReader) keepReader(newReader(heapMb), heapMb, false);
}

function takeReader(heapMb: number): Worker {
  const waiting = waitingReader;
  if (waiting?.heapMb !== heapMb) return newReader(heapMb);
  waitingReader = undefined;
  clearTimeout(waiting.timer);
  waiting.worker.ref();
  return waiting.worker;
}

function readInWorker(request: ReadRequest): Promise<Table> {
  const { limits } = request;
  return new Promise<Table>((resolve, reject) => {
    const worker = takeReader(limits.workerHeapMb);
    let settled = false;
    const settle = (outcome: () => void, answered = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (answered) keepReader(worker, limits.workerHeapMb, true);
      else void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => {
      settle(() =>
        reject(new TableLimitError('too_large', `El archivo tardó más de ${count(limits.timeLimitMs / 1000)} segundos en leerse, el máximo: divídalo en archivos más pequeños o envíelo como CSV`)),
      );
    }, limits.timeLimitMs);
    const records: Table['records'] = [];
    const onMessage = (answer: ReadAnswer) => {
      if ('keys' in answer) {
        if (settled) return;
        unpackRecords(answer.keys, answer.records, records);
        // The next batch, on a later turn of the event loop.
        setImmediate(() => {
          if (!settled) worker.postMessage('next');
        });
        return;
      }
      if ('table' in answer) {
        unpackRecords(recordKeys(answer.table.headers), answer.records, records);
        settle(() => resolve({ ...answer.table, records }), true);
      } else if ('unreadable' in answer) settle(() => reject(new UnreadableTableError(answer.unreadable)), true);
      else if ('limit' in answer) settle(() => reject(new TableLimitError(answer.limit, answer.message)), true);
      else settle(() => reject(new Error(`Leyendo el archivo: ${answer.failure}`)));
    };
    const onError = (err: Error & { code?: string }) => {
      settle(() =>
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new TableLimitError('too_large', `El archivo necesita más de ${megabytes(limits.workerHeapMb * 1024 * 1024)} de memoria para leerse, el máximo: divídalo en archivos más pequeños o envíelo como CSV`)
            : err,
        ),
      );
    };
    const onExit = (code: number) => {
      settle(() => reject(new Error(`El lector de archivos terminó sin respuesta (código ${code})`)));
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(request);
  });
}

// --- reading -------------------------------------------------------------------------------------

/**
 * Reads the file in the format asked, unless its bytes say otherwise for sure: a zip is a workbook,
 * an OLE file an old .xls, a text that parses as JSON is JSON (uploads are often mislabelled).
 * Runs in the thread that calls it: readTable calls it in a worker.
 */
export async function parseTable(bytes: Uint8Array, format: ReadFormat, limits: TableLimits = tableLimits): Promise<Table> {
  if (bytes.length === 0) throw new UnreadableTableError('El archivo está vacío');
  if (startsWith(bytes, oleSignature)) throw new UnreadableTableError('El archivo es un libro de Excel 97-2003 (.xls): guárdelo como .xlsx o CSV');
  if (bytes.length > limits.maxFileBytes) {
    throw new TableLimitError('too_large', `El archivo pesa ${megabytes(bytes.length)}; el máximo es ${megabytes(limits.maxFileBytes)}`);
  }
  let table: Table;
  if (format === 'sheets') table = await readEverySheet(bytes, limits);
  else if (format === 'xlsx' || startsWith(bytes, zipSignature)) table = await readXlsx(bytes, limits);
  else {
    const text = decodeText(bytes);
    const document = format === 'json' || /^\s*[[{]/.test(text) ? parseJson(text) : undefined;
    if (format === 'json' && document === undefined) throw new UnreadableTableError('El archivo no es JSON válido');
    table = document === undefined ? readCsv(text, limits) : readJson(document, limits);
  }
  if (table.records.length === 0) throw new UnreadableTableError('El archivo no tiene filas de datos');
  if (table.records.length > limits.maxRows) throw tooManyRows(limits);
  return table;
}

function hasData(values: Record<string, unknown>): boolean {
  return Object.values(values).some((v) => !isBlank(v));
}

// --- limits as the file is read ------------------------------------------------------------------

/** Rows of more columns than the limit: `row` says which ("la fila 12"). */
const tooManyColumns = (row: string, columns: number, limits: TableLimits) =>
  new TableLimitError('too_many', `${capitalized(row)} tiene ${count(columns)} columnas; el máximo es ${count(limits.maxColumns)}`);

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The length a cell takes as text: a string's, or a nested value's as JSON. */
function cellLength(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (value !== null && typeof value === 'object') return JSON.stringify(value)?.length ?? 0;
  return 0;
}

/** A cell within the length limit: `where` says which it is ("La celda C12 de la hoja «Datos»"). */
function checkCell(value: unknown, limits: TableLimits, where: () => string): void {
  const length = cellLength(value);
  if (length > limits.maxCellChars) {
    throw new TableLimitError('too_many', `${where()} tiene ${count(length)} caracteres; el máximo por celda es ${count(limits.maxCellChars)}`);
  }
}

/**
 * A CSV record's cells within the column and cell-length limits; blank cells at its end do not
 * count. Answers how many count: 0 for a blank record.
 */
function checkCells(cells: readonly string[], limits: TableLimits, row: number): number {
  let width = cells.length;
  while (width > 0 && isBlank(cells[width - 1])) width--;
  if (width > limits.maxColumns) throw tooManyColumns(`la fila ${row}`, width, limits);
  for (let i = 0; i < width; i++) {
    if (cells[i]!.length > limits.maxCellChars) checkCell(cells[i], limits, () => `La celda de la fila ${row}, columna ${i + 1},`);
  }
  return width;
}

/** Rows beyond the data limit, counting the header row and titles above it as well. */
const rowsAllowed = (limits: TableLimits) => limits.maxRows + rowsAboveData;

const tooManyRows = (limits: TableLimits) =>
  new TableLimitError('too_many', `El archivo tiene más de ${count(limits.maxRows)} filas de datos, el máximo: divídalo en varios archivos`);

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

const filledCells = (cells: readonly unknown[]) => cells.filter((c) => !isBlank(c)).length;

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

/** The columns a record keeps: each named header's first column (a header given twice reads once). */
function recordColumns(headers: readonly string[]): { header: string; index: number }[] {
  const seen = new Set<string>();
  const columns: { header: string; index: number }[] = [];
  headers.forEach((header, index) => {
    if (header === '' || seen.has(header)) return;
    seen.add(header);
    columns.push({ header, index });
  });
  return columns;
}

function recordOf(columns: readonly { header: string; index: number }[], cells: readonly unknown[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const { header, index } of columns) values[header] = cells[index];
  return values;
}

/**
 * Rows (with the number the user sees), already within the column limit, as a table: the header
 * row found, the rows below it with data, no more of them than the limit.
 */
function tableOf(rows: { row: number; cells: readonly unknown[] }[], limits: TableLimits): Table {
  const index = headerRowIndex(rows.map((r) => r.cells));
  if (index < 0) return { headers: [], records: [] };
  const headers = Array.from(rows[index]!.cells, (c) => (isBlank(c) ? '' : String(c).trim()));
  while (headers.length && headers[headers.length - 1] === '') headers.pop();
  if (headers.length > limits.maxColumns) throw tooManyColumns(`la fila ${rows[index]!.row}`, headers.length, limits);
  const columns = recordColumns(headers);
  const records: Table['records'] = [];
  for (const { row, cells } of rows.slice(index + 1)) {
    if (!columns.some(({ index: column }) => !isBlank(cells[column]))) continue;
    const values = recordOf(columns, cells);
    if (records.length === limits.maxRows) throw tooManyRows(limits);
    records.push({ row, values });
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

/**
 * The first line with more filled columns than the limit, found by counting its delimiters before
 * anything is parsed (a header of a million columns would otherwise be parsed and matched against
 * every row). Blank fields at a line's end do not count: Excel pads lines to the sheet's width.
 * Quoted text is skipped as well as a plain scan can: a stray quote in the middle of a field may
 * hide lines from it, and then the parsing's own check finds the row.
 */
export function widestLine(text: string, delimiter: string, maxColumns: number): { line: number; columns: number } | undefined {
  const separator = delimiter.charCodeAt(0);
  let line = 1;
  let column = 0;
  let filled = 0;
  let quoted = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (quoted) {
      if (c === 34) quoted = false;
      else if (c === 10) line++;
    } else if (c === 34) {
      quoted = true;
      filled = column + 1;
    } else if (c === separator) column++;
    else if (c === 10 || c === 13) {
      if (filled > maxColumns) return { line, columns: filled };
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      column = 0;
      filled = 0;
    } else if (c !== 32 && c !== 9) filled = column + 1;
  }
  return undefined;
}

function readCsv(text: string, limits: TableLimits, delimiter = guessDelimiter(text)): Table {
  const wide = widestLine(text, delimiter, limits.maxColumns);
  if (wide) throw tooManyColumns(`la línea ${wide.line}`, wide.columns, limits);
  const rows: { row: number; cells: string[] }[] = [];
  try {
    // Each record as it is parsed: its row (a record may span lines), within the limits; blank ones are left out.
    eachCsvRecord(text, delimiter, (cells, row) => {
      if (checkCells(cells, limits, row) === 0) return;
      if (rows.length === rowsAllowed(limits)) throw tooManyRows(limits);
      rows.push({ row, cells });
    });
  } catch (err) {
    if (err instanceof UnclosedQuoteError) throw new UnreadableTableError(`El CSV tiene una comilla sin cerrar: abre en la línea ${err.line}`);
    throw err;
  }
  const table = tableOf(rows, limits);
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

/**
 * A sheet's rows, within the limits; a merged range counts once (ExcelJS repeats the title of a
 * merged row in every cell). Blank cells past the column limit are left out: no header is there.
 */
function sheetRows(sheet: ExcelJS.Worksheet, limits: TableLimits, merge: ExcelJS.ValueType): { row: number; cells: unknown[] }[] {
  if (sheet.actualRowCount > rowsAllowed(limits)) throw tooManyRows(limits);
  const rows: { row: number; cells: unknown[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.type === merge) return;
      const value = cellValue(cell.value);
      if (!isBlank(value)) {
        if (column > limits.maxColumns) {
          throw new TableLimitError('too_many', `La hoja «${sheet.name}» tiene datos en la celda ${cell.address}, más allá de la columna ${count(limits.maxColumns)}, el máximo`);
        }
        checkCell(value, limits, () => `La celda ${cell.address} de la hoja «${sheet.name}»`);
      }
      if (column <= limits.maxColumns) cells[column - 1] = value;
    });
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

/**
 * The sheet with data whose header row has the most columns: the data, not a cover, notes or a
 * data dictionary. ExcelJS inflates the whole workbook, so the zip's sizes are checked first.
 */
async function readXlsx(bytes: Uint8Array, limits: TableLimits): Promise<Table> {
  const { workbook, Excel } = await loadWorkbook(bytes, limits);
  const tables = workbook.worksheets.map((sheet) => tableOf(sheetRows(sheet, limits, Excel.ValueType.Merge), limits)).filter((t) => t.headers.length > 0);
  if (!tables.length) throw new UnreadableTableError('El libro de Excel no tiene hojas con datos');
  const withData = tables.filter((t) => t.records.length > 0);
  const width = (t: Table) => filledCells(t.headers);
  return withData.reduce((best, next) => (width(next) > width(best) ? next : best), withData[0] ?? tables[0]!);
}

/** The workbook, once the zip's sizes are within the limits. */
async function loadWorkbook(bytes: Uint8Array, limits: TableLimits) {
  if (!startsWith(bytes, zipSignature)) throw new UnreadableTableError('El archivo no es un libro de Excel (.xlsx) válido');
  await checkZipLimits(bytes, limits);
  // Loaded only for a workbook: it takes a worker a fifth of a second, which a CSV need not wait.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnreadableTableError('El archivo no es un libro de Excel (.xlsx) válido');
  }
  return { workbook, Excel };
}

/**
 * Every sheet of a workbook as one table: each sheet's headers on its first row, its records with
 * their own row numbers and, under sheetColumn ("#hoja"), the name of the sheet they are on.
 */
async function readEverySheet(bytes: Uint8Array, limits: TableLimits): Promise<Table> {
  const { workbook, Excel } = await loadWorkbook(bytes, limits);
  const headers = new Set<string>([sheetColumn]);
  const records: Table['records'] = [];
  for (const sheet of workbook.worksheets) {
    const table = tableOf(sheetRows(sheet, limits, Excel.ValueType.Merge), limits);
    table.headers.forEach((header) => header && headers.add(header));
    for (const record of table.records) {
      if (records.length === limits.maxRows) throw tooManyRows(limits);
      records.push({ row: record.row, values: { ...record.values, [sheetColumn]: sheet.name } });
    }
  }
  return { headers: [...headers], records };
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
function readJson(document: unknown, limits: TableLimits): Table {
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
    const table = readCsv(`${fields.join(delimiter)}\n${list}`, limits, delimiter);
    return { headers: table.headers, records: table.records.map((r) => ({ ...r, row: r.row - 1 })) };
  }
  if (!Array.isArray(list)) throw new UnreadableTableError('El JSON no trae registros: se espera {"success": true, "result": {"records": [...]}} o una lista de registros');
  if (fields.length > limits.maxColumns) throw new TableLimitError('too_many', `El JSON declara ${count(fields.length)} campos; el máximo es ${count(limits.maxColumns)} columnas`);
  if (list.length > rowsAllowed(limits)) throw tooManyRows(limits);
  const headers: string[] = [];
  const seen = new Set<string>();
  const records: Table['records'] = [];
  const fieldColumns = recordColumns(fields);
  list.forEach((item: unknown, index) => {
    const values = Array.isArray(item) && fields.length ? recordOf(fieldColumns, item) : item;
    if (!isObject(values)) throw new UnreadableTableError(`El registro ${index + 1} del JSON no es un objeto`);
    const keys = Object.keys(values);
    if (keys.length > limits.maxColumns) throw new TableLimitError('too_many', `El registro ${index + 1} del JSON tiene ${count(keys.length)} campos; el máximo es ${count(limits.maxColumns)} columnas`);
    for (const key of keys) {
      checkCell(values[key], limits, () => `El campo «${key.slice(0, 100)}» del registro ${index + 1} del JSON`);
      if (!seen.has(key)) {
        if (headers.length === limits.maxColumns) throw new TableLimitError('too_many', `Los registros del JSON tienen más de ${count(limits.maxColumns)} campos distintos, el máximo de columnas`);
        seen.add(key);
        headers.push(key);
      }
    }
    if (hasData(values)) records.push({ row: index + 1, values });
  });
  return { headers, records };
}
