// Where each value a deliverable's workbook may change is kept: the row an item of a collection is,
// found by its key within the institution and year, and the column each field is written to (a code
// such as a product's result turned into the id of that row).
import type { Prisma } from '../db/generated/client';
import type { ContentCollection } from '../domain/planBudget/deliverable';
import type { FieldChange } from '../domain/planBudget/snapshotDiff';

type Tx = Prisma.TransactionClient;
export interface WorkbookScope {
  institutionId: string;
  fiscalYear: number;
}
type Item = Record<string, unknown>;

interface CollectionWrites {
  /** The resource the audit trail names, as the API's content routes do. */
  entity: string;
  model: 'strategicResult' | 'product' | 'physicalTarget' | 'programmaticCategory' | 'budgetLine' | 'budgetProjection' | 'indicator' | 'indicatorMeasurement' | 'physicalExecution';
  where: (scope: WorkbookScope, item: Item) => object;
  /** Fields written to a column of another name, or as the id of the row a code names. */
  columns?: Record<string, (tx: Tx, scope: WorkbookScope, value: unknown) => Promise<[string, unknown] | null>>;
}

const planOfYear = (scope: WorkbookScope) => ({ institutionId: scope.institutionId, startYear: { lte: scope.fiscalYear }, endYear: { gte: scope.fiscalYear } });

/** The id of the row a code names, or null for no code; the code was checked against its catalogue. */
const idOf = (column: string, find: (tx: Tx, scope: WorkbookScope, code: string) => Promise<{ id: string } | null>) => async (tx: Tx, scope: WorkbookScope, value: unknown): Promise<[string, unknown] | null> => {
  if (value === null) return [column, null];
  const row = await find(tx, scope, String(value));
  return row ? [column, row.id] : null;
};
const productId = idOf('productId', (tx, scope, code) => tx.product.findUnique({ where: { institutionId_code: { institutionId: scope.institutionId, code } }, select: { id: true } }));

export const collectionWrites: Partial<Record<ContentCollection, CollectionWrites>> = {
  results: { entity: 'strategic-results', model: 'strategicResult', where: (scope, item) => ({ code: item.code, strategicPlan: planOfYear(scope) }) },
  products: {
    entity: 'products',
    model: 'product',
    where: (scope, item) => ({ institutionId: scope.institutionId, code: item.code }),
    columns: {
      resultCode: idOf('resultId', (tx, scope, code) => tx.strategicResult.findFirst({ where: { code, strategicPlan: planOfYear(scope) }, select: { id: true } })),
      categoryCode: idOf('programmaticCategoryId', (tx, scope, code) => tx.programmaticCategory.findUnique({ where: { institutionId_fiscalYear_code: { ...scope, code } }, select: { id: true } })),
    },
  },
  targets: { entity: 'physical-targets', model: 'physicalTarget', where: (scope, item) => ({ product: { institutionId: scope.institutionId, code: item.productCode }, plan: item.plan, year: item.year, month: item.month }) },
  categories: { entity: 'programmatic-categories', model: 'programmaticCategory', where: (scope, item) => ({ ...scope, code: item.code }) },
  budgetLines: {
    entity: 'budget-lines',
    model: 'budgetLine',
    where: (scope, item) => ({ ...scope, category: { code: item.categoryCode }, objectCode: item.objectCode, sourceCode: item.sourceCode, geographyCode: item.geographyCode }),
    columns: { productCode: productId },
  },
  projections: { entity: 'budget-projections', model: 'budgetProjection', where: (scope, item) => ({ ...scope, year: item.year, sourceCode: item.sourceCode }) },
  indicators: {
    entity: 'indicators',
    model: 'indicator',
    where: (scope, item) => ({ institutionId: scope.institutionId, code: item.code }),
    columns: { baseline: async (_tx, _scope, value) => ['baselineValue', value] },
  },
  measurements: { entity: 'indicator-measurements', model: 'indicatorMeasurement', where: (scope, item) => ({ indicator: { institutionId: scope.institutionId, code: item.indicatorCode }, period: item.period }) },
  physicalExecution: { entity: 'physical-executions', model: 'physicalExecution', where: (scope, item) => ({ product: { institutionId: scope.institutionId, code: item.productCode }, year: item.year, month: item.month }) },
};

interface Delegate {
  findFirst(args: object): Promise<Item | null>;
  update(args: object): Promise<Item>;
}

/** One item's changed fields written to its row: the row before and after, for the audit trail; null when the row is gone or a code it names is. */
export async function writeItemChanges(tx: Tx, scope: WorkbookScope, collection: ContentCollection, item: Item, changes: readonly FieldChange[]): Promise<{ entity: string; id: string; before: Item; after: Item } | null> {
  const writes = collectionWrites[collection];
  if (!writes) throw new Error(`${collection}: el libro no cambia esta colección`);
  const delegate = (tx as unknown as Record<string, Delegate>)[writes.model]!;
  const before = await delegate.findFirst({ where: writes.where(scope, item) });
  if (!before) return null;
  const data: Item = {};
  for (const { field, to } of changes) {
    const written: [string, unknown] | null = writes.columns?.[field] ? await writes.columns[field](tx, scope, to) : [field, to];
    if (!written) return null;
    data[written[0]] = written[1];
  }
  const after = await delegate.update({ where: { id: before.id }, data });
  return { entity: writes.entity, id: String(before.id), before, after };
}
