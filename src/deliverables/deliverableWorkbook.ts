// A stage's deliverable as an XLSX workbook (written with ExcelJS) and back: the sheets
// workbookSheets lays out, protected so only the editable cells take input, drop-down lists drawn
// from a hidden sheet of catalogues, and a first sheet naming the stage and version it came from.
import ExcelJS from 'exceljs';
import type { Database } from '../db/prisma';
import { deliverableNames, type DeliverableContent, type DeliverableKind } from '../domain/planBudget/deliverable';
import { aboutSheetTitle, catalogueSheetTitle, sheetColumn, sheetsOf, type WorkbookCatalogue, type WorkbookCatalogues, type WorkbookRecord } from '../domain/planBudget/workbookSheets';
import { Refusal } from '../domain/refusal';
import { readTable, UnreadableTableError } from '../imports/readTable';

/** The stage and version a workbook was downloaded from, as its first sheet says. */
export interface WorkbookOrigin {
  stageId: string;
  version: number;
}

const aboutHeaders = { stageId: 'Identificador de la etapa', version: 'Versión', stage: 'Etapa', institution: 'Institución', fiscalYear: 'Año', deliverable: 'Entrega', downloadedAt: 'Descargado' } as const;

const catalogueHeaders: Record<WorkbookCatalogue, string> = { products: 'Productos', results: 'Resultados', categories: 'Categorías programáticas', unitsOfMeasure: 'Unidades de medida' };
const catalogueOrder = Object.keys(catalogueHeaders) as WorkbookCatalogue[];

const lockedFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
const editableFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8E1' } };

/** The codes the drop-down lists offer: the institution's products, results and categories of the year, and the units of measure. */
export async function workbookCatalogues(db: Database, institutionId: string, fiscalYear: number): Promise<WorkbookCatalogues> {
  const [products, results, categories, units] = await Promise.all([
    db.product.findMany({ where: { institutionId }, select: { code: true }, orderBy: { code: 'asc' } }),
    db.strategicResult.findMany({ where: { strategicPlan: { institutionId, startYear: { lte: fiscalYear }, endYear: { gte: fiscalYear } } }, select: { code: true }, orderBy: { code: 'asc' } }),
    db.programmaticCategory.findMany({ where: { institutionId, fiscalYear }, select: { code: true }, orderBy: { code: 'asc' } }),
    db.classifierEntry.findMany({ where: { catalogue: 'unidadMedida' }, select: { code: true }, orderBy: { code: 'asc' } }),
  ]);
  const codes = (rows: { code: string }[]) => [...new Set(rows.map((r) => r.code))];
  return { products: codes(products), results: codes(results), categories: codes(categories), unitsOfMeasure: codes(units) };
}

interface WorkbookStage {
  id: string;
  name: string;
  version: number;
  institution: string;
  fiscalYear: number;
}

const columnLetter = (index: number) => {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

/** The workbook's bytes: the about sheet, a sheet per collection with items, the catalogues' hidden sheet. */
export async function writeDeliverableWorkbook(stage: WorkbookStage, kind: DeliverableKind, content: DeliverableContent, catalogues: WorkbookCatalogues): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ciclo';
  workbook.created = new Date();

  const about = workbook.addWorksheet(aboutSheetTitle);
  about.addRow(Object.values(aboutHeaders)).font = { bold: true };
  about.addRow([stage.id, stage.version, stage.name, stage.institution, stage.fiscalYear, deliverableNames[kind], new Date().toISOString()]);
  about.addRow([]);
  for (const line of [
    'Cambie los valores de las celdas amarillas; los códigos (celdas grises) identifican cada fila y están bloqueados.',
    'Las listas desplegables vienen de los catálogos de Ciclo. El libro cambia valores: no agrega ni borra filas.',
    'Suba el libro en la pestaña «Entrega» de la etapa: verá las diferencias antes de aplicarlas, todas o ninguna.',
    'Si la etapa se envía o cambia de versión, descargue el libro de nuevo.',
  ])
    about.addRow([line]);
  about.columns.forEach((column) => (column.width = 24));
  about.getColumn(1).width = 40;
  await about.protect('', { selectLockedCells: true, selectUnlockedCells: true });

  const lists = workbook.addWorksheet(catalogueSheetTitle, { state: 'hidden' });
  catalogueOrder.forEach((name, index) => {
    lists.getCell(1, index + 1).value = catalogueHeaders[name];
    catalogues[name].forEach((code, row) => (lists.getCell(row + 2, index + 1).value = code));
  });
  const listRange = (name: WorkbookCatalogue) => {
    const letter = columnLetter(catalogueOrder.indexOf(name));
    return `'${catalogueSheetTitle}'!$${letter}$2:$${letter}$${catalogues[name].length + 1}`;
  };

  for (const { sheet, rows } of sheetsOf(content)) {
    const worksheet = workbook.addWorksheet(sheet.title, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow(sheet.columns.map((c) => c.header)).font = { bold: true };
    for (const row of rows) worksheet.addRow(row);
    sheet.columns.forEach((column, index) => {
      const widthAndFormat = worksheet.getColumn(index + 1);
      widthAndFormat.width = Math.min(60, Math.max(12, column.header.length + 4));
      if (column.kind === 'text' && column.key) widthAndFormat.numFmt = '@';
      for (let row = 2; row <= rows.length + 1; row++) {
        const cell = worksheet.getCell(row, index + 1);
        if (!column.editable) {
          cell.fill = lockedFill;
          continue;
        }
        cell.protection = { locked: false };
        cell.fill = editableFill;
        if (column.kind === 'yesNo') cell.dataValidation = { type: 'list', allowBlank: false, formulae: ['"Sí,No"'], showErrorMessage: true, errorTitle: 'Sí o No', error: 'Elija Sí o No' };
        else if (column.catalogue && catalogues[column.catalogue].length > 0) {
          cell.dataValidation = { type: 'list', allowBlank: true, formulae: [listRange(column.catalogue)], showErrorMessage: true, errorTitle: 'Fuera del catálogo', error: `Elija un código de la lista (${catalogueHeaders[column.catalogue]})` };
        } else if (column.kind === 'number') {
          cell.dataValidation = { type: 'decimal', operator: 'between', allowBlank: true, formulae: [-1e13, 1e15], showErrorMessage: true, errorTitle: 'Número', error: 'Escriba un número' };
        }
      }
    });
    await worksheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, autoFilter: true });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The edited workbook read back (in readTable's worker, within its limits): where it came from, by
 * its first sheet, and every row of the other sheets.
 */
export async function readDeliverableWorkbook(bytes: Uint8Array): Promise<{ origin: WorkbookOrigin; records: WorkbookRecord[] }> {
  const table = await readTable(bytes, 'sheets').catch((err: unknown) => {
    if (err instanceof UnreadableTableError) throw new Refusal('rejected', err.message);
    throw err;
  });
  const about = table.records.find((r) => r.values[sheetColumn] === aboutSheetTitle);
  const stageId = about?.values[aboutHeaders.stageId];
  const version = Number(about?.values[aboutHeaders.version]);
  if (typeof stageId !== 'string' || !Number.isInteger(version)) {
    throw new Refusal('rejected', `El libro no dice de qué etapa es: falta su hoja «${aboutSheetTitle}»; descárguelo de la etapa y edítelo sin quitar esa hoja`);
  }
  const records = table.records.filter((r) => r.values[sheetColumn] !== aboutSheetTitle && r.values[sheetColumn] !== catalogueSheetTitle).map((r) => ({ sheet: String(r.values[sheetColumn]), row: r.row, values: r.values }));
  return { origin: { stageId, version }, records };
}
