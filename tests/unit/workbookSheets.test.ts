// The workbook's layout and reading, without a file: which sheets a content fills, and how edited
// rows come back (values read as a spreadsheet holds them, keys matched, problems listed).
import { describe, expect, it } from 'vitest';
import { emptyContent, type DeliverableContent } from '../../src/domain/planBudget/deliverable';
import { diffSnapshots } from '../../src/domain/planBudget/snapshotDiff';
import { readWorkbookEdits, sheetsOf, workbookSheets, type WorkbookRecord } from '../../src/domain/planBudget/workbookSheets';

function proposal(): DeliverableContent {
  const content = emptyContent('budgetProposal', 'MSPAS', 2028);
  content.products = [{ code: 'P-01', name: 'Vacunación', unitOfMeasure: 'persona', resultCode: 'R-01', parentCode: null, categoryCode: '11-00-000-001-000' }];
  content.budgetLines = [
    { categoryCode: '11-00-000-001-000', objectCode: '011', sourceCode: '11', geographyCode: '00', productCode: 'P-01', centralActivities: false, inputQuantity: null, unitPrice: null, amount: 1000 },
    { categoryCode: '01-00-000-001-000', objectCode: '122', sourceCode: '11', geographyCode: '01', productCode: null, centralActivities: true, inputQuantity: 10, unitPrice: 5, amount: 50 },
  ];
  content.ceilings = [{ institutionCode: 'MSPAS', sourceCode: '11', year: 2028, version: 2, amount: 5000 }];
  return content;
}

const catalogues = { products: ['P-01', 'P-02'], results: ['R-01'], categories: ['11-00-000-001-000'], unitsOfMeasure: ['persona', 'dosis'] };
const sheet = 'Líneas presupuestarias';
const line = (values: Record<string, unknown>, row = 2): WorkbookRecord => ({ sheet, row, values: { 'Categoría programática': '11-00-000-001-000', Renglón: '011', Fuente: '11', Departamento: '00', ...values } });

describe('workbook sheets', () => {
  it('when a proposal is laid out, then only its filled collections get a sheet, in the columns order, booleans as Sí/No', () => {
    const sheets = sheetsOf(proposal());
    expect(sheets.map((s) => s.sheet.title)).toEqual(['Productos', 'Líneas presupuestarias', 'Techos']);
    expect(sheets[1]!.rows[1]).toEqual(['01-00-000-001-000', '122', '11', '01', null, 'Sí', 10, 5, 50]);
    // A ceiling is MINFIN's figure: shown, never read back.
    expect(workbookSheets.find((s) => s.collection === 'ceilings')!.columns.some((c) => c.editable)).toBe(false);
  });

  it('when values come back as a spreadsheet holds them, then they are read: text numbers with a decimal comma, Sí/No, a code from the list', () => {
    const current = proposal();
    const { content, problems } = readWorkbookEdits(current, [line({ 'Monto (Q)': '1 500,5', Producto: 'P-02' }), line({ 'Categoría programática': '01-00-000-001-000', Renglón: '122', Departamento: '01', 'Actividades centrales': 'no', 'Precio unitario': '' }, 3)], catalogues);
    expect(problems).toEqual([]);
    const diff = diffSnapshots(current, content);
    expect(diff.collections.budgetLines!.changed).toEqual([
      { key: '01-00-000-001-000/122/11/01', changes: [{ field: 'centralActivities', from: true, to: false }, { field: 'unitPrice', from: 5, to: null }] },
      { key: '11-00-000-001-000/011/11/00', changes: [{ field: 'productCode', from: 'P-01', to: 'P-02' }, { field: 'amount', from: 1000, to: 1500.5 }] },
    ]);
    // The content given is not changed in place.
    expect(current.budgetLines[0]!.amount).toBe(1000);
  });

  it('when rows break the rules, then each problem names its sheet, row and column, and a row the workbook lacks is left as it is', () => {
    const { problems } = readWorkbookEdits(
      proposal(),
      [
        line({ 'Monto (Q)': -3 }),
        line({ Renglón: '999' }, 3),
        line({ 'Monto (Q)': 'mil' }, 4),
        line({ 'Actividades centrales': 'Sí' }, 5),
        line({ Producto: 'P-99' }, 6),
        { sheet: 'Productos', row: 2, values: { Código: 'P-01', Nombre: 'x' } },
      ],
      catalogues,
    );
    expect(problems).toEqual([
      { sheet: 'Productos', row: 2, column: 'Nombre', message: 'es obligatorio' },
      { sheet, row: 2, column: 'Monto (Q)', message: 'no puede ser negativo' },
      { sheet, row: 3, message: 'la fila 11-00-000-001-000/999/11/00 no existe en Ciclo: el libro cambia valores, no agrega filas; agréguela en Ciclo y descargue el libro de nuevo' },
      { sheet, row: 4, message: 'la fila 11-00-000-001-000/011/11/00 ya está en la fila 2' },
      { sheet, row: 5, message: 'la fila 11-00-000-001-000/011/11/00 ya está en la fila 2' },
      { sheet, row: 6, message: 'la fila 11-00-000-001-000/011/11/00 ya está en la fila 2' },
    ]);
  });

  it('when a value is no number, a line both central and of a product, or a code off its list, then each is a problem; a code kept as it was is not', () => {
    const current = proposal();
    current.products[0]!.unitOfMeasure = 'caja';
    const { problems } = readWorkbookEdits(
      current,
      [line({ 'Monto (Q)': 'mil', 'Actividades centrales': 'quizá' }), { sheet: 'Productos', row: 2, values: { Código: 'P-01', 'Unidad de medida': 'caja', Resultado: 'R-09' } }, line({ 'Categoría programática': '01-00-000-001-000', Renglón: '122', Departamento: '01', Producto: 'P-01' }, 3)],
      catalogues,
    );
    expect(problems).toEqual([
      { sheet: 'Productos', row: 2, column: 'Resultado', message: 'R-09 no está en la lista de la hoja Catálogos' },
      { sheet, row: 2, column: 'Actividades centrales', message: 'debe ser Sí o No' },
      { sheet, row: 2, column: 'Monto (Q)', message: 'debe ser un número' },
      { sheet, row: 3, column: 'Actividades centrales', message: 'una línea de actividades centrales no se vincula a un producto' },
    ]);
  });
});
