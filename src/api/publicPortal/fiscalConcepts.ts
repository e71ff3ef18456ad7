// What a column of the open data means in the Fiscal Data Package's terms: an amount in quetzales
// at a phase of the budget, or a typed dimension. Declared on the columns themselves (openData.ts),
// so datapackage.json is built from the same declarations as the CSV and the dictionary.

/** The budget phases of the Fiscal Data Package: anteproyecto, aprobado por el Congreso, vigente, ejecutado. */
export type BudgetPhase = 'proposed' | 'approved' | 'adjusted' | 'executed';

/** Each dimension's ColumnTypes start with its branch of the budget taxonomy. */
const dimensionBranches = {
  administrative: 'administrative-classification',
  functional: 'functional-classification',
  economic: 'economic-classification',
  source: 'fin-source',
  geographic: 'geo',
  programmatic: 'activity',
  period: 'date',
} as const;

export type Dimension = keyof typeof dimensionBranches;
export const dimensions = Object.keys(dimensionBranches) as Dimension[];

type ColumnTypeOf<D extends Dimension> = `${(typeof dimensionBranches)[D]}:${string}`;

export type FiscalConcept =
  | { kind: 'amount'; columnType: 'value'; phase: BudgetPhase }
  | { kind: 'dimension'; dimension: Dimension; columnType: string };

/** Every amount of the open data is in quetzales and is spending. */
export const amountCurrency = 'GTQ';
export const amountDirection = 'expenditure';

export const amount = (phase: BudgetPhase): FiscalConcept => ({ kind: 'amount', columnType: 'value', phase });

/** A dimension whose ColumnType must lie in its branch of the taxonomy (a typo is a type error). */
export const dimension = <D extends Dimension>(dimension: D, columnType: ColumnTypeOf<D>): FiscalConcept => ({ kind: 'dimension', dimension, columnType });

