// The budget execution layout without a database: headers, the month, the figures and their
// rules, one year per file, and matching rows to stored lines.
import { describe, expect, it } from 'vitest';
import {
  centavos,
  decimalOf,
  executionLineKey,
  executionTemplateColumns,
  mapExecutionHeaders,
  matchStoredLines,
  validateExecutionTable,
} from '../../src/imports/executionLayout';
import type { Table } from '../../src/imports/minfinLayout';

const headers = ['ejercicio', 'codigoEntidad', 'codigoPrograma', 'codigoSubPrograma', 'codigoProyecto', 'codigoActividad', 'codigoObra', 'codigoRenglon', 'codigoFuente', 'codigoDepartamento', 'mes', 'vigente', 'devengado', 'pagado'];

function table(rows: Record<string, unknown>[], header = headers): Table {
  return { headers: header, headerRow: 1, records: rows.map((values, i) => ({ row: i + 2, values })) };
}

const good = {
  ejercicio: '2030',
  codigoEntidad: '11130009',
  codigoPrograma: '11',
  codigoSubPrograma: '1',
  codigoProyecto: '0',
  codigoActividad: '2',
  codigoObra: '0',
  codigoRenglon: 266,
  codigoFuente: '21',
  codigoDepartamento: '5',
  mes: '3',
  vigente: '5,000,000.00',
  devengado: 1_250_000.5,
  pagado: '1000000',
};

describe('headers', () => {
  it('when the year is asked for, then ejercicio is not required; otherwise it is, and every other required column is named once', () => {
    expect(mapExecutionHeaders(headers.filter((h) => h !== 'ejercicio'), { fiscalYear: 2030 }, 1).problems).toEqual([]);
    expect(mapExecutionHeaders(['ejercicio', 'codigoPrograma', 'codigoRenglon', 'codigoFuente', 'vigente'], {}, 1).problems).toEqual([
      { row: 1, column: 'mes', message: 'falta la columna obligatoria mes' },
      { row: 1, column: 'devengado', message: 'falta la columna obligatoria devengado' },
      { row: 1, column: 'pagado', message: 'falta la columna obligatoria pagado' },
    ]);
    expect(mapExecutionHeaders(['codigoPrograma', 'codigoRenglon', 'codigoFuente', 'mes', 'vigente', 'devengado', 'pagado']).problems).toEqual([{ column: 'ejercicio', message: 'falta la columna obligatoria ejercicio' }]);
  });

  it('when headers differ in case and MINFIN’s name columns come along, then they are recognised or ignored', () => {
    const map = mapExecutionHeaders([' EJERCICIO ', 'Mes', 'programa', 'codigoPrograma', 'CODIGORENGLON', 'codigoFuente', 'Vigente', 'devengado', 'PAGADO', 'asignado']);
    expect(map.problems).toEqual([]);
    expect(map.columns).toEqual({ ejercicio: ' EJERCICIO ', mes: 'Mes', codigoPrograma: 'codigoPrograma', codigoRenglon: 'CODIGORENGLON', codigoFuente: 'codigoFuente', vigente: 'Vigente', devengado: 'devengado', pagado: 'PAGADO' });
  });

  it('when the template is laid out, then it is MINFIN’s codes and names followed by mes and the three figures, with no programmed amount', () => {
    expect(executionTemplateColumns.slice(0, 3)).toEqual(['ejercicio', 'codigoEntidad', 'entidad']);
    expect(executionTemplateColumns.slice(-6)).toEqual(['codigoFuente', 'fuente', 'mes', 'vigente', 'devengado', 'pagado']);
    for (const absent of ['asignado', 'modificado', 'solicitado', 'monto']) expect(executionTemplateColumns).not.toContain(absent);
  });
});

describe('one row', () => {
  it('when codes and amounts are written as MINFIN writes them, then they read as stored: padded codes and two-decimal figures', () => {
    const { rows, problems, fiscalYear } = validateExecutionTable(table([good]));
    expect(problems).toEqual([]);
    expect(fiscalYear).toBe(2030);
    expect(rows).toEqual([
      {
        row: 2,
        fiscalYear: 2030,
        category: { programa: 11, subPrograma: 1, proyecto: 0, actividad: 2, obra: 0 },
        objectCode: '266',
        sourceCode: '21',
        geographyCode: '05',
        month: 3,
        figures: { vigente: '5000000.00', devengado: '1250000.50', pagado: '1000000.00' },
      },
    ]);
    expect(executionLineKey(rows[0]!)).toBe('11-01-000-002-000|266|21|05');
  });

  it('when amounts carry more than two decimals, then they are compared and kept as PostgreSQL rounds them', () => {
    expect(centavos('10.005')).toBe(1001n);
    expect(centavos('10.0049')).toBe(1000n);
    expect(centavos('0.5')).toBe(50n);
    expect(centavos('9999999999999999.99')).toBe(999999999999999999n);
    expect(decimalOf(5n)).toBe('0.05');
    expect(decimalOf(999999999999999999n)).toBe('9999999999999999.99');
    // 10.004 rounds to 10.00 and 10.0049 to 10.00: equal, so not above.
    const { problems } = validateExecutionTable(table([{ ...good, vigente: '10.004', devengado: '10.0049', pagado: '0' }]));
    expect(problems).toEqual([]);
  });

  it('when a row has a bad month, a missing or negative figure, devengado over vigente or pagado over devengado, then each is a problem naming its column', () => {
    const { rows, problems } = validateExecutionTable(
      table([
        { ...good, mes: '13' },
        { ...good, mes: '', pagado: '' },
        { ...good, mes: '4', vigente: '-1' },
        { ...good, mes: '5', devengado: '5,000,000.01' },
        { ...good, mes: '6', pagado: '1250000.51' },
        { ...good, mes: 'marzo' },
      ]),
    );
    expect(problems).toEqual([
      { row: 2, column: 'mes', message: 'debe ser un mes de 1 a 12' },
      { row: 3, column: 'mes', message: 'es obligatorio' },
      { row: 3, column: 'pagado', message: 'es obligatorio' },
      { row: 4, column: 'vigente', message: 'no puede ser negativo' },
      { row: 5, column: 'devengado', message: '5000000.01 supera el vigente (5000000.00)' },
      { row: 6, column: 'pagado', message: '1250000.51 supera el devengado (1250000.50)' },
      { row: 7, column: 'mes', message: 'debe ser un mes de 1 a 12' },
    ]);
    expect(rows).toEqual([]);
  });

  it('when the line codes are wrong or of another entity, then they are refused as the budget lines import refuses them', () => {
    const { problems } = validateExecutionTable(table([{ ...good, codigoRenglon: '' }, { ...good, codigoFuente: 'x', codigoEntidad: '11130010' }]), { entityCode: '11130009' });
    expect(problems).toEqual([
      { row: 2, column: 'codigoRenglon', message: 'es obligatorio' },
      { row: 3, column: 'codigoEntidad', message: 'el archivo trae la entidad 11130010, que no es la de la institución (11130009)' },
      { row: 3, column: 'codigoFuente', message: 'debe ser un código numérico' },
    ]);
  });
});

describe('the year', () => {
  it('when the year is asked for, then rows without ejercicio take it and rows of another year are problems', () => {
    const { rows, problems, fiscalYear } = validateExecutionTable(table([{ ...good, ejercicio: '' }, { ...good, mes: 4, ejercicio: 2031 }]), { fiscalYear: 2030 });
    expect(fiscalYear).toBe(2030);
    expect(rows.map((r) => [r.row, r.fiscalYear])).toEqual([[2, 2030]]);
    expect(problems).toEqual([{ row: 3, column: 'ejercicio', message: 'es 2031, pero se importa la ejecución de 2030' }]);
  });

  it('when the file alone gives the year, then its first row sets it and a row of another year is a problem', () => {
    const { fiscalYear, problems } = validateExecutionTable(table([good, { ...good, mes: 4, ejercicio: '2029' }]));
    expect(fiscalYear).toBe(2030);
    expect(problems).toEqual([{ row: 3, column: 'ejercicio', message: 'es 2029, pero la fila 2 es de 2030: un archivo trae un solo ejercicio' }]);
  });
});

describe('months of one line', () => {
  it('when devengado or pagado goes down from one month to a later one, then the later row is a problem; vigente may go down', () => {
    const march = { ...good, mes: 3, vigente: '1000', devengado: '500', pagado: '400' };
    const { problems } = validateExecutionTable(
      table([
        { ...good, mes: 5, vigente: '900', devengado: '450', pagado: '450' },
        march,
        { ...good, mes: 1, vigente: '1200', devengado: '100', pagado: '50' },
        // Another line: its figures are its own.
        { ...march, codigoFuente: 11, devengado: '10', pagado: '0' },
      ]),
    );
    expect(problems).toEqual([
      { row: 2, column: 'devengado', message: 'el devengado acumulado del mes 5 (450.00) es menor que el del mes 3 (500.00, fila 3): las cifras acumuladas no bajan' },
    ]);
  });

  it('when a line’s month comes twice, then the second is a problem, however its codes are written', () => {
    const { rows, problems } = validateExecutionTable(table([good, { ...good, codigoRenglon: '266', codigoDepartamento: '05', mes: '03' }]));
    expect(problems).toEqual([{ row: 3, column: 'mes', message: 'repite el mes 3 de la misma línea (fila 2)' }]);
    expect(rows.map((r) => r.row)).toEqual([2]);
  });
});

describe('matching stored lines', () => {
  it('when a row names no stored line, then the problem names the category columns or the renglón, fuente and departamento columns', () => {
    const validated = validateExecutionTable(table([good, { ...good, codigoActividad: 9 }, { ...good, codigoDepartamento: 1 }]));
    expect(validated.problems).toEqual([]);
    const stored = { categoryCodes: new Set(['11-00-000-000-000', '11-01-000-000-000', '11-01-000-002-000']), lineIds: new Map([['11-01-000-002-000|266|21|05', 'line-1']]) };
    const { rows, problems } = matchStoredLines(validated, stored);
    expect(rows.map((r) => [r.row, r.budgetLineId])).toEqual([[2, 'line-1']]);
    expect(problems).toEqual([
      { row: 3, column: 'codigoPrograma, codigoSubPrograma, codigoProyecto, codigoActividad, codigoObra', message: 'la categoría programática 11-01-000-009-000 no existe en 2030: importe antes las líneas presupuestarias' },
      {
        row: 4,
        column: 'codigoRenglon, codigoFuente, codigoDepartamento',
        message: 'la categoría 11-01-000-002-000 no tiene en 2030 una línea con renglón 266, fuente 21 y departamento 01: importe antes las líneas presupuestarias',
      },
    ]);
  });
});
