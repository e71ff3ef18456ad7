import type { RaRecord } from 'react-admin';
// Types only, erased from the bundle: the console reads the server's own definitions.
import type { DeliverableCheck } from '../../../src/content/stageDeliverable';
import type { DeliverableKind } from '../../../src/domain/content/deliverable';
import type { GateProblem } from '../../../src/domain/content/gates';
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

export const CONTENT_COLLECTIONS = ['results', 'products', 'targets', 'categories', 'budgetLines', 'ceilings', 'projections', 'indicators'] as const;

export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number];

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface CollectionDiff {
  added: { key: string; item: unknown }[];
  removed: { key: string; item: unknown }[];
  changed: { key: string; changes: FieldChange[] }[];
}

export interface StageDiff {
  stageId: string;
  from: number;
  to: number | 'actual';
  collections: Partial<Record<ContentCollection, CollectionDiff>>;
  summary: { added: number; removed: number; changed: number };
}

// ---- GET /api/multi-year ---------------------------------------------------------------------

export interface MultiYearCell {
  year: number;
  sourceCode: string;
  amount: number;
  ceiling: number | null;
  /** ceiling - amount: negative when over the ceiling; null without a ceiling. */
  margin: number | null;
}

export interface MultiYearRow {
  kind: 'projection' | 'scenario';
  name: string;
  cells: MultiYearCell[];
  totals: { year: number; amount: number }[];
  overCeiling: boolean;
}

export interface MultiYear {
  institutionId: string;
  fiscalYear: number;
  years: number[];
  sources: string[];
  rows: MultiYearRow[];
}

// ---- POST /api/imports/budget-lines ----------------------------------------------------------

export interface ImportSummary {
  rows: number;
  /** Rows added into another row's line (they differ only in columns Ciclo does not keep). */
  rowsMerged?: number;
  /** Codes added to the catalogues with the file's names (acceptCodes=true). */
  catalogueEntriesAdded?: { catalogue: Catalogue; code: string; name: string }[];
  categoriesCreated: number;
  linesCreated: number;
  linesUpdated: number;
  fiscalYears: number[];
}

// ---- POST /api/imports/budget-execution ------------------------------------------------------

export interface ExecutionImportSummary {
  fiscalYear: number;
  rows: number;
  /** The budget lines the file brings execution for. */
  lines: number;
  /** The months the file brings, 1-12, in order. */
  months: number[];
  /** Months of a line stored for the first time, and months replaced. */
  created: number;
  updated: number;
}

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
