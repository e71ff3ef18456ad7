import type { RaRecord } from 'react-admin';
// Types only, erased from the bundle: the console reads the server's own definitions.
import type { DeliverableCheck } from '../../../src/content/stageDeliverable';
import type { ContentCollection, DeliverableKind } from '../../../src/domain/content/deliverable';
import type { GateProblem } from '../../../src/domain/content/gates';
import type { MultiYearComparison } from '../../../src/domain/content/multiYear';
import type { SnapshotDiff } from '../../../src/domain/content/snapshotDiff';
import type { LinkageReport, UnitCost } from '../../../src/domain/content/linkage';

// Records of the plan and budget content resources (prisma/schema.prisma, as the API sends them:
// decimals as numbers, dates as ISO strings), and the answers of the endpoints built on them.

export type Catalogue = 'objetoGasto' | 'fuenteFinanciamiento' | 'unidadMedida' | 'geografia' | 'finalidadFuncion' | 'tipoPresupuesto' | 'organismo' | 'clasificacionInstitucional';

export const CATALOGUES: readonly Catalogue[] = ['objetoGasto', 'fuenteFinanciamiento', 'unidadMedida', 'geografia', 'finalidadFuncion', 'tipoPresupuesto', 'organismo', 'clasificacionInstitucional'];

export interface Classifier extends RaRecord<string> {
  catalogue: Catalogue;
  code: string;
  name: string;
  parentCode: string | null;
}

export interface StrategicPlan extends RaRecord<string> {
  institutionId: string;
  code: string;
  name: string;
  startYear: number;
  endYear: number;
  mission: string;
  vision: string;
}

export interface StrategicResult extends RaRecord<string> {
  strategicPlanId: string;
  code: string;
  name: string;
  level: 'final' | 'intermediate' | 'immediate';
  kind: 'strategic' | 'institutional';
  contributesToId: string | null;
}

export interface Product extends RaRecord<string> {
  institutionId: string;
  code: string;
  name: string;
}

export interface ProgrammaticCategory extends RaRecord<string> {
  institutionId: string;
  fiscalYear: number;
  code: string;
  name: string;
}

export interface BudgetLine extends RaRecord<string> {
  institutionId: string;
  fiscalYear: number;
  categoryId: string;
  objectCode: string;
  sourceCode: string;
  geographyCode: string;
  productId: string | null;
  centralActivities: boolean;
  amount: number;
}

export interface Indicator extends RaRecord<string> {
  institutionId: string;
  code: string;
  name: string;
}

export interface ProductionScenario extends RaRecord<string> {
  institutionId: string;
  fiscalYear: number;
  name: string;
}

/** A record that belongs to an institution directly. */
export interface OwnedRecord extends RaRecord<string> {
  institutionId: string;
}

// ---- GET /api/stages/:id/checks, /snapshots, /diff ---------------------------------------------

export type { DeliverableKind };

export type { GateProblem, LinkageReport, UnitCost };

/** GET /api/stages/:id/checks: the server's check of the deliverable, with the stage and version. */
export interface StageChecks extends DeliverableCheck {
  stageId: string;
  version: number;
}

export interface StageSnapshot {
  id: string;
  version: number;
  deliverable: DeliverableKind;
  linkage: LinkageReport | null;
  frozenAt: string;
}

/** The order the console shows them in; the names are the server's. */
export const CONTENT_COLLECTIONS = ['results', 'products', 'targets', 'categories', 'budgetLines', 'ceilings', 'projections', 'indicators'] as const satisfies readonly ContentCollection[];

export type { ContentCollection };
export type { CollectionDiff, FieldChange } from '../../../src/domain/content/snapshotDiff';

/** GET /api/stages/:id/diff: the difference of src/domain/content/snapshotDiff.ts between two versions. */
export type StageDiff = SnapshotDiff & { stageId: string; from: number; to: number | 'actual' };

// ---- GET /api/multi-year ---------------------------------------------------------------------

export type { MultiYearCell, MultiYearRow } from '../../../src/domain/content/multiYear';

/** The comparison of src/domain/content/multiYear.ts, for one institution and year. */
export type MultiYear = MultiYearComparison & { institutionId: string; fiscalYear: number };

// ---- POST /api/imports/budget-lines ----------------------------------------------------------

export type { BudgetImportSummary as ImportSummary } from '../../../src/content/import/importBudgetLines';

// ---- POST /api/imports/budget-execution ------------------------------------------------------

export type { BudgetExecutionSummary as ExecutionImportSummary } from '../../../src/content/import/importBudgetExecution';

export interface ImportProblem {
  row?: number;
  column?: string;
  message: string;
  /** Problems alike are told once: how many rows have it, and the first of them. */
  count?: number;
  rows?: number[];
  /** A code its catalogue lacks, which a coordinator may add with the file's name. */
  unknownCode?: { catalogue: Catalogue; code: string; name: string; rows: number };
}
