// Reading uploaded files as real MINFIN exports come: the CKAN datastore's JSON in its shapes, CSV
// as Excel saves it in any locale and encoding, workbooks with titles, formulas and several sheets.
// Each file is read and then checked against MINFIN's layout: it must give 0 problems.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { validateMinfinTable, type Table } from '../../src/imports/minfinLayout';
import { formatOfContentType, readTable, UnreadableTableError, type TableFormat } from '../../src/imports/readTable';

const encode = (text: string) => new TextEncoder().encode(text);

/** Two rows of MINFIN's datastore, every value as the datastore's text. */
const columns = ['ejercicio', 'codigoEntidad', 'entidad', 'codigoDepartamento', 'departamento', 'codigoPrograma', 'programa', 'codigoActividad', 'actividad', 'codigoRenglon', 'renglon', 'codigoFuente', 'asignado', 'vigente'];
const datastore = [
  ['2025', '11130008', 'MINISTERIO DE EDUCACIÓN', '400', 'CHIMALTENANGO', '11', 'EDUCACIÓN ESCOLAR DE PREPRIMARIA', '1', 'DIRECCIÓN Y COORDINACIÓN', '11', 'PERSONAL PERMANENTE', '11', '1234567.89', '1300000'],
  ['2025', '11130008', 'MINISTERIO DE EDUCACIÓN', '1700', 'PETÉN', '12', 'EDUCACIÓN ESCOLAR PRIMARIA', '2', 'SERVICIOS DE EDUCACIÓN', '266', 'PRODUCTOS MEDICINALES', '21', '500.5', '0'],
];
const records = datastore.map((values) => Object.fromEntries(columns.map((c, i) => [c, values[i]])));

async function read(bytes: Uint8Array | string, format: TableFormat): Promise<Table> {
  return readTable(typeof bytes === 'string' ? encode(bytes) : bytes, format);
}

/** The rows as the layout reads them: what the import writes. */
function lines(table: Table) {
  const { rows, problems } = validateMinfinTable(table, { entityCode: '11130008' });
  expect(problems).toEqual([]);
  return rows.map((r) => ({ row: r.row, renglon: r.objectCode, fuente: r.sourceCode, departamento: r.geographyCode, amount: r.amount, vigente: r.execution.vigente, actividad: r.names.actividad }));
}

const expected = [
  { renglon: '011', fuente: '11', departamento: '04', amount: '1234567.89', vigente: '1300000.00', actividad: 'DIRECCIÓN Y COORDINACIÓN' },
  { renglon: '266', fuente: '21', departamento: '17', amount: '500.50', vigente: '0.00', actividad: 'SERVICIOS DE EDUCACIÓN' },
];
const withRows = (first: number) => expected.map((line, i) => ({ row: first + i, ...line }));

describe('CKAN datastore JSON', () => {
  const fields = [{ id: '_id', type: 'int' }, { id: '_full_text', type: 'tsvector' }, ...columns.map((id) => ({ id, type: 'text' }))];
  const ckanRecords = records.map((r, i) => ({ _id: i + 1, _full_text: `'2025':1 'educacion':3`, ...r }));
  const result = { include_total: true, resource_id: 'abc', fields, records_format: 'objects', records: ckanRecords, _links: { start: '/api/3/action/datastore_search?resource_id=abc', next: '/api/3/action/datastore_search?offset=100&resource_id=abc' }, total: 2 };

  it('when the file is the whole datastore_search answer, then _id and _full_text are ignored and every text value reads', async () => {
    const table = await read(JSON.stringify({ help: 'https://datos.minfin.gob.gt/api/3/action/help_show?name=datastore_search', success: true, result }), 'json');
    expect(lines(table)).toEqual(withRows(1));
  });

  it('when the file is the bare result object or the bare list of records, then it reads the same', async () => {
    expect(lines(await read(JSON.stringify(result), 'json'))).toEqual(withRows(1));
    expect(lines(await read(JSON.stringify(ckanRecords), 'json'))).toEqual(withRows(1));
  });

  it('when the answer was asked with records_format=lists, then each list is read by the fields', async () => {
    const lists = { ...result, records_format: 'lists', records: ckanRecords.map((r) => fields.map((f) => r[f.id as keyof typeof r])) };
    expect(lines(await read(JSON.stringify({ success: true, result: lists }), 'json'))).toEqual(withRows(1));
  });

  it('when the answer was asked with records_format=csv or tsv, then the text is read by the fields', async () => {
    const text = (d: string) => ckanRecords.map((r) => fields.map((f) => r[f.id as keyof typeof r]).join(d)).join('\n');
    expect(lines(await read(JSON.stringify({ success: true, result: { ...result, records_format: 'csv', records: text(',') } }), 'json'))).toEqual(withRows(1));
    expect(lines(await read(JSON.stringify({ success: true, result: { ...result, records_format: 'tsv', records: text('\t') } }), 'json'))).toEqual(withRows(1));
  });

  it('when values are numbers, nulls, exponents and keys come in another case, then they read as the same lines', async () => {
    const typed = [
      { _id: 1, EJERCICIO: 2025, CodigoEntidad: 11130008, entidad: 'MINISTERIO DE EDUCACIÓN', codigoDepartamento: 400, departamento: 'CHIMALTENANGO', codigoPrograma: 11, programa: 'EDUCACIÓN ESCOLAR DE PREPRIMARIA', codigoActividad: 1, actividad: 'DIRECCIÓN Y COORDINACIÓN', CODIGORENGLON: 11, renglon: 'PERSONAL PERMANENTE', codigoFuente: 11, codigoObra: null, Asignado: 1234567.89, vigente: 1.3e6 },
      { _id: 2, EJERCICIO: '2025', CodigoEntidad: ' 11130008 ', entidad: 'MINISTERIO DE EDUCACIÓN', codigoDepartamento: '17', departamento: 'PETÉN', codigoPrograma: '12', programa: 'EDUCACIÓN ESCOLAR PRIMARIA', codigoActividad: '2', actividad: 'SERVICIOS DE EDUCACIÓN', CODIGORENGLON: '266 ', renglon: 'PRODUCTOS MEDICINALES', codigoFuente: '21', codigoObra: null, Asignado: '5.005E+2', vigente: null },
    ];
    const got = lines(await read(JSON.stringify({ success: true, result: { records: typed } }), 'json'));
    expect(got).toEqual([withRows(1)[0], { ...withRows(1)[1], vigente: null }]);
  });

  it('when CKAN answered an error, then its message says so rather than a missing records list', async () => {
    const failed = JSON.stringify({ help: 'x', success: false, error: { __type: 'Not Found Error', message: 'Not found: Resource was not found.' } });
    await expect(read(failed, 'json')).rejects.toThrow(new UnreadableTableError('El JSON es una respuesta de error de CKAN: Not found: Resource was not found.'));
  });
});

describe('CSV', () => {
  const csv = (delimiter = ',', lineEnd = '\n') => [columns, ...datastore].map((cells) => cells.join(delimiter)).join(lineEnd) + lineEnd;

  it('when the CSV is UTF-8 with a BOM and CRLF line ends, then the first header and the accents read', async () => {
    expect(lines(await read(`\uFEFF${csv(',', '\r\n')}`, 'csv'))).toEqual(withRows(2));
  });

  it('when Excel saved the CSV in Windows-1252, then accents and its typographic quotes and dashes read', async () => {
    const text = csv().replace('DIRECCIÓN Y COORDINACIÓN', 'DIRECCIÓN “CENTRAL” – COORDINACIÓN');
    const bytes = Uint8Array.from([...text].map((c) => ({ '“': 0x93, '”': 0x94, '–': 0x96 })[c] ?? c.charCodeAt(0)));
    expect(bytes.every((b) => b < 256)).toBe(true);
    const got = lines(await read(bytes, 'csv'));
    expect(got[0]!.actividad).toBe('DIRECCIÓN “CENTRAL” – COORDINACIÓN');
    expect(got[1]).toEqual(withRows(2)[1]);
  });

  it('when Excel saved it as Unicode text (UTF-16 with tabs), then it reads', async () => {
    const text = `\uFEFF${csv('\t', '\r\n')}`;
    const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
    expect(lines(await read(bytes, 'csv'))).toEqual(withRows(2));
  });

  it('when Excel in a Spanish locale wrote semicolons and decimal commas, then amounts read by the file’s own convention', async () => {
    const spanish = csv(';').replace('1234567.89', '1.234.567,89').replace('1300000', '1.300.000').replace('500.5', '500,50');
    expect(lines(await read(spanish, 'csv'))).toEqual(withRows(2));
  });

  it('when fields are quoted (delimiters and line breaks inside), amounts have thousands separators, and blank lines and columns trail, then it reads', async () => {
    const rows = [[...columns, '', ''], ...datastore.map((cells) => [...cells, '', ''])];
    rows[1]![columns.indexOf('actividad')] = '"DIRECCIÓN, Y\nCOORDINACIÓN"';
    rows[1]![columns.indexOf('asignado')] = '"1,234,567.89"';
    rows[1]![columns.indexOf('vigente')] = '"1,300,000"';
    const text = `${rows.map((cells) => cells.join(',')).join('\r\n')}\r\n,,,\r\n\r\n\r\n`;
    const got = lines(await read(text, 'csv'));
    expect(got).toEqual([{ ...withRows(2)[0], actividad: 'DIRECCIÓN, Y COORDINACIÓN' }, { ...withRows(2)[1], row: 3 }]);
  });

  it('when a title line and a blank line come before the headers, then the headers are found and rows keep their line numbers', async () => {
    const text = `PRESUPUESTO POR RENGLÓN 2025\n\n${csv()}`;
    const table = await read(text, 'csv');
    expect(table.headerRow).toBe(3);
    expect(lines(table)).toEqual(withRows(4));
  });

  it('when a quote is never closed, then the file is refused saying the line where it opens, and the next file reads', async () => {
    const broken = csv().replace('DIRECCIÓN Y COORDINACIÓN', '"DIRECCIÓN Y COORDINACIÓN');
    await expect(read(broken, 'csv')).rejects.toThrow(new UnreadableTableError('El CSV tiene una comilla sin cerrar: abre en la línea 2'));
    // The reader that refused it reads the next file.
    expect(lines(await read(csv(), 'csv'))).toEqual(withRows(2));
  });

  it('when a CSV upload is labelled as Excel 97 or plain text (as Windows browsers and curl send it), then its format is still CSV', () => {
    expect(formatOfContentType('application/vnd.ms-excel')).toBe('csv');
    expect(formatOfContentType('text/plain; charset=utf-8')).toBe('csv');
  });
});

describe('Excel workbooks', () => {
  async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    build(workbook);
    return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }
  /** Codes and amounts as numbers, as Excel keeps them once typed. */
  const typedRows = datastore.map((values) => values.map((v, i) => (/^codigo|ejercicio|asignado|vigente/.test(columns[i]!) ? Number(v) : v)));

  it('when numbers are numeric cells (renglón 11, department 400), then they read padded as the catalogue writes them', async () => {
    const bytes = await workbookBytes((wb) => wb.addWorksheet('datos').addRows([columns, ...typedRows]));
    expect(lines(await read(bytes, 'xlsx'))).toEqual(withRows(2));
  });

  it('when a merged title and a blank row sit above the headers, then the headers are found below them', async () => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet('Presupuesto');
      sheet.getCell('A1').value = 'MINISTERIO DE EDUCACIÓN — PRESUPUESTO 2025';
      sheet.mergeCells('A1:N1');
      sheet.getCell('A2').value = 'Fuente: SICOIN';
      sheet.addRow([]);
      sheet.addRows([columns, ...typedRows]);
    });
    const table = await read(bytes, 'xlsx');
    expect(table.headerRow).toBe(4);
    expect(lines(table)).toEqual(withRows(5));
  });

  it('when cells are formulas, then their results are read; a date cell does not stop the file', async () => {
    const bytes = await workbookBytes((wb) => {
      const sheet = wb.addWorksheet('datos');
      sheet.addRows([[...columns, 'actualizado'], ...typedRows.map((r) => [...r, new Date(Date.UTC(2025, 0, 31))])]);
      sheet.getCell('M2').value = { formula: '1000000+234567.89', result: 1234567.89, date1904: false };
      sheet.getCell('N2').value = { formula: 'M2*0+1300000', result: 1300000, date1904: false };
      sheet.getCell('M3').value = { sharedFormula: 'M2', result: 500.5, date1904: false } as ExcelJS.CellSharedFormulaValue;
      sheet.getCell('J2').value = { formula: 'VALUE("11")', result: 11, date1904: false };
    });
    const table = await read(bytes, 'xlsx');
    expect(table.records[0]!.values.actualizado).toBe('2025-01-31T00:00:00.000Z');
    expect(lines(table)).toEqual(withRows(2));
  });

  it('when the workbook opens with notes and an empty sheet, then the data comes from the sheet with the table', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('vacía');
      wb.addWorksheet('Notas').addRows([['Datos abiertos del Ministerio de Finanzas Públicas'], ['Descargado el 31/01/2025'], ['Montos en quetzales']]);
      wb.addWorksheet('Diccionario').addRows([['campo', 'descripción'], ...columns.map((c) => [c, `el campo ${c}`])]);
      wb.addWorksheet('datos').addRows([columns, ...typedRows]);
    });
    expect(lines(await read(bytes, 'xlsx'))).toEqual(withRows(2));
  });

  it('when the file is an old Excel 97 workbook (.xls), then the message asks for .xlsx or CSV', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(read(ole, 'xlsx')).rejects.toThrow('El archivo es un libro de Excel 97-2003 (.xls): guárdelo como .xlsx o CSV');
    await expect(read(ole, 'csv')).rejects.toThrow('El archivo es un libro de Excel 97-2003 (.xls): guárdelo como .xlsx o CSV');
  });

  it('when a workbook is sent as CSV or a JSON answer as CSV, then the content decides how it is read', async () => {
    const bytes = await workbookBytes((wb) => wb.addWorksheet('datos').addRows([columns, ...typedRows]));
    expect(lines(await read(bytes, 'csv'))).toEqual(withRows(2));
    expect(lines(await read(JSON.stringify({ success: true, result: { records } }), 'csv'))).toEqual(withRows(1));
  });
});
