// A stage's deliverable as a spreadsheet people edit offline: one sheet per collection, its key
// columns locked, the values people may change open (some from a catalogue's drop-down list), and
// the edited sheets read back into the content they describe. The workbook changes values only: a
// row is matched on its key, and a key Ciclo does not have is refused, never added.
import { z } from 'zod';
import { contentCollections, itemKeys, type ContentCollection, type DeliverableContent, type DeliverableKind } from './deliverable';
import type { SnapshotDiff } from './snapshotDiff';

/** A catalogue a column's drop-down list draws from. */
export type WorkbookCatalogue = 'products' | 'results' | 'categories' | 'unitsOfMeasure';
export type WorkbookCatalogues = Record<WorkbookCatalogue, string[]>;

export type CellKind = 'text' | 'number' | 'integer' | 'yesNo' | 'targets';

export interface WorkbookColumn {
  field: string;
  header: string;
  kind: CellKind;
  /** Part of the row's key: locked, and what the row is matched on. */
  key?: true;
  /** Read back from the sheet; columns neither key nor editable are shown locked and ignored. */
  editable?: z.ZodType;
  catalogue?: WorkbookCatalogue;
}

export interface WorkbookSheet {
  collection: ContentCollection;
  title: string;
  columns: WorkbookColumn[];
}

/** The sheet naming the stage and version the workbook was downloaded from. */
export const aboutSheetTitle = 'Ciclo';
/** The hidden sheet holding the catalogues' lists. */
export const catalogueSheetTitle = 'Catálogos';
/** The column the reader adds to every record: the sheet it came from. */
export const sheetColumn = '#hoja';

const money = z
  .number('debe ser un número')
  .min(0, 'no puede ser negativo')
  .max(1e15, 'es demasiado grande')
  .transform((v) => Math.round(v * 100) / 100);
const optionalMoney = money.nullable();
const indicatorValue = z.number('debe ser un número').min(-1e13, 'admite hasta 13 cifras enteras').max(1e13, 'admite hasta 13 cifras enteras');
const name = z.string('es obligatorio').trim().min(2, 'es obligatorio').max(500, 'admite hasta 500 caracteres');
const optionalCode = z.string().trim().max(40, 'admite hasta 40 caracteres').nullable();
const yesNo = z.boolean('debe ser Sí o No');

const code = (field: string, header: string): WorkbookColumn => ({ field, header, kind: 'text', key: true });
const year = (field: string, header: string): WorkbookColumn => ({ field, header, kind: 'integer', key: true });
const shown = (field: string, header: string, kind: CellKind = 'text'): WorkbookColumn => ({ field, header, kind });

export const workbookSheets: WorkbookSheet[] = [
  {
    collection: 'results',
    title: 'Resultados',
    columns: [code('code', 'Código'), { field: 'name', header: 'Nombre', kind: 'text', editable: name }, shown('level', 'Nivel'), shown('kind', 'Tipo'), shown('contributesTo', 'Contribuye a')],
  },
  {
    collection: 'products',
    title: 'Productos',
    columns: [
      code('code', 'Código'),
      { field: 'name', header: 'Nombre', kind: 'text', editable: name },
      { field: 'unitOfMeasure', header: 'Unidad de medida', kind: 'text', editable: optionalCode, catalogue: 'unitsOfMeasure' },
      { field: 'resultCode', header: 'Resultado', kind: 'text', editable: optionalCode, catalogue: 'results' },
      shown('parentCode', 'Producto padre'),
      { field: 'categoryCode', header: 'Categoría programática', kind: 'text', editable: optionalCode, catalogue: 'categories' },
    ],
  },
  {
    collection: 'targets',
    title: 'Metas físicas',
    columns: [code('productCode', 'Producto'), code('plan', 'Plan'), year('year', 'Año'), year('month', 'Mes (0 = año)'), { field: 'quantity', header: 'Cantidad', kind: 'number', editable: money }],
  },
  {
    collection: 'categories',
    title: 'Categorías programáticas',
    columns: [code('code', 'Código'), { field: 'name', header: 'Nombre', kind: 'text', editable: name }],
  },
  {
    collection: 'budgetLines',
    title: 'Líneas presupuestarias',
    columns: [
      code('categoryCode', 'Categoría programática'),
      code('objectCode', 'Renglón'),
      code('sourceCode', 'Fuente'),
      code('geographyCode', 'Departamento'),
      { field: 'productCode', header: 'Producto', kind: 'text', editable: optionalCode, catalogue: 'products' },
      { field: 'centralActivities', header: 'Actividades centrales', kind: 'yesNo', editable: yesNo },
      { field: 'inputQuantity', header: 'Cantidad de insumos', kind: 'number', editable: optionalMoney },
      { field: 'unitPrice', header: 'Precio unitario', kind: 'number', editable: optionalMoney },
      { field: 'amount', header: 'Monto (Q)', kind: 'number', editable: money },
    ],
  },
  {
    collection: 'ceilings',
    title: 'Techos',
    columns: [code('institutionCode', 'Institución'), code('sourceCode', 'Fuente'), year('year', 'Año'), shown('version', 'Versión', 'integer'), shown('amount', 'Monto (Q)', 'number')],
  },
  {
    collection: 'projections',
    title: 'Proyecciones',
    columns: [year('year', 'Año'), code('sourceCode', 'Fuente'), { field: 'amount', header: 'Monto (Q)', kind: 'number', editable: money }],
  },
  {
    collection: 'indicators',
    title: 'Indicadores',
    columns: [
      code('code', 'Código'),
      { field: 'name', header: 'Nombre', kind: 'text', editable: name },
      shown('level', 'Nivel'),
      shown('resultCode', 'Resultado'),
      shown('productCode', 'Producto'),
      shown('direction', 'Sentido'),
      { field: 'baseline', header: 'Línea de base', kind: 'number', editable: indicatorValue.nullable() },
      shown('targets', 'Metas por período', 'targets'),
    ],
  },
  {
    collection: 'measurements',
    title: 'Mediciones',
    columns: [code('indicatorCode', 'Indicador'), code('period', 'Período'), { field: 'value', header: 'Valor', kind: 'number', editable: indicatorValue }],
  },
  {
    collection: 'physicalExecution',
    title: 'Ejecución física',
    columns: [code('productCode', 'Producto'), year('year', 'Año'), year('month', 'Mes'), { field: 'quantity', header: 'Cantidad', kind: 'number', editable: money }],
  },
  {
    collection: 'financialExecution',
    title: 'Ejecución financiera',
    columns: [
      code('categoryCode', 'Categoría programática'),
      code('objectCode', 'Renglón'),
      code('sourceCode', 'Fuente'),
      code('geographyCode', 'Departamento'),
      year('month', 'Mes'),
      shown('vigente', 'Vigente (Q)', 'number'),
      shown('devengado', 'Devengado (Q)', 'number'),
      shown('pagado', 'Pagado (Q)', 'number'),
    ],
  },
];

/** Every sheet's collection is one of the content's: the list above cannot name another. */
workbookSheets.forEach((sheet) => {
  if (!contentCollections.includes(sheet.collection)) throw new Error(`${sheet.collection} no es una colección`);
});

export type CellValue = string | number | null;

/** An indicator's targets in one cell: "2028: 50 · 2028-C1: 10". */
const targetsText = (targets: Record<string, number>) =>
  Object.entries(targets)
    .map(([period, value]) => `${period}: ${value}`)
    .join(' · ');

/** An item's value as the sheet shows it. */
export function cellOf(column: WorkbookColumn, value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (column.kind === 'yesNo') return value ? 'Sí' : 'No';
  if (column.kind === 'targets') return targetsText(value as Record<string, number>);
  if (typeof value === 'number') return value;
  return String(value);
}

/** The sheets a deliverable's content fills, each with its rows: collections without items are left out. */
export function sheetsOf(content: DeliverableContent): { sheet: WorkbookSheet; rows: CellValue[][] }[] {
  return workbookSheets
    .filter((sheet) => content[sheet.collection].length > 0)
    .map((sheet) => ({
      sheet,
      rows: (content[sheet.collection] as unknown as Record<string, unknown>[]).map((item) => sheet.columns.map((column) => cellOf(column, item[column.field]))),
    }));
}

export interface WorkbookPreview {
  stageId: string;
  version: number;
  kind: DeliverableKind;
  /** What applying the workbook would change, against the content as it is now. */
  diff: SnapshotDiff;
  /** The content the diff was taken against: applying refuses once it changed. */
  fingerprint: string;
}

export interface WorkbookProblem {
  sheet: string;
  row: number;
  column?: string;
  message: string;
}

const blank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** A number as a spreadsheet may hold it: a number, or text such as "1 234,5" or "1234.5". */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  const text = String(value).replace(/[\s\u00a0]/g, '');
  const normal = text.includes(',') && !text.includes('.') ? text.replace(',', '.') : text.replace(/,/g, '');
  const parsed = Number(normal);
  return normal !== '' && Number.isFinite(parsed) ? parsed : undefined;
}

/** A cell read back as the value its column's schema takes, or a problem's message. */
function readCell(column: WorkbookColumn, value: unknown): { value: unknown } | { message: string } {
  if (blank(value)) return { value: null };
  switch (column.kind) {
    case 'number': {
      const number = numberOf(value);
      return number === undefined ? { message: 'debe ser un número' } : { value: number };
    }
    case 'integer': {
      const number = numberOf(value);
      return number === undefined || !Number.isInteger(number) ? { message: 'debe ser un número entero' } : { value: number };
    }
    case 'yesNo': {
      if (typeof value === 'boolean') return { value };
      const text = String(value).trim().toLowerCase();
      if (['sí', 'si', 'yes', 'true'].includes(text)) return { value: true };
      if (['no', 'false'].includes(text)) return { value: false };
      return { message: 'debe ser Sí o No' };
    }
    default:
      return { value: String(value).trim() };
  }
}

export interface WorkbookRecord {
  sheet: string;
  row: number;
  values: Record<string, unknown>;
}

/**
 * The content the edited workbook describes: the current content with each row's editable values
 * put in, matched on the row's key. Rows the workbook lacks stay as they are (they may have been
 * added in Ciclo since the download); every problem (a key Ciclo does not have, a key twice, a
 * value its schema or catalogue refuses) is listed, and with any problem the content is not used.
 */
export function readWorkbookEdits(current: DeliverableContent, records: readonly WorkbookRecord[], catalogues: WorkbookCatalogues): { content: DeliverableContent; problems: WorkbookProblem[] } {
  const content = structuredClone(current);
  const problems: WorkbookProblem[] = [];
  const choices = Object.fromEntries(Object.entries(catalogues).map(([name, codes]) => [name, new Set(codes)])) as Record<WorkbookCatalogue, Set<string>>;
  for (const sheet of workbookSheets) {
    const rows = records.filter((r) => r.sheet === sheet.title);
    if (rows.length === 0) continue;
    const keyOf = itemKeys[sheet.collection] as (item: unknown) => string;
    const items = content[sheet.collection] as unknown as Record<string, unknown>[];
    const byKey = new Map(items.map((item, index) => [keyOf(item), index]));
    const seen = new Map<string, number>();
    for (const { row, values } of rows) {
      const at = (column: string | undefined, message: string) => problems.push({ sheet: sheet.title, row, ...(column ? { column } : {}), message });
      const keyFields: Record<string, unknown> = {};
      for (const column of sheet.columns.filter((c) => c.key)) {
        const read = readCell(column, values[column.header]);
        if ('message' in read) at(column.header, read.message);
        keyFields[column.field] = 'value' in read ? read.value : null;
      }
      const key = keyOf(keyFields);
      const index = byKey.get(key);
      if (index === undefined) {
        at(undefined, `la fila ${key} no existe en Ciclo: el libro cambia valores, no agrega filas; agréguela en Ciclo y descargue el libro de nuevo`);
        continue;
      }
      if (seen.has(key)) {
        at(undefined, `la fila ${key} ya está en la fila ${seen.get(key)}`);
        continue;
      }
      seen.set(key, row);
      const item = items[index]!;
      const edited: Record<string, unknown> = { ...item };
      for (const column of sheet.columns.filter((c) => c.editable)) {
        if (!(column.header in values)) continue;
        const read = readCell(column, values[column.header]);
        if ('message' in read) {
          at(column.header, read.message);
          continue;
        }
        const parsed = column.editable!.safeParse(read.value);
        if (!parsed.success) {
          at(column.header, parsed.error.issues[0]?.message ?? 'no es válido');
          continue;
        }
        // A value already there is kept even if its catalogue no longer lists it: only a change is checked.
        const value = parsed.data;
        if (column.catalogue && value !== null && value !== item[column.field] && !choices[column.catalogue].has(String(value))) {
          at(column.header, `${String(value)} no está en la lista de la hoja ${catalogueSheetTitle}`);
          continue;
        }
        edited[column.field] = value;
      }
      if (sheet.collection === 'budgetLines' && edited.productCode && edited.centralActivities) {
        at('Actividades centrales', 'una línea de actividades centrales no se vincula a un producto');
        continue;
      }
      items[index] = edited;
    }
  }
  return { content, problems };
}
