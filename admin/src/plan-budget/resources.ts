// The plan and budget content resources of the API (src/api/planBudget/contentResources.ts): what
// their forms send, who writes them. The API checks again; this only shapes the console.

/** The body fields of each resource's POST / PUT: the form inputs a 400's `errors` can name. */
export const CONTENT_FORM_FIELDS = {
  classifiers: ['catalogue', 'code', 'name', 'parentCode'],
  'strategic-plans': ['institutionId', 'code', 'name', 'startYear', 'endYear', 'mission', 'vision'],
  'strategic-results': ['strategicPlanId', 'code', 'name', 'level', 'kind', 'contributesToId'],
  products: ['institutionId', 'code', 'name', 'unitOfMeasure', 'beneficiaries', 'resultId', 'parentId', 'programmaticCategoryId'],
  'physical-targets': ['productId', 'plan', 'year', 'month', 'quantity'],
  'physical-executions': ['productId', 'year', 'month', 'quantity'],
  'programmatic-categories': ['institutionId', 'fiscalYear', 'programa', 'subPrograma', 'proyecto', 'actividad', 'obra', 'name'],
  'budget-lines': [
    'institutionId',
    'fiscalYear',
    'categoryId',
    'objectCode',
    'sourceCode',
    'geographyCode',
    'productId',
    'centralActivities',
    'inputQuantity',
    'unitPrice',
    'amount',
    'asignado',
    'modificado',
    'vigente',
    'devengado',
    'pagado',
  ],
  'budget-ceilings': ['institutionId', 'sourceCode', 'fiscalYear', 'amount', 'note'],
  'budget-projections': ['institutionId', 'fiscalYear', 'year', 'sourceCode', 'amount'],
  'production-scenarios': ['institutionId', 'fiscalYear', 'name', 'description'],
  'scenario-items': ['scenarioId', 'productId', 'year', 'sourceCode', 'quantity', 'unitCost'],
  indicators: [
    'institutionId',
    'code',
    'name',
    'level',
    'formula',
    'numerator',
    'denominator',
    'unitOfMeasure',
    'baselineValue',
    'baselineYear',
    'frequency',
    'source',
    'meansOfVerification',
    'direction',
    'owner',
    'resultId',
    'productId',
  ],
  'indicator-targets': ['indicatorId', 'period', 'value'],
  'indicator-measurements': ['indicatorId', 'period', 'value', 'note'],
} as const satisfies Record<string, readonly string[]>;

export type ContentResourceName = keyof typeof CONTENT_FORM_FIELDS;

export const CONTENT_RESOURCES = Object.keys(CONTENT_FORM_FIELDS) as ContentResourceName[];

export const isContentResource = (resource: string): resource is ContentResourceName => resource in CONTENT_FORM_FIELDS;

/** Written by coordinators (and admins); every other content resource by planners and directors. */
export const COORDINATOR_WRITTEN: readonly ContentResourceName[] = ['classifiers', 'budget-ceilings'];

/** A new figure is a new version: no edit, no delete. */
export const APPEND_ONLY: readonly ContentResourceName[] = ['budget-ceilings'];

/** Maps an API error path to the form input of the same name, when the form has one. */
export const contentFormPath =
  (resource: ContentResourceName) =>
  (apiPath: string): string | null =>
    (CONTENT_FORM_FIELDS[resource] as readonly string[]).includes(apiPath) ? apiPath : null;
