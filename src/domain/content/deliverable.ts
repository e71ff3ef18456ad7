// What a stage hands in: its deliverable kind and the frozen content a submission snapshots.
// Plain data keyed by the domain's own codes, so snapshots compare across versions and years.
import { z } from 'zod';

export const deliverableKinds = ['strategicPlan', 'operationalPlan', 'budgetCeilings', 'preliminaryProgramming', 'budgetProposal'] as const;
export const deliverableKind = z.enum(deliverableKinds);
export type DeliverableKind = z.infer<typeof deliverableKind>;

export const deliverableNames: Record<DeliverableKind, string> = {
  strategicPlan: 'Plan estratégico institucional (PEI)',
  operationalPlan: 'Plan operativo multianual y anual (POM/POA)',
  budgetCeilings: 'Techos presupuestarios',
  preliminaryProgramming: 'Programación preliminar',
  budgetProposal: 'Anteproyecto de presupuesto',
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
  targets: Record<string, number>;
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
}

export function emptyContent(kind: DeliverableKind, institutionCode: string, fiscalYear: number): DeliverableContent {
  return { kind, institutionCode, fiscalYear, results: [], products: [], targets: [], categories: [], budgetLines: [], ceilings: [], projections: [], indicators: [] };
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
