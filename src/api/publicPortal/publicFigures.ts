// The figures a citizen reads, computed once from approved deliverables for both the pages and the
// open data: budget per programme, financial and physical execution, indicator compliance. The
// arithmetic lives in src/domain/monitoring; this file only names things and picks the sources.
import type { CategoryItem, DeliverableContent } from '../../domain/planBudget/deliverable';
import { financialByProgramme, physicalProgress, programmeOf, unitCostComparison, type ProductProgress, type ProgrammeExecution } from '../../domain/monitoring/executionProgress';
import { indicatorProgress, trafficLightLabels, type IndicatorProgress } from '../../domain/monitoring/indicatorCompliance';
import { lastMonth, parsePeriod } from '../../domain/monitoring/reportingPeriods';
import { fromCents, toCents } from '../../domain/planBudget/linkage';

/** Programme code -> its name, from the programme-level categories ("11-00-000-000-000"). */
export function programmeNames(categories: CategoryItem[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const category of categories) {
    const [programme, ...rest] = category.code.split('-');
    if (programme && rest.every((segment) => /^0+$/.test(segment))) names.set(programme.trim(), category.name);
  }
  return names;
}

export interface ProgrammeBudget {
  programme: string;
  name: string;
  amount: number;
  /** Share of the institution's total, 0..1. */
  share: number;
}

/** The proposal's lines summed per programme, sorted by programme code. */
export function budgetByProgramme(content: DeliverableContent): ProgrammeBudget[] {
  const names = programmeNames(content.categories);
  const sums = new Map<string, number>();
  for (const line of content.budgetLines) {
    const programme = programmeOf(line.categoryCode);
    sums.set(programme, (sums.get(programme) ?? 0) + toCents(line.amount));
  }
  const total = [...sums.values()].reduce((a, b) => a + b, 0);
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([programme, cents]) => ({ programme, name: names.get(programme) ?? `Programa ${programme}`, amount: fromCents(cents), share: total ? cents / total : 0 }));
}

/** A report's period when it is one the domain can read; a malformed one is not shown rather than failing the page. */
export function reportPeriod(content: DeliverableContent): string | null {
  if (!content.period) return null;
  try {
    parsePeriod(content.period);
    return content.period;
  } catch {
    return null;
  }
}

export interface NamedProgrammeExecution extends ProgrammeExecution {
  name: string;
}

/** Financial execution per programme, cumulative from January to the report's last month. */
export function reportFinancialExecution(content: DeliverableContent): NamedProgrammeExecution[] {
  const period = reportPeriod(content);
  if (!period) return [];
  const names = programmeNames(content.categories);
  return financialByProgramme(content.budgetLines, content.financialExecution, lastMonth(period)).map((p) => ({ ...p, name: names.get(p.programme) ?? `Programa ${p.programme}` }));
}

export interface ProductProgressWithCosts extends ProductProgress {
  plannedUnitCost: number | null;
  /** Accrued from January over the quantity delivered from January, at the report's last month. */
  actualUnitCost: number | null;
}

/** Physical progress of each product in the report's period, with its planned and actual unit cost (input-output). */
export function reportPhysicalProgress(content: DeliverableContent): ProductProgressWithCosts[] {
  const period = reportPeriod(content);
  if (!period) return [];
  const costs = new Map(unitCostComparison(content, lastMonth(period)).map((c) => [c.productCode, c]));
  return physicalProgress(content.products, content.targets, content.physicalExecution, period).map((p) => ({
    ...p,
    plannedUnitCost: costs.get(p.productCode)?.plannedUnitCost ?? null,
    actualUnitCost: costs.get(p.productCode)?.actualUnitCost ?? null,
  }));
}

export interface PublicIndicatorProgress extends IndicatorProgress {
  level: string;
  baseline: number | null;
  lightLabel: string;
}

/** Each indicator's baseline, target, measurement, compliance and traffic light (with its words) in the report's period. */
export function reportIndicators(content: DeliverableContent): PublicIndicatorProgress[] {
  const period = reportPeriod(content);
  if (!period) return [];
  const byCode = new Map(content.indicators.map((i) => [i.code, i]));
  return indicatorProgress(content.indicators, content.measurements, period).map((p) => ({
    ...p,
    level: byCode.get(p.indicatorCode)?.level ?? '',
    baseline: byCode.get(p.indicatorCode)?.baseline ?? null,
    lightLabel: trafficLightLabels[p.light],
  }));
}

/** Spanish words for the codes the snapshots keep in English. */
export const resultLevelNames: Record<string, string> = { final: 'Final', intermediate: 'Intermedio', immediate: 'Inmediato' };
export const resultKindNames: Record<string, string> = { strategic: 'Estratégico', institutional: 'Institucional' };
export const indicatorLevelNames: Record<string, string> = { impact: 'Impacto', result: 'Resultado', product: 'Producto', process: 'Proceso', input: 'Insumo' };
export const directionNames: Record<string, string> = { higher: 'Mayor es mejor', lower: 'Menor es mejor' };
