// What a stage hands in: its deliverable kind and the frozen content a submission snapshots.
// Plain data keyed by the domain's own codes, so snapshots compare across versions and years.
import { z } from 'zod';

export const deliverableKinds = ['strategicPlan', 'operationalPlan', 'budgetCeilings', 'preliminaryProgramming', 'budgetProposal', 'monitoringReport'] as const;
export const deliverableKind = z.enum(deliverableKinds);
export type DeliverableKind = z.infer<typeof deliverableKind>;

export const deliverableNames: Record<DeliverableKind, string> = {
  strategicPlan: 'Plan estratégico institucional (PEI)',
  operationalPlan: 'Plan operativo multianual y anual (POM/POA)',
  budgetCeilings: 'Techos presupuestarios',
  preliminaryProgramming: 'Programación preliminar',
  budgetProposal: 'Anteproyecto de presupuesto',
  monitoringReport: 'Informe de seguimiento (avance físico y financiero)',
};

export interface ResultItem {
  code: string;
  name: string;
  level: 'final' | 'intermediate' | 'immediate';
  kind: 'strategic' | 'institutional';
  contributesTo: string | null;
}

export interface ProductItem {
  code: string;
  name: string;
  unitOfMeasure: string | null;
  resultCode: string | null;
  parentCode: string | null;
  categoryCode: string | null;
}

export interface TargetItem {
  productCode: string;
  plan: 'POA' | 'POM';
  year: number;
  month: number;
  quantity: number;
}

export interface CategoryItem {
  code: string;
  name: string;
}

export interface BudgetLineItem {
  categoryCode: string;
  objectCode: string;
  sourceCode: string;
  geographyCode: string;
  productCode: string | null;
  centralActivities: boolean;
  inputQuantity: number | null;
  unitPrice: number | null;
  amount: number;
}

export interface CeilingItem {
  institutionCode: string;
  sourceCode: string;
  year: number;
  version: number;
  amount: number;
}

export interface ProjectionItem {
  year: number;
  sourceCode: string;
  amount: number;
}

export interface IndicatorItem {
  code: string;
  name: string;
  level: string;
  resultCode: string | null;
  productCode: string | null;
  direction: 'higher' | 'lower';
  /** Optional: snapshots frozen before baselines were carried have none. */
  baseline?: number | null;
  targets: Record<string, number>;
}

/** An indicator's measured value for a period ("2028", "2028-C1" or "2028-03"). */
export interface MeasurementItem {
  indicatorCode: string;
  period: string;
  value: number;
}

/** The quantity of a product delivered in a month of the execution year. */
export interface PhysicalExecutionItem {
  productCode: string;
  year: number;
  month: number;
  quantity: number;
}

/** A budget line's execution in one month: current budget, accrued and paid (cumulative to that month). */
export interface FinancialExecutionItem {
  categoryCode: string;
  objectCode: string;
  sourceCode: string;
  geographyCode: string;
  month: number;
  vigente: number;
  devengado: number;
  pagado: number;
}

/** Everything a deliverable can carry; a kind fills the collections it needs. */
export interface DeliverableContent {
  kind: DeliverableKind;
  institutionCode: string;
  fiscalYear: number;
  results: ResultItem[];
  products: ProductItem[];
  targets: TargetItem[];
  categories: CategoryItem[];
  budgetLines: BudgetLineItem[];
  /** The latest version of each ceiling in force for the year (all institutions for budgetCeilings). */
  ceilings: CeilingItem[];
  projections: ProjectionItem[];
  indicators: IndicatorItem[];
  /** For a monitoring report: the period it reports ("2028-C1", "2028-03"); null otherwise. */
  period: string | null;
  measurements: MeasurementItem[];
  physicalExecution: PhysicalExecutionItem[];
  financialExecution: FinancialExecutionItem[];
}

export function emptyContent(kind: DeliverableKind, institutionCode: string, fiscalYear: number): DeliverableContent {
  return { kind, institutionCode, fiscalYear, results: [], products: [], targets: [], categories: [], budgetLines: [], ceilings: [], projections: [], indicators: [], period: null, measurements: [], physicalExecution: [], financialExecution: [] };
}

/** The natural key of each item, which a diff matches versions on. */
export const itemKeys = {
  results: (r: ResultItem) => r.code,
  products: (p: ProductItem) => p.code,
  targets: (t: TargetItem) => `${t.productCode}/${t.plan}/${t.year}/${t.month}`,
  categories: (c: CategoryItem) => c.code,
  budgetLines: (l: BudgetLineItem) => `${l.categoryCode}/${l.objectCode}/${l.sourceCode}/${l.geographyCode}`,
  ceilings: (c: CeilingItem) => `${c.institutionCode}/${c.sourceCode}/${c.year}`,
  projections: (p: ProjectionItem) => `${p.year}/${p.sourceCode}`,
  indicators: (i: IndicatorItem) => i.code,
  measurements: (m: MeasurementItem) => `${m.indicatorCode}/${m.period}`,
  physicalExecution: (e: PhysicalExecutionItem) => `${e.productCode}/${e.year}/${e.month}`,
  financialExecution: (e: FinancialExecutionItem) => `${e.categoryCode}/${e.objectCode}/${e.sourceCode}/${e.geographyCode}/${e.month}`,
} as const;

export type ContentCollection = keyof typeof itemKeys;
export const contentCollections = Object.keys(itemKeys) as ContentCollection[];

/** What each stage of the built-in calendars hands in, by stage code; a template may say otherwise. */
const deliverableOfStage: Record<string, DeliverableKind> = {
  strategic_review: 'strategicPlan',
  pom_poa: 'operationalPlan',
  poi_multianual: 'operationalPlan',
  poa_adjustment: 'operationalPlan',
  budget_ceilings: 'budgetCeilings',
  preliminary_programming: 'preliminaryProgramming',
  budget_proposal: 'budgetProposal',
};

/** The deliverable kind a stage's submission is checked and frozen as, or null when it carries no content. */
export function deliverableKindOf(stageCode: string, declared?: DeliverableKind | null): DeliverableKind | null {
  return declared ?? deliverableOfStage[stageCode] ?? null;
}
