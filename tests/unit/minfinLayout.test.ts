// MINFIN's open-data layout without a database: headers, codes, amounts, categories, problems.
import { describe, expect, it } from 'vitest';
import {
  addAmounts,
  amountStyleOf,
  categoryChain,
  categoryCode,
  lineKey,
  mapHeaders,
  groupProblems,
  readAmount,
  readCode,
  readDepartment,
  validateMinfinTable,
  type Table,
} from '../../src/imports/minfinLayout';
import { validateExecutionTable } from '../../src/imports/executionLayout';

const headers = [
  'ejercicio',
  'codigoEntidad',
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
  'codigoFuente',
  'codigoDepartamento',
  'asignado',
  'vigente',
];

function table(rows: Record<string, unknown>[], header = headers): Table {
  return { headers: header, headerRow: 1, records: rows.map((values, i) => ({ row: i + 2, values })) };
}

const good = {
  ejercicio: '2028',
  codigoEntidad: '11130009',
  codigoPrograma: '11',
  programa: 'FOMENTO DE LA SALUD',
  codigoSubPrograma: '0',
  subPrograma: 'SIN SUBPROGRAMA',
  codigoProyecto: '0',
  proyecto: 'SIN PROYECTO',
  codigoActividad: '1',
  actividad: 'DIRECCIÓN Y COORDINACIÓN',
  codigoObra: '0',
  obra: '',
  codigoRenglon: '11',
  codigoFuente: 11,
  codigoDepartamento: '1',
  asignado: '1,234,567.50',
  vigente: 1300000,
};

describe('headers', () => {
  it('when headers differ in case and spaces, then they are recognised and the extra ones ignored', () => {
    const map = mapHeaders([' EJERCICIO ', 'CodigoPrograma', 'codigorenglon', 'CODIGOFUENTE', 'Asignado', 'region', 'cualquiera'], 1);
    expect(map.problems).toEqual([]);
    expect(map.columns).toEqual({ ejercicio: ' EJERCICIO ', codigoPrograma: 'CodigoPrograma', codigoRenglon: 'codigorenglon', codigoFuente: 'CODIGOFUENTE', asignado: 'Asignado' });
    expect(map.amountColumn).toBe('asignado');
  });

  it('when the file has solicitado or monto, then that is the programmed amount rather than asignado', () => {
    expect(mapHeaders(['ejercicio', 'codigoPrograma', 'codigoRenglon', 'codigoFuente', 'asignado', 'Monto']).amountColumn).toBe('monto');
    expect(mapHeaders(['ejercicio', 'codigoPrograma', 'codigoRenglon', 'codigoFuente', 'asignado', 'solicitado', 'monto']).amountColumn).toBe('solicitado');
  });

  it('when required columns or every amount column are missing, then one problem each at the header row', () => {
    const map = mapHeaders(['ejercicio', 'codigoPrograma', 'vigente'], 1);
    expect(map.problems).toEqual([
      { row: 1, column: 'codigoRenglon', message: 'falta la columna obligatoria codigoRenglon' },
      { row: 1, column: 'codigoFuente', message: 'falta la columna obligatoria codigoFuente' },
      { row: 1, column: 'asignado', message: 'falta una columna de monto: solicitado, monto o asignado' },
    ]);
  });
});

describe('codes and amounts', () => {
  it('when codes come as numbers or zero-padded strings, then they read the same and pad as stored', () => {
    expect(readCode(11)).toEqual({ ok: true, value: 11 });
    expect(readCode('011')).toEqual({ ok: true, value: 11 });
    expect(readCode(' 11.0 ')).toEqual({ ok: true, value: 11 });
    expect(readCode('1a')).toEqual({ ok: false, message: 'debe ser un código numérico' });
    expect(readCode(-3)).toMatchObject({ ok: false });
    expect(readCode('1000', 3)).toEqual({ ok: false, message: 'admite hasta 3 dígitos' });
    const [row] = validateMinfinTable(table([good])).rows;
    expect(row).toMatchObject({ objectCode: '011', sourceCode: '11', geographyCode: '01', entityCode: '11130009' });
    const [countryWide] = validateMinfinTable(table([{ ...good, codigoDepartamento: '' }])).rows;
    expect(countryWide!.geographyCode).toBe('00');
  });

  it('when headers are written with accents, spaces, underscores or hyphens, then they are still MINFIN’s columns', () => {
    const map = mapHeaders(['Ejercicio', 'Código Programa', 'codigo_renglon', 'CODIGO-FUENTE', 'Asignado', 'código departamento'], 1);
    expect(map.problems).toEqual([]);
    expect(map.columns).toMatchObject({ codigoPrograma: 'Código Programa', codigoRenglon: 'codigo_renglon', codigoFuente: 'CODIGO-FUENTE', codigoDepartamento: 'código departamento' });
  });

  it('when codes have spaces around them (also non-breaking) or lost their leading zeros, then they read as the catalogue writes them', () => {
    expect(readCode(' 011\u00a0')).toEqual({ ok: true, value: 11 });
    const { rows, problems } = validateMinfinTable(table([{ ...good, codigoRenglon: ' 11 ', codigoFuente: '\u00a011', codigoDepartamento: ' 400 ' }, { ...good, codigoRenglon: 266, codigoFuente: '021', codigoDepartamento: '400.0', codigoActividad: '2' }]));
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.objectCode, r.sourceCode, r.geographyCode])).toEqual([
      ['011', '11', '04'],
      ['266', '21', '04'],
    ]);
    for (const department of [4, '4', '04', 400, '400', '0400', 4.0]) expect(readDepartment(department)).toEqual({ ok: true, value: '04' });
  });

  it('when amounts come as exponents, float noise or a third decimal, then they read rounded to centavos', () => {
    expect(readAmount(1.2345e6)).toEqual({ ok: true, value: '1234500.00' });
    expect(readAmount('1.2345e6')).toEqual({ ok: true, value: '1234500.00' });
    expect(readAmount('1,2345E+06')).toEqual({ ok: true, value: '1234500.00' });
    expect(readAmount(0.1 + 0.2)).toEqual({ ok: true, value: '0.30' });
    expect(readAmount('1234.565')).toEqual({ ok: true, value: '1234.57' });
    expect(readAmount('-0')).toEqual({ ok: true, value: '0.00' });
    expect(readAmount('-1,234.5', true)).toEqual({ ok: true, value: '-1234.50' });
    expect(readAmount('1e30')).toEqual({ ok: false, message: 'es demasiado grande' });
    expect(readAmount('99999999999999999')).toEqual({ ok: false, message: 'es demasiado grande' });
    expect(readAmount('9999999999999999.99')).toEqual({ ok: true, value: '9999999999999999.99' });
    expect(readAmount(true)).toMatchObject({ ok: false });
  });

  it('when amounts use a decimal comma, then they read when unambiguous, and 1,234 or 1.234 reads by the file’s other amounts', () => {
    expect(readAmount('1.234.567,89')).toEqual({ ok: true, value: '1234567.89' });
    expect(readAmount('1 234 567,89')).toEqual({ ok: true, value: '1234567.89' });
    expect(readAmount('1234,5')).toEqual({ ok: true, value: '1234.50' });
    expect(readAmount('1.300.000')).toEqual({ ok: true, value: '1300000.00' });
    expect(readAmount('0,125')).toEqual({ ok: true, value: '0.13' });
    // Either mark fits: Guatemala's point unless the file shows otherwise.
    expect(readAmount('1,234')).toEqual({ ok: true, value: '1234.00' });
    expect(readAmount('1.234')).toEqual({ ok: true, value: '1.23' });
    expect(readAmount('1,234', false, ',')).toEqual({ ok: true, value: '1.23' });
    expect(readAmount('1.234', false, ',')).toEqual({ ok: true, value: '1234.00' });
    expect(readAmount('1.234', false, 'mixed')).toEqual({ ok: false, message: expect.stringMatching(/^no se sabe si el separador es de miles o de decimales/) });
    expect(readAmount('1234', false, 'mixed')).toEqual({ ok: true, value: '1234.00' });

    expect(amountStyleOf([])).toBe('.');
    expect(amountStyleOf(['1,234', '1234', 1234.5, null])).toBe('.');
    expect(amountStyleOf(['1,234', '1.234,50'])).toBe(',');
    expect(amountStyleOf(['1.300.000', ' -2,5 '])).toBe(',');
    expect(amountStyleOf(['1,234.50', '2,5'])).toBe('mixed');

    const spanish = validateMinfinTable(table([{ ...good, asignado: '1.234', vigente: '2.500,50' }]));
    expect(spanish.problems).toEqual([]);
    expect(spanish.rows[0]).toMatchObject({ amount: '1234.00', execution: { asignado: '1234.00', vigente: '2500.50' } });
    const mixed = validateMinfinTable(table([{ ...good, asignado: '1,234.50' }, { ...good, asignado: '1.234', vigente: '2.500,50', codigoRenglon: '12' }]));
    expect(mixed.problems).toEqual([{ row: 3, column: 'asignado', message: expect.stringMatching(/^no se sabe si el separador/) }]);
  });

  it('when an execution file writes its figures with a decimal comma, then the execution layout reads them by the same rule', () => {
    const executionHeaders = ['ejercicio', 'codigoPrograma', 'codigoRenglon', 'codigoFuente', 'mes', 'vigente', 'devengado', 'pagado'];
    const row = { ejercicio: '2028', codigoPrograma: '11', codigoRenglon: '11', codigoFuente: '11', mes: '3', vigente: '1.500.000,50', devengado: '1.234', pagado: '1.000' };
    const { rows, problems } = validateExecutionTable(table([row], executionHeaders));
    expect(problems).toEqual([]);
    expect(rows[0]!.figures).toEqual({ vigente: '1500000.50', devengado: '1234.00', pagado: '1000.00' });
  });

  it('when amounts are numbers, plain strings or have comma thousands separators, then they read as decimals', () => {
    expect(readAmount(1234.5)).toEqual({ ok: true, value: '1234.50' });
    expect(readAmount('1234.50')).toEqual({ ok: true, value: '1234.50' });
    expect(readAmount('1,234.50')).toEqual({ ok: true, value: '1234.50' });
    expect(readAmount(' 12,345,678 ')).toEqual({ ok: true, value: '12345678.00' });
    expect(readAmount('.5')).toEqual({ ok: true, value: '0.50' });
    expect(readAmount('1,23.5')).toMatchObject({ ok: false });
    expect(readAmount('abc')).toEqual({ ok: false, message: 'debe ser un número, p. ej. 1234.50 o 1,234.50' });
    expect(readAmount('-5')).toEqual({ ok: false, message: 'no puede ser negativo' });
    expect(readAmount(-0.01)).toEqual({ ok: false, message: 'no puede ser negativo' });
    const [row] = validateMinfinTable(table([good])).rows;
    expect(row!.amount).toBe('1234567.50');
    expect(row!.execution).toEqual({ asignado: '1234567.50', modificado: null, vigente: '1300000.00', devengado: null, pagado: null });
  });
});

describe('categories', () => {
  it('when a row names an activity, then its code joins the five codes and the tree reaches it from its programme', () => {
    const parts = { programa: 11, subPrograma: 2, proyecto: 5, actividad: 1, obra: 0 };
    expect(categoryCode(parts)).toBe('11-02-005-001-000');
    const chain = categoryChain(parts, { programa: 'SALUD', subPrograma: 'PRIMER NIVEL', proyecto: 'CENTROS', actividad: 'ATENCIÓN', obra: 'SIN OBRA' });
    expect(chain.map(({ code, name, parentCode, depth }) => ({ code, name, parentCode, depth }))).toEqual([
      { code: '11-00-000-000-000', name: 'SALUD', parentCode: null, depth: 0 },
      { code: '11-02-000-000-000', name: 'PRIMER NIVEL', parentCode: '11-00-000-000-000', depth: 1 },
      { code: '11-02-005-000-000', name: 'CENTROS', parentCode: '11-02-000-000-000', depth: 2 },
      { code: '11-02-005-001-000', name: 'ATENCIÓN', parentCode: '11-02-005-000-000', depth: 3 },
    ]);
  });

  it('when subprograma and proyecto are 0, then the activity hangs from the programme, and an obra names its category', () => {
    const chain = categoryChain({ programa: 1, subPrograma: 0, proyecto: 0, actividad: 0, obra: 7 }, { programa: 'ACTIVIDADES CENTRALES', subPrograma: 'SIN SUBPROGRAMA', proyecto: '', actividad: '', obra: 'EDIFICIO' });
    expect(chain.map((n) => [n.code, n.name, n.parentCode])).toEqual([
      ['1-00-000-000-000', 'ACTIVIDADES CENTRALES', null],
      ['1-00-000-000-007', 'EDIFICIO', '1-00-000-000-000'],
    ]);
  });

  it('when a line sits on the programme itself, then the chain is the programme alone', () => {
    const chain = categoryChain({ programa: 94, subPrograma: 0, proyecto: 0, actividad: 0, obra: 0 }, { programa: '', subPrograma: '', proyecto: '', actividad: '', obra: '' });
    expect(chain).toEqual([expect.objectContaining({ code: '94-00-000-000-000', name: 'Programa 94', parentCode: null, depth: 0 })]);
  });

  it('when two rows differ only in how their codes are written, then they are the same line and the later one is a duplicate', () => {
    const { rows, problems } = validateMinfinTable(table([good, { ...good, codigoRenglon: '011', codigoFuente: '11', codigoDepartamento: '01' }]));
    expect(lineKey(rows[0]!)).toBe('2028|11-00-000-001-000|011|11|01');
    expect(problems).toEqual([{ row: 3, column: 'codigoRenglon', message: expect.stringContaining('fila 2') }]);
  });
});

describe('validateMinfinTable', () => {
  it('when rows have several problems, then every one is collected with its row, its column as the file names it and a Spanish message', () => {
    const mixedCase = headers.map((h) => (h === 'asignado' ? 'Asignado' : h === 'codigoRenglon' ? 'CODIGORENGLON' : h));
    const rows = [
      { ...good, Asignado: good.asignado, CODIGORENGLON: '11' },
      { ...good, Asignado: 'abc', CODIGORENGLON: '11', codigoFuente: 'x', ejercicio: '28' },
      { ...good, Asignado: '10', CODIGORENGLON: '' },
      { ...good, Asignado: '-1', CODIGORENGLON: '22', codigoPrograma: '' },
      { ...good, Asignado: '20', CODIGORENGLON: '011' },
    ];
    const { rows: valid, problems } = validateMinfinTable(table(rows, mixedCase));
    expect(problems).toEqual([
      { row: 3, column: 'ejercicio', message: 'debe ser un año entre 2000 y 2100' },
      { row: 3, column: 'codigoFuente', message: 'debe ser un código numérico' },
      { row: 3, column: 'Asignado', message: 'debe ser un número, p. ej. 1234.50 o 1,234.50' },
      { row: 4, column: 'CODIGORENGLON', message: 'es obligatorio' },
      { row: 5, column: 'codigoPrograma', message: 'es obligatorio' },
      { row: 5, column: 'Asignado', message: 'no puede ser negativo' },
      { row: 6, column: 'CODIGORENGLON', message: expect.stringMatching(/^repite la línea de la fila 2 /) },
    ]);
    expect(valid.map((r) => r.row)).toEqual([2]);
  });

  it('when the institution has an entity code, then rows of another entity are problems', () => {
    const { problems } = validateMinfinTable(table([good, { ...good, codigoEntidad: '11130010', codigoRenglon: '12' }]), { entityCode: '0011130009' });
    expect(problems).toEqual([{ row: 3, column: 'codigoEntidad', message: 'el archivo trae la entidad 11130010, que no es la de la institución (11130009)' }]);
  });

  it('when the catalogues have entries, then each unknown code is one problem with its name and row count; an empty catalogue checks nothing', () => {
    const withNames = [...headers, 'renglon', 'fuente'];
    const rows = [
      good,
      { ...good, codigoRenglon: '27', renglon: 'COMPLEMENTOS ESPECÍFICOS AL PERSONAL TEMPORAL', codigoActividad: '2' },
      { ...good, codigoRenglon: '027', renglon: 'COMPLEMENTOS ESPECÍFICOS AL PERSONAL TEMPORAL', codigoActividad: '3', codigoFuente: '99' },
      { ...good, codigoRenglon: '27', codigoActividad: '4' },
    ];
    expect(validateMinfinTable(table(rows, withNames)).problems).toEqual([]);
    const { problems, unknownCodes } = validateMinfinTable(table(rows, withNames), { catalogues: { objetoGasto: new Set(['011']), fuenteFinanciamiento: new Set(['11', '21']) } });
    expect(unknownCodes).toEqual([
      { catalogue: 'objetoGasto', code: '027', name: 'COMPLEMENTOS ESPECÍFICOS AL PERSONAL TEMPORAL', rows: 3, firstRow: 3 },
      { catalogue: 'fuenteFinanciamiento', code: '99', name: '', rows: 1, firstRow: 4 },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'el renglón 027 (COMPLEMENTOS ESPECÍFICOS AL PERSONAL TEMPORAL) no está en el catálogo de objeto del gasto: 3 filas, la primera la 3',
      'la fuente 99 no está en el catálogo de fuentes de financiamiento: 1 fila, la 4',
    ]);
  });

  it("when the departamento comes as MINFIN's datastore writes it (department x 100), then it reads as the same two digits", () => {
    expect(readDepartment(400)).toEqual({ ok: true, value: '04' });
    expect(readDepartment('2200')).toEqual({ ok: true, value: '22' });
    expect(readDepartment('04')).toEqual({ ok: true, value: '04' });
    expect(readDepartment(0)).toEqual({ ok: true, value: '00' });
    expect(readDepartment(450)).toEqual({ ok: false, message: 'debe tener 2 dígitos (04) o ser el departamento por 100 (400)' });
    const { rows, problems } = validateMinfinTable(table([{ ...good, codigoDepartamento: 400 }, { ...good, codigoDepartamento: '4', codigoRenglon: '12' }]), { catalogues: { geografia: new Set(['04']) } });
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.geographyCode)).toEqual(['04', '04']);
  });

  it('when rows differ only in a column Ciclo does not keep (correlativo), then they are one line with the amounts added exactly', () => {
    const withCorrelativo = [...headers, 'correlativo', 'modificado'];
    const rows = [
      { ...good, correlativo: 1, asignado: '0.10', vigente: '10.05', modificado: '-2.50' },
      { ...good, correlativo: 2, asignado: '0.20', vigente: '20.10', modificado: '' },
      { ...good, correlativo: 2, asignado: '0.20', vigente: '20.10', modificado: '' },
    ];
    const { rows: lines, problems, rowsMerged } = validateMinfinTable(table(rows, withCorrelativo));
    expect(rowsMerged).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ amount: '0.30', execution: { vigente: '30.15', modificado: '-2.50' } });
    expect(problems).toEqual([{ row: 4, column: 'codigoRenglon', message: expect.stringMatching(/^repite la línea de la fila 3 /) }]);
  });

  it('when many rows share a problem, then it is told once with its count and first rows', () => {
    const problems = [3, 4, 5].map((row) => ({ row, column: 'codigoDepartamento', message: 'x' })).concat([{ row: 9, column: 'codigoRenglon', message: 'y' }]);
    expect(groupProblems(problems)).toEqual([
      { row: 3, column: 'codigoDepartamento', message: 'x', count: 3, rows: [3, 4, 5] },
      { row: 9, column: 'codigoRenglon', message: 'y', count: 1, rows: [9] },
    ]);
    expect(addAmounts('1234567890123456.78', '0.22')).toBe('1234567890123457.00');
    expect(addAmounts('-0.05', '0.02')).toBe('-0.03');
  });

  it('when the programmed amount column is empty in a row, then that row is a problem even if vigente is there', () => {
    const { problems } = validateMinfinTable(table([{ ...good, asignado: '' }]));
    expect(problems).toEqual([{ row: 2, column: 'asignado', message: 'es obligatorio' }]);
  });

  it('when a required column is missing from the file, then it is named once, not once per row', () => {
    const { problems } = validateMinfinTable(table([good, good], headers.filter((h) => h !== 'codigoFuente')));
    expect(problems.filter((p) => p.column === 'codigoFuente')).toEqual([{ row: 1, column: 'codigoFuente', message: 'falta la columna obligatoria codigoFuente' }]);
  });
});
