// Uploaded tables within limits (src/imports/tableLimits.ts): a zip bomb, a header of a
// million columns, too many rows, too long a cell are refused with the limit named, before the work
// they would cause; the reading runs in a worker thread, bounded in time and memory, while this
// thread's event loop keeps turning.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable, type TableFormat } from '../../src/imports/readTable';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS, MAX_ZIP_ENTRIES, tableLimits, type TableLimits } from '../../src/imports/tableLimits';

const encode = (text: string) => new TextEncoder().encode(text);
const read = (file: Uint8Array | string, format: TableFormat, limits: Partial<TableLimits> = {}) =>
  readTable(typeof file === 'string' ? encode(file) : file, format, { ...tableLimits, ...limits });

/** The refusal the API answers with that status and message. */
const refused = (status: 413 | 422, message: RegExp) => expect.objectContaining({ status, message: expect.stringMatching(message) });

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A sheet of `rows` rows of `columns` columns below its headers: MINFIN-like names and amounts. */
const sheetOf = (rows: number, columns: number) => [
  Array.from({ length: columns }, (_, c) => `columna${c + 1}`),
  ...Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => (c % 2 ? (r * 31 + c) * 1.25 : `PROGRAMA ${(r + c) % 17}`))),
];

/** The central directory record of `name` in a zip: where its declared sizes are. */
function directoryRecord(zip: Buffer, name: string): number {
  for (let at = zip.lastIndexOf(Buffer.from(name)); at >= 46; at = zip.lastIndexOf(Buffer.from(name), at - 1)) {
    if (zip.readUInt32LE(at - 46) === 0x02014b50) return at - 46;
  }
  throw new Error(`${name} is not in the zip's directory`);
}

describe('workbooks: the zip within limits before ExcelJS inflates it', () => {
  it('when a sheet inflates past the limit, then 413 from the sizes the zip declares, naming the limit', async () => {
    const bytes = await workbookBytes((wb) => wb.addWorksheet('datos').addRows(sheetOf(4000, 20)));
    const sheetSize = bytes.readUInt32LE(directoryRecord(bytes, 'xl/worksheets/sheet1.xml') + 24);
    expect(sheetSize).toBeGreaterThan(2 * 1024 * 1024);
    await expect(read(bytes, 'xlsx', { maxZipEntryBytes: 1024 * 1024 })).rejects.toEqual(
      refused(413, /^El libro de Excel se expande demasiado: su archivo interno xl\/worksheets\/sheet1\.xml ocupa \d MB sin comprimir; el máximo es 1 MB por archivo$/),
    );
    await expect(read(bytes, 'xlsx', { maxZipTotalBytes: 2 * 1024 * 1024 })).rejects.toEqual(refused(413, /^El libro de Excel se expande demasiado: ocupa \d MB sin comprimir; el máximo es 2 MB$/));
    expect((await read(bytes, 'xlsx')).records).toHaveLength(4000);
  });

  it('when the zip declares smaller sizes than its files inflate to, then 413 as soon as inflating passes the declared size', async () => {
    const bytes = await workbookBytes((wb) => wb.addWorksheet('datos').addRows(sheetOf(3000, 20)));
    bytes.writeUInt32LE(1000, directoryRecord(bytes, 'xl/worksheets/sheet1.xml') + 24);
    await expect(read(bytes, 'xlsx')).rejects.toEqual(refused(413, /se expande más de lo que declara \(su archivo interno xl\/worksheets\/sheet1\.xml pasa de 1 MB/));
  });

  it(`when the zip holds more than ${MAX_ZIP_ENTRIES} files, then 413`, async () => {
    const bytes = await workbookBytes((wb) => {
      for (let i = 1; i <= MAX_ZIP_ENTRIES; i++) wb.addWorksheet(`hoja${i}`).addRow(['a']);
    });
    await expect(read(bytes, 'xlsx')).rejects.toEqual(refused(413, new RegExp(`^El libro de Excel contiene \\d+ archivos internos; el máximo es ${MAX_ZIP_ENTRIES}$`)));
  });

  it('when a workbook has more cells or rows than the limits, then 422 from counting them in the inflating XML', async () => {
    const bytes = await workbookBytes((wb) => wb.addWorksheet('datos').addRows(sheetOf(100, 40)));
    await expect(read(bytes, 'xlsx', { maxWorkbookCells: 1000 })).rejects.toEqual(refused(422, /^El libro de Excel tiene más de 1,000 celdas, el máximo que se lee de un libro/));
    await expect(read(bytes, 'xlsx', { maxRows: 50 })).rejects.toEqual(refused(422, /^Una hoja del libro de Excel tiene más de 50 filas/));
    expect((await read(bytes, 'xlsx', { maxRows: 100 })).records).toHaveLength(100);
  });

  it(`when a cell is past column ${MAX_COLUMNS} or longer than ${MAX_CELL_CHARS} characters, then 422 naming the cell`, async () => {
    const wide = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet('datos');
      sheet.addRows(sheetOf(2, 3));
      sheet.getCell(3, MAX_COLUMNS + 1).value = 'nota';
    });
    await expect(read(wide, 'xlsx')).rejects.toEqual(refused(422, /^La hoja «datos» tiene datos en la celda GS3, más allá de la columna 200, el máximo$/));
    const long = await workbookBytes((wb) => wb.addWorksheet('datos').addRows([['a', 'b'], ['x', 'y'.repeat(MAX_CELL_CHARS + 1)]]));
    await expect(read(long, 'xlsx')).rejects.toEqual(refused(422, /^La celda B2 de la hoja «datos» tiene 10,001 caracteres; el máximo por celda es 10,000$/));
  });
});

describe('CSV and JSON within limits', () => {
  it('when a CSV header has a million columns, then 422 from counting its delimiters', async () => {
    const header = Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',');
    const text = `${header}\n${Array.from({ length: 20 }, (_, i) => `${i},2,3`).join('\n')}\n`;
    await expect(read(text, 'csv')).rejects.toEqual(refused(422, /^La línea 1 tiene 1,000,000 columnas; el máximo es 200$/));
  });

  it(`when a CSV line has more than ${MAX_COLUMNS} filled columns, then 422; blank fields at the end of a line do not count`, async () => {
    const columns = (n: number) => Array.from({ length: n }, (_, i) => `c${i + 1}`).join(',');
    await expect(read(`${columns(MAX_COLUMNS + 1)}\n1,2\n`, 'csv')).rejects.toEqual(refused(422, /^La línea 1 tiene 201 columnas; el máximo es 200$/));
    await expect(read(`a,b\n1,2\n${columns(MAX_COLUMNS + 1)}\n`, 'csv')).rejects.toEqual(refused(422, /^La línea 3 tiene 201 columnas/));
    // Quoted delimiters are text, not columns; the parser's own check finds what the scan cannot.
    const quoted = `a,b\n"${','.repeat(500)}",2\n`;
    expect((await read(quoted, 'csv')).records).toEqual([{ row: 2, values: { a: ','.repeat(500), b: '2' } }]);
    const padded = `${columns(MAX_COLUMNS)}${','.repeat(300)}\n1,2${','.repeat(500)}\n`;
    expect((await read(padded, 'csv')).headers).toHaveLength(MAX_COLUMNS);
  });

  it(`when a CSV has more than ${MAX_ROWS} data rows or a cell longer than ${MAX_CELL_CHARS} characters, then 422; at the limits it reads`, async () => {
    const rows = (n: number) => `TÍTULO\n\nejercicio,monto\n${'2025,1\n'.repeat(n)}`;
    await expect(read(rows(MAX_ROWS + 1), 'csv')).rejects.toEqual(refused(422, /^El archivo tiene más de 200,000 filas de datos, el máximo/));
    expect((await read(rows(MAX_ROWS), 'csv')).records).toHaveLength(MAX_ROWS);
    await expect(read(`a,b\n1,${'x'.repeat(MAX_CELL_CHARS + 1)}\n`, 'csv')).rejects.toEqual(refused(422, /^La celda de la fila 2, columna 2, tiene 10,001 caracteres; el máximo por celda es 10,000$/));
    expect((await read(`a,b\n1,${'x'.repeat(MAX_CELL_CHARS)}\n`, 'csv')).records).toHaveLength(1);
  });

  it('when a JSON has too many records, fields or too long a value, then 422', async () => {
    const record = (i: number) => ({ ejercicio: 2025, monto: i });
    await expect(read(JSON.stringify(Array.from({ length: MAX_ROWS + 1 }, (_, i) => record(i))), 'json')).rejects.toEqual(refused(422, /^El archivo tiene más de 200,000 filas de datos, el máximo/));
    const wide = Object.fromEntries(Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => [`c${i}`, i]));
    await expect(read(JSON.stringify([record(1), wide]), 'json')).rejects.toEqual(refused(422, /^El registro 2 del JSON tiene 201 campos; el máximo es 200 columnas$/));
    const spread = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => ({ [`c${i}`]: i }));
    await expect(read(JSON.stringify(spread), 'json')).rejects.toEqual(refused(422, /más de 200 campos distintos/));
    await expect(read(JSON.stringify({ success: true, result: { records: [{ ...record(1), nota: 'x'.repeat(MAX_CELL_CHARS + 1) }] } }), 'json')).rejects.toEqual(
      refused(422, /^El campo «nota» del registro 1 del JSON tiene 10,001 caracteres/),
    );
  });

  it('when the file itself is larger than the upload limit, then 413 before any reading', async () => {
    await expect(read(new Uint8Array(MAX_FILE_BYTES + 1), 'csv')).rejects.toEqual(refused(413, /^El archivo pesa 26 MB; el máximo es 25 MB$/));
  });
});

describe('reading in a worker thread', () => {
  /** A valid CSV of as many rows as allowed: a second or more of parsing. */
  const heavyCsv = `ejercicio,entidad,programa,actividad,renglon,fuente,departamento,asignado\n${Array.from({ length: MAX_ROWS }, (_, i) => `2025,11130009,PROGRAMA ${i % 50},ACTIVIDAD ${i % 7},${i % 400},11,${i % 22},${i * 3}.50`).join('\n')}\n`;

  it('when a big file is read, then this thread keeps turning meanwhile: its timers fire while the worker parses', async () => {
    // Parsed in this thread, the whole read would run between two turns of the loop: no tick.
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    let table;
    try {
      table = await read(heavyCsv, 'csv');
    } finally {
      clearInterval(timer);
    }
    expect(table.records).toHaveLength(MAX_ROWS);
    expect(table.records.at(-1)).toEqual({ row: MAX_ROWS + 1, values: expect.objectContaining({ programa: 'PROGRAMA 49', asignado: '599997.50' }) });
    expect(ticks).toBeGreaterThan(10);
  });

  it('when reading takes longer than the time limit, then the worker is stopped and 413 says so', async () => {
    await expect(read(heavyCsv, 'csv', { timeLimitMs: 100 })).rejects.toEqual(refused(413, /^El archivo tardó más de 0.1 segundos en leerse, el máximo/));
  });

  it('when reading needs more memory than the worker is given, then the worker is stopped and 413 says so', async () => {
    await expect(read(heavyCsv, 'csv', { workerHeapMb: 64 })).rejects.toEqual(refused(413, /^El archivo necesita más de 64 MB de memoria para leerse, el máximo/));
  });
});
