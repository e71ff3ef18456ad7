// Physical and financial progress of the execution year: budget executed per programme, products
// delivered against their POA targets, and what each unit of product actually cost against plan.
// Money and quantities are summed in hundredths so totals do not drift.
import type { BudgetLineItem, DeliverableContent, FinancialExecutionItem, PhysicalExecutionItem, ProductItem, TargetItem } from '../planBudget/deliverable';
import { annualTarget, fromCents, toCents, unitCosts } from '../planBudget/linkage';
import { parsePeriod } from './reportingPeriods';

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;
const ratio = (part: number, whole: number) => (whole === 0 ? null : round4(part / whole));

type LineKeyed = Pick<BudgetLineItem, 'categoryCode' | 'objectCode' | 'sourceCode' | 'geographyCode'>;
const lineKey = (l: LineKeyed) => `${l.categoryCode}/${l.objectCode}/${l.sourceCode}/${l.geographyCode}`;

function checkMonth(throughMonth: number) {
  if (!Number.isInteger(throughMonth) || throughMonth < 1 || throughMonth > 12) throw new Error(`Mes de corte inválido: ${throughMonth} (debe ser de 1 a 12)`);
}

/** The programme (programa) of a programmatic category code: "11-00-000-001-000" -> "11". */
export function programmeOf(categoryCode: string): string {
  return categoryCode.split('-')[0]!.trim();
}

/**
 * Each budget line's execution as of a month: its row at the latest month up to it, since the
 * figures are cumulative from January. A line with no row by then is absent.
 */
export function executionAsOf(execution: FinancialExecutionItem[], throughMonth: number): Map<string, FinancialExecutionItem> {
  checkMonth(throughMonth);
  const latest = new Map<string, FinancialExecutionItem>();
  for (const row of execution) {
    if (row.month > throughMonth) continue;
    const key = lineKey(row);
    const held = latest.get(key);
    if (!held || row.month >= held.month) latest.set(key, row);
  }
  return latest;
}

export interface ProgrammeExecution {
  programme: string;
  /** The sum of the formulated budget lines. */
  programmed: number;
  vigente: number;
  devengado: number;
  pagado: number;
  /** devengado / vigente, or null when nothing is current. */
  executionRate: number | null;
}

/** Financial execution per programme as of a month, sorted by programme. */
export function financialByProgramme(budgetLines: BudgetLineItem[], execution: FinancialExecutionItem[], throughMonth: number): ProgrammeExecution[] {
  const sums = new Map<string, { programmed: number; vigente: number; devengado: number; pagado: number }>();
  const sumFor = (programme: string) => {
    let sum = sums.get(programme);
    if (!sum) sums.set(programme, (sum = { programmed: 0, vigente: 0, devengado: 0, pagado: 0 }));
    return sum;
  };
  for (const line of budgetLines) sumFor(programmeOf(line.categoryCode)).programmed += toCents(line.amount);
  // Lines added during the year (budget modifications) have execution but no formulated amount.
  for (const row of executionAsOf(execution, throughMonth).values()) {
    const sum = sumFor(programmeOf(row.categoryCode));
    sum.vigente += toCents(row.vigente);
    sum.devengado += toCents(row.devengado);
    sum.pagado += toCents(row.pagado);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([programme, s]) => ({
      programme,
      programmed: fromCents(s.programmed),
      vigente: fromCents(s.vigente),
      devengado: fromCents(s.devengado),
      pagado: fromCents(s.pagado),
      executionRate: ratio(s.devengado, s.vigente),
    }));
}

export interface ProductProgress {
  productCode: string;
  name: string;
  unitOfMeasure: string | null;
  /** The POA target for the period, or null when the product has none for the year. */
  planned: number | null;
  /** True when planned is a share of an annual target (months / 12) for want of monthly ones. */
  plannedProrated: boolean;
  executed: number;
  /** executed / planned, or null when nothing was planned. */
  rate: number | null;
}

/** The POA target of a product for some months of a year, and whether it had to be prorated. */
function plannedFor(targets: TargetItem[], productCode: string, year: number, months: number[]): { planned: number | null; prorated: boolean } {
  if (months.length === 12) return { planned: annualTarget({ targets, fiscalYear: year }, productCode, 'POA'), prorated: false };
  const own = targets.filter((t) => t.productCode === productCode && t.plan === 'POA' && t.year === year);
  const monthly = own.filter((t) => t.month >= 1);
  if (monthly.length > 0) return { planned: fromCents(monthly.filter((t) => months.includes(t.month)).reduce((sum, t) => sum + toCents(t.quantity), 0)), prorated: false };
  const annual = own.find((t) => t.month === 0);
  if (!annual) return { planned: null, prorated: false };
  return { planned: fromCents(Math.round((toCents(annual.quantity) * months.length) / 12)), prorated: true };
}

/** Physical progress of each product in a period: delivered against its POA target, in the order given. */
export function physicalProgress(products: ProductItem[], targets: TargetItem[], execution: PhysicalExecutionItem[], period: string): ProductProgress[] {
  const { year, months } = parsePeriod(period);
  return products.map((product) => {
    const { planned, prorated } = plannedFor(targets, product.code, year, months);
    const executedCents = execution
      .filter((e) => e.productCode === product.code && e.year === year && months.includes(e.month))
      .reduce((sum, e) => sum + toCents(e.quantity), 0);
    const executed = fromCents(executedCents);
    return { productCode: product.code, name: product.name, unitOfMeasure: product.unitOfMeasure, planned, plannedProrated: prorated, executed, rate: planned ? round4(executed / planned) : null };
  });
}

export interface UnitCostComparison {
  productCode: string;
  /** Formulated cost over the annual POA target (see unitCosts), or null without a target. */
  plannedUnitCost: number | null;
  /** Accrued on the product's budget lines from January to the month. */
  devengado: number;
  /** Quantity delivered from January to the month. */
  executedQuantity: number;
  /** devengado / executedQuantity, or null when nothing was delivered. */
  actualUnitCost: number | null;
  /** actualUnitCost / plannedUnitCost: above 1 each unit cost more than planned. Null when either is missing. */
  ratio: number | null;
}

/** Per product with budget lines, the planned unit cost against what each delivered unit cost so far. */
export function unitCostComparison(content: DeliverableContent, throughMonth: number): UnitCostComparison[] {
  const asOf = executionAsOf(content.financialExecution, throughMonth);
  return unitCosts(content).map(({ productCode, unitCost: plannedUnitCost }) => {
    // A set of keys, so a line listed twice is not accrued twice.
    const keys = new Set(content.budgetLines.filter((l) => l.productCode === productCode).map(lineKey));
    const devengadoCents = [...keys].reduce((sum, key) => sum + toCents(asOf.get(key)?.devengado ?? 0), 0);
    const quantityCents = content.physicalExecution
      .filter((e) => e.productCode === productCode && e.year === content.fiscalYear && e.month >= 1 && e.month <= throughMonth)
      .reduce((sum, e) => sum + toCents(e.quantity), 0);
    const actualUnitCost = quantityCents > 0 ? Math.round((devengadoCents / quantityCents) * 100) / 100 : null;
    return {
      productCode,
      plannedUnitCost,
      devengado: fromCents(devengadoCents),
      executedQuantity: fromCents(quantityCents),
      actualUnitCost,
      ratio: actualUnitCost !== null && plannedUnitCost ? round4(actualUnitCost / plannedUnitCost) : null,
    };
  });
}
