// How big an uploaded table may be, and the refusal when it is bigger. A ministry's budget export
// from MINFIN's datastore is some 1,000-20,000 rows of about 40 columns: 9 MB as CSV, a 5 MB
// workbook of 26 MB uncompressed. The limits leave several times that room (a workbook up to some
// 75,000 rows of 40 columns, a CSV up to 200,000 rows) and refuse a file crafted to exhaust the
// server (a zip bomb, a header of a million columns) before the work it would cause.

export interface TableLimits {
  /** The uploaded file itself (the import routes read no more than this). */
  maxFileBytes: number;
  /** A workbook is a zip: how many files it may hold... */
  maxZipEntries: number;
  /** ...how big one of them may be once inflated (a sheet's XML)... */
  maxZipEntryBytes: number;
  /** ...and all of them together. */
  maxZipTotalBytes: number;
  /** Data rows (below the headers) of the table read. */
  maxRows: number;
  /**
   * Cells of a workbook, empty ones included: ExcelJS holds them all in memory, some 500 bytes
   * each (a 20,000 x 40 export takes 450 MB and 3 s), so a workbook meets this before maxRows.
   */
  maxWorkbookCells: number;
  /** Columns of any row. */
  maxColumns: number;
  /** Characters of one cell. */
  maxCellChars: number;
  /** Reading runs in a worker thread, stopped past this time. */
  timeLimitMs: number;
  /** The worker thread's heap (V8 old generation); past it the worker stops and the file is refused. */
  workerHeapMb: number;
}

export const MAX_FILE_BYTES = 25 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 100;
export const MAX_ZIP_ENTRY_BYTES = 200 * 1024 * 1024;
export const MAX_ZIP_TOTAL_BYTES = 200 * 1024 * 1024;
export const MAX_ROWS = 200_000;
export const MAX_WORKBOOK_CELLS = 3_000_000;
export const MAX_COLUMNS = 200;
export const MAX_CELL_CHARS = 10_000;
/** Title lines, a blank line and the header row a file may have above its data: rows past maxRows + these are refused while reading. */
export const rowsAboveData = 31;

export const READ_TIME_LIMIT_MS = 60_000;
export const READ_WORKER_HEAP_MB = 2048;
/** Files read at once, each in its worker thread; more wait their turn (the server has few cores, and each worker its heap). */
export const MAX_PARALLEL_READS = 2;

export const tableLimits: Readonly<TableLimits> = Object.freeze({
  maxFileBytes: MAX_FILE_BYTES,
  maxZipEntries: MAX_ZIP_ENTRIES,
  maxZipEntryBytes: MAX_ZIP_ENTRY_BYTES,
  maxZipTotalBytes: MAX_ZIP_TOTAL_BYTES,
  maxRows: MAX_ROWS,
  maxWorkbookCells: MAX_WORKBOOK_CELLS,
  maxColumns: MAX_COLUMNS,
  maxCellChars: MAX_CELL_CHARS,
  timeLimitMs: READ_TIME_LIMIT_MS,
  workerHeapMb: READ_WORKER_HEAP_MB,
});

/** The file cannot be read at all: a 400 for the user, with a Spanish message. */
export class UnreadableTableError extends Error {}

/**
 * The file passes a limit: `too_large` (413) when its size is the problem (bytes, inflated size,
 * the time or memory reading it takes), `too_many` (422) when its rows, columns or a cell's length
 * are. The message names the limit, in Spanish.
 */
export class TableLimitError extends Error {
  constructor(
    readonly kind: 'too_large' | 'too_many',
    message: string,
  ) {
    super(message);
  }

  get status(): 413 | 422 {
    return this.kind === 'too_large' ? 413 : 422;
  }
}

const number = new Intl.NumberFormat('es-GT');
/** 200000 as "200,000" the way Guatemala writes it. */
export const count = (n: number) => number.format(n);
/** Bytes in MB, rounded up: "25 MB". */
export const megabytes = (bytes: number) => `${number.format(Math.ceil(bytes / (1024 * 1024)))} MB`;
