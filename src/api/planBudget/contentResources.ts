// The plan and budget content as REST resources: what each one is, whom it belongs to, what it
// refers to and who writes it. contentRouter.ts turns each entry into ra-data-simple-rest routes and
// openapi.ts documents them from this same list.
import type { z } from 'zod';
import type { Database } from '../../db/prisma';
import type { SessionUser } from '../../auth/sessions';
import * as body from './contentSchemas';

/** Kinds of record a field can point to; each resolves to the institution owning the record. */
export type OwnedKind = 'institution' | 'strategicPlan' | 'result' | 'product' | 'category' | 'scenario' | 'indicator';

type Role = SessionUser['role'];
type Where = Record<string, unknown>;

export interface ContentResource {
  /** The path under /api and the resource name react-admin uses. */
  name: string;
  /** Spanish, for the OpenAPI summaries. */
  label: string;
  model: ContentModel;
  body: z.ZodType<Record<string, unknown>>;
  /** The field naming the record's owner, and what it points to. Classifiers have none. */
  owner?: { field: string; kind: OwnedKind };
  /** Where clause restricting a list to one institution's records. */
  scope?: (institutionId: string) => Where;
  /** Other fields pointing to records that must belong to the same institution. */
  refs?: Record<string, OwnedKind>;
  /** Fields holding classifier codes, checked against their catalogue. */
  classifiers?: Record<string, 'objetoGasto' | 'fuenteFinanciamiento' | 'unidadMedida' | 'geografia'>;
  /** Equality filters besides id and institutionId; q searches code and name. */
  filters: string[];
  searchable?: string[];
  sortable: [string, ...string[]];
  defaultSort: [string, 'ASC' | 'DESC'];
  writers: Role[];
  /** Ceilings are versioned: a new figure is a new row, never an edit. */
  appendOnly?: true;
  /** Derived fields computed from the body before writing (e.g. a category's code and parent). */
  derive?: (db: Database, data: Record<string, unknown>) => Promise<Record<string, unknown>>;
}

export type ContentModel =
  | 'classifierEntry'
  | 'strategicPlan'
  | 'strategicResult'
  | 'product'
  | 'physicalTarget'
  | 'physicalExecution'
  | 'programmaticCategory'
  | 'budgetLine'
  | 'budgetCeiling'
  | 'budgetProjection'
  | 'productionScenario'
  | 'scenarioItem'
  | 'indicator'
  | 'indicatorTarget'
  | 'indicatorMeasurement';

const planners: Role[] = ['planner', 'director', 'admin'];
const coordinators: Role[] = ['coordinator', 'admin'];
const direct = (institutionId: string) => ({ institutionId });

/** 11-00-000-001-000: programme, sub-programme, project, activity, work. */
export function categoryCode(c: { programa: number; subPrograma: number; proyecto: number; actividad: number; obra: number }): string {
  return [String(c.programa), String(c.subPrograma).padStart(2, '0'), String(c.proyecto).padStart(3, '0'), String(c.actividad).padStart(3, '0'), String(c.obra).padStart(3, '0')].join('-');
}

/** The codes of a category's ancestors, nearest first: activity -> project -> sub-programme -> programme. */
export function categoryAncestors(c: { programa: number; subPrograma: number; proyecto: number; actividad: number; obra: number }): string[] {
  const levels = [
    { ...c, actividad: 0, obra: 0 },
    { ...c, proyecto: 0, actividad: 0, obra: 0 },
    { ...c, subPrograma: 0, proyecto: 0, actividad: 0, obra: 0 },
  ];
  const own = categoryCode(c);
  return [...new Set(levels.map(categoryCode))].filter((code) => code !== own);
}

async function deriveCategory(db: Database, data: Record<string, unknown>) {
  const parts = data as unknown as z.output<typeof body.programmaticCategoryBody>;
  const ancestors = await db.programmaticCategory.findMany({ where: { institutionId: parts.institutionId, fiscalYear: parts.fiscalYear, code: { in: categoryAncestors(parts) } }, select: { id: true, code: true } });
  const nearest = categoryAncestors(parts).find((code) => ancestors.some((a) => a.code === code));
  return { ...data, code: categoryCode(parts), parentId: ancestors.find((a) => a.code === nearest)?.id ?? null };
}

export const contentResources: ContentResource[] = [
  {
    name: 'classifiers',
    label: 'entradas de los catálogos clasificadores',
    model: 'classifierEntry',
    body: body.classifierBody,
    filters: ['catalogue', 'parentCode', 'code'],
    searchable: ['code', 'name'],
    sortable: ['code', 'name', 'catalogue'],
    defaultSort: ['code', 'ASC'],
    writers: coordinators,
  },
  {
    name: 'strategic-plans',
    label: 'planes estratégicos institucionales (PEI)',
    model: 'strategicPlan',
    body: body.strategicPlanBody,
    owner: { field: 'institutionId', kind: 'institution' },
    scope: direct,
    filters: [],
    searchable: ['code', 'name'],
    sortable: ['code', 'name', 'startYear', 'updatedAt'],
    defaultSort: ['startYear', 'DESC'],
    writers: planners,
  },
  {
    name: 'strategic-results',
    label: 'resultados del PEI y su modelo lógico',
    model: 'strategicResult',
    body: body.strategicResultBody,
    owner: { field: 'strategicPlanId', kind: 'strategicPlan' },
    scope: (institutionId) => ({ strategicPlan: { institutionId } }),
    refs: { contributesToId: 'result' },
    filters: ['strategicPlanId', 'level', 'kind', 'contributesToId'],
    searchable: ['code', 'name'],
    sortable: ['code', 'name', 'level'],
    defaultSort: ['code', 'ASC'],
    writers: planners,
  },
  {
    name: 'products',
    label: 'productos y subproductos',
    model: 'product',
    body: body.productBody,
    owner: { field: 'institutionId', kind: 'institution' },
    scope: direct,
    refs: { resultId: 'result', parentId: 'product', programmaticCategoryId: 'category' },
    classifiers: { unitOfMeasure: 'unidadMedida' },
    filters: ['resultId', 'parentId', 'programmaticCategoryId'],
    searchable: ['code', 'name'],
    sortable: ['code', 'name', 'updatedAt'],
    defaultSort: ['code', 'ASC'],
    writers: planners,
  },
  {
    name: 'physical-targets',
    label: 'metas físicas del POM y el POA',
    model: 'physicalTarget',
    body: body.physicalTargetBody,
    owner: { field: 'productId', kind: 'product' },
    scope: (institutionId) => ({ product: { institutionId } }),
    filters: ['productId', 'plan', 'year', 'month'],
    sortable: ['year', 'month', 'plan', 'quantity'],
    defaultSort: ['year', 'ASC'],
    writers: planners,
  },
  {
    name: 'physical-executions',
    label: 'ejecución física mensual de los productos',
    model: 'physicalExecution',
    body: body.physicalExecutionBody,
    owner: { field: 'productId', kind: 'product' },
    scope: (institutionId) => ({ product: { institutionId } }),
    filters: ['productId', 'year', 'month'],
    sortable: ['year', 'month', 'quantity', 'updatedAt'],
    defaultSort: ['year', 'ASC'],
    writers: planners,
  },
  {
    name: 'programmatic-categories',
    label: 'red de categorías programáticas',
    model: 'programmaticCategory',
    body: body.programmaticCategoryBody,
    owner: { field: 'institutionId', kind: 'institution' },
    scope: direct,
    filters: ['fiscalYear', 'programa', 'parentId'],
    searchable: ['code', 'name'],
    sortable: ['code', 'name', 'fiscalYear'],
    defaultSort: ['code', 'ASC'],
    writers: planners,
    derive: deriveCategory,
  },
  {
    name: 'budget-lines',
    label: 'líneas presupuestarias',
    model: 'budgetLine',
    body: body.budgetLineBody,
    owner: { field: 'institutionId', kind: 'institution' },
    scope: direct,
    refs: { categoryId: 'category', productId: 'product' },
    classifiers: { objectCode: 'objetoGasto', sourceCode: 'fuenteFinanciamiento', geographyCode: 'geografia' },
    filters: ['fiscalYear', 'categoryId', 'objectCode', 'sourceCode', 'geographyCode', 'productId', 'centralActivities'],
    sortable: ['objectCode', 'sourceCode', 'amount', 'fiscalYear', 'updatedAt'],
    defaultSort: ['objectCode', 'ASC'],
    writers: planners,
  },
  {
    name: 'budget-ceilings',
    label: 'techos presupuestarios (versionados)',
    model: 'budgetCeiling',
    body: body.budgetCeilingBody,
    owner: { field: 'institutionId', kind: 'institution' },
    scope: direct,
    classifiers: { sourceCode: 'fuenteFinanciamiento' },
    filters: ['fiscalYear', 'sourceCode', 'version'],
    sortable: ['fiscalYear', 'sourceCode', 'version', 'amount', 'createdAt'],
    defaultSort: ['createdAt', 'DESC'],
    writers: coordinators,
    appendOnly: true,
    derive: async (db, data) => {
      const latest = await db.budgetCeiling.findFirst({ where: { institutionId: data.institutionId as string, sourceCode: data.sourceCode as string, fiscalYear: data.fiscalYear as number }, orderBy: { version: 'desc' } });
      return { ...data, version: (latest?.version ?? 0) + 1 };
    },
  },
  {
    name: 'budget-projections',
    label: 'proyecciones presupuestarias multianuales',
    model: 'budgetProjection',
    body: body.budgetProjectionBody,
    owner: { field: 'institutionId', kind: 'institution' },
    scope: direct,
    classifiers: { sourceCode: 'fuenteFinanciamiento' },
    filters: ['fiscalYear', 'year', 'sourceCode'],
    sortable: ['year', 'sourceCode', 'amount'],
    defaultSort: ['year', 'ASC'],
    writers: planners,
  },
  {
    name: 'production-scenarios',
    label: 'escenarios de producción',
    model: 'productionScenario',
    body: body.productionScenarioBody,
    owner: { field: 'institutionId', kind: 'institution' },
    scope: direct,
    filters: ['fiscalYear'],
    searchable: ['name'],
    sortable: ['name', 'fiscalYear', 'updatedAt'],
    defaultSort: ['name', 'ASC'],
    writers: planners,
  },
  {
    name: 'scenario-items',
    label: 'metas y costos de un escenario',
    model: 'scenarioItem',
    body: body.scenarioItemBody,
    owner: { field: 'scenarioId', kind: 'scenario' },
    scope: (institutionId) => ({ scenario: { institutionId } }),
    refs: { productId: 'product' },
    classifiers: { sourceCode: 'fuenteFinanciamiento' },
    filters: ['scenarioId', 'productId', 'year', 'sourceCode'],
    sortable: ['year', 'sourceCode', 'quantity', 'unitCost'],
    defaultSort: ['year', 'ASC'],
    writers: planners,
  },
  {
    name: 'indicators',
    label: 'indicadores',
    model: 'indicator',
    body: body.indicatorBody,
    owner: { field: 'institutionId', kind: 'institution' },
    scope: direct,
    refs: { resultId: 'result', productId: 'product' },
    classifiers: { unitOfMeasure: 'unidadMedida' },
    filters: ['level', 'resultId', 'productId', 'direction'],
    searchable: ['code', 'name'],
    sortable: ['code', 'name', 'level'],
    defaultSort: ['code', 'ASC'],
    writers: planners,
  },
  {
    name: 'indicator-targets',
    label: 'metas de indicadores por período',
    model: 'indicatorTarget',
    body: body.indicatorTargetBody,
    owner: { field: 'indicatorId', kind: 'indicator' },
    scope: (institutionId) => ({ indicator: { institutionId } }),
    filters: ['indicatorId', 'period'],
    sortable: ['period', 'value'],
    defaultSort: ['period', 'ASC'],
    writers: planners,
  },
  {
    name: 'indicator-measurements',
    label: 'mediciones de indicadores por período',
    model: 'indicatorMeasurement',
    body: body.indicatorMeasurementBody,
    owner: { field: 'indicatorId', kind: 'indicator' },
    scope: (institutionId) => ({ indicator: { institutionId } }),
    filters: ['indicatorId', 'period'],
    sortable: ['period', 'value'],
    defaultSort: ['period', 'ASC'],
    writers: planners,
  },
];

/** The institution owning a record of each kind, or null when there is no such record. */
export async function institutionOf(db: Database, kind: OwnedKind, id: string): Promise<string | null> {
  switch (kind) {
    case 'institution':
      return (await db.institution.findUnique({ where: { id }, select: { id: true } }))?.id ?? null;
    case 'strategicPlan':
      return (await db.strategicPlan.findUnique({ where: { id }, select: { institutionId: true } }))?.institutionId ?? null;
    case 'result':
      return (await db.strategicResult.findUnique({ where: { id }, select: { strategicPlan: { select: { institutionId: true } } } }))?.strategicPlan.institutionId ?? null;
    case 'product':
      return (await db.product.findUnique({ where: { id }, select: { institutionId: true } }))?.institutionId ?? null;
    case 'category':
      return (await db.programmaticCategory.findUnique({ where: { id }, select: { institutionId: true } }))?.institutionId ?? null;
    case 'scenario':
      return (await db.productionScenario.findUnique({ where: { id }, select: { institutionId: true } }))?.institutionId ?? null;
    case 'indicator':
      return (await db.indicator.findUnique({ where: { id }, select: { institutionId: true } }))?.institutionId ?? null;
  }
}
