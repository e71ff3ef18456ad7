// Types only, erased from the bundle: the console reads the server's own definitions.
import type { ContentCollection, DeliverableKind } from '../../../src/domain/planBudget/deliverable';
import type { GateProblem } from '../../../src/domain/planBudget/gates';
import type { LinkageReport, UnitCost } from '../../../src/domain/planBudget/linkage';
import type { GroupedProblem, LayoutProblem } from '../../../src/imports/minfinLayout';
import type { PlainRecord } from '../../../src/api/planBudget/contentRouter';
import type {
  BudgetCeiling as BudgetCeilingRow,
  BudgetLine as BudgetLineRow,
  BudgetProjection as BudgetProjectionRow,
  ClassifierCatalogue,
  ClassifierEntry,
  Indicator as IndicatorRow,
  IndicatorMeasurement as IndicatorMeasurementRow,
  IndicatorTarget as IndicatorTargetRow,
  PhysicalExecution as PhysicalExecutionRow,
  PhysicalTarget as PhysicalTargetRow,
  Product as ProductRow,
  ProductionScenario as ProductionScenarioRow,
  ProgrammaticCategory as ProgrammaticCategoryRow,
  ScenarioItem as ScenarioItemRow,
  StrategicPlan as StrategicPlanRow,
  StrategicResult as StrategicResultRow,
} from '../../../src/db/generated/client';

// Records of the plan and budget content resources: the rows of prisma/schema.prisma as the API
// sends them (PlainRecord: decimals as numbers, dates as ISO strings).
export type Catalogue = ClassifierCatalogue;

const catalogueKeys: Record<Catalogue, true> = {
  objetoGasto: true,
  fuenteFinanciamiento: true,
  unidadMedida: true,
  geografia: true,
  finalidadFuncion: true,
  tipoPresupuesto: true,
  organismo: true,
  clasificacionInstitucional: true,
};
export const CATALOGUES: readonly Catalogue[] = Object.keys(catalogueKeys) as Catalogue[];

export type Classifier = PlainRecord<ClassifierEntry>;
export type StrategicPlan = PlainRecord<StrategicPlanRow>;
export type StrategicResult = PlainRecord<StrategicResultRow>;
export type Product = PlainRecord<ProductRow>;
export type ProgrammaticCategory = PlainRecord<ProgrammaticCategoryRow>;
export type BudgetLine = PlainRecord<BudgetLineRow>;
export type Indicator = PlainRecord<IndicatorRow>;
export type ProductionScenario = PlainRecord<ProductionScenarioRow>;
export type ScenarioItem = PlainRecord<ScenarioItemRow>;
export type PhysicalExecution = PlainRecord<PhysicalExecutionRow>;
export type PhysicalTarget = PlainRecord<PhysicalTargetRow>;
export type BudgetCeiling = PlainRecord<BudgetCeilingRow>;
export type BudgetProjection = PlainRecord<BudgetProjectionRow>;
export type IndicatorTarget = PlainRecord<IndicatorTargetRow>;
export type IndicatorMeasurement = PlainRecord<IndicatorMeasurementRow>;
/** An indicator's target or measurement for a period (a measurement has a note). */
export type IndicatorPeriodValue = IndicatorTarget | IndicatorMeasurement;

// ---- GET /api/stages/:id/checks, /snapshots, /diff ---------------------------------------------

export type { DeliverableKind };

export type { GateProblem, LinkageReport, UnitCost };

export type { StageChecksAnswer as StageChecks } from '../../../src/api/responses';

export type { StageSnapshotSummary as StageSnapshot } from '../../../src/api/routes/stageDeliverables';

/** The order the console shows them in; the names are the server's. */
export const CONTENT_COLLECTIONS = ['results', 'products', 'targets', 'categories', 'budgetLines', 'ceilings', 'projections', 'indicators'] as const satisfies readonly ContentCollection[];

export type { ContentCollection };
export type { CollectionDiff, FieldChange } from '../../../src/domain/planBudget/snapshotDiff';

export type { StageDiffAnswer as StageDiff } from '../../../src/api/responses';

// ---- GET /api/multi-year ---------------------------------------------------------------------

export type { MultiYearCell, MultiYearRow } from '../../../src/domain/planBudget/multiYear';

export type { MultiYearAnswer as MultiYear } from '../../../src/api/responses';

// ---- POST /api/imports/budget-lines ----------------------------------------------------------

export type { BudgetImportSummary as ImportSummary } from '../../../src/imports/importBudgetLines';

// ---- POST /api/imports/budget-execution ------------------------------------------------------

export type { BudgetExecutionSummary as ExecutionImportSummary } from '../../../src/imports/importBudgetExecution';

/** A problem of a refused file: grouped (count, rows) when rows alike share it. */
/** A problem of an uploaded file; a workbook's also names its sheet. */
export type ImportProblem = LayoutProblem & Partial<Pick<GroupedProblem, 'count' | 'rows'>> & { sheet?: string };
