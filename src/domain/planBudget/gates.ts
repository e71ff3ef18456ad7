// The validation gates a submission must pass, per deliverable kind. Each gate returns every
// problem it finds, so the planner gets the whole list at once instead of one error per try.
import type { DeliverableContent, DeliverableKind } from './deliverable';
import { annualTarget, productIndex, resultServed, toCents, unitCosts } from './linkage';
import { lastMonth, periodLabel, targetFor } from '../monitoring/reportingPeriods';

export type GateCode =
  | 'resultsDefined'
  | 'productServesResult'
  | 'productHasUnit'
  | 'productHasTarget'
  | 'pomCoversFiveYears'
  | 'pomMatchesPoa'
  | 'withinCeiling'
  | 'lineReachesProduct'
  | 'inputCostsAgree'
  | 'unitCostComputable'
  | 'multiYearTotalsAgree'
  | 'ceilingsSet'
  | 'measurementsReported'
  | 'financialExecutionImported';

export interface GateProblem {
  gate: GateCode;
  message: string;
  /** The code of the item at fault, when there is one (a product, a source, a line). */
  ref?: string;
}

type Gate = (content: DeliverableContent) => GateProblem[];

const money = (amount: number) => `Q${amount.toLocaleString('es-GT', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const lineRef = (l: DeliverableContent['budgetLines'][number]) => `${l.categoryCode} renglón ${l.objectCode} fuente ${l.sourceCode} depto. ${l.geographyCode}`;
const projectionYears = 5;

const resultsDefined: Gate = (c) =>
  c.results.some((r) => r.level === 'final') ? [] : [{ gate: 'resultsDefined', message: 'El plan estratégico no tiene ningún resultado final' }];

const productServesResult: Gate = (c) => {
  const products = productIndex(c);
  const results = new Set(c.results.map((r) => r.code));
  return c.products
    .filter((p) => {
      const result = resultServed(p, products);
      return !result || !results.has(result);
    })
    .map((p) => ({ gate: 'productServesResult', ref: p.code, message: `El producto ${p.code} (${p.name}) no sirve a ningún resultado del plan` }));
};

const productHasUnit: Gate = (c) =>
  c.products.filter((p) => !p.unitOfMeasure).map((p) => ({ gate: 'productHasUnit', ref: p.code, message: `El producto ${p.code} no tiene unidad de medida` }));

const productHasTarget: Gate = (c) =>
  c.products
    .filter((p) => !((annualTarget(c, p.code, 'POA') ?? 0) > 0))
    .map((p) => ({ gate: 'productHasTarget', ref: p.code, message: `El producto ${p.code} no tiene meta física en el POA ${c.fiscalYear}` }));

const pomCoversFiveYears: Gate = (c) =>
  c.products.flatMap((p) => {
    const missing = Array.from({ length: projectionYears }, (_, i) => c.fiscalYear + i).filter((year) => annualTarget(c, p.code, 'POM', year) === null);
    return missing.length ? [{ gate: 'pomCoversFiveYears' as const, ref: p.code, message: `El POM del producto ${p.code} no tiene meta para ${missing.join(', ')}` }] : [];
  });

const pomMatchesPoa: Gate = (c) =>
  c.products.flatMap((p) => {
    const poa = annualTarget(c, p.code, 'POA');
    const pom = annualTarget(c, p.code, 'POM');
    if (poa === null || pom === null || toCents(poa) === toCents(pom)) return [];
    return [{ gate: 'pomMatchesPoa' as const, ref: p.code, message: `La meta ${c.fiscalYear} del producto ${p.code} es ${pom} en el POM y ${poa} en el POA` }];
  });

const withinCeiling: Gate = (c) => {
  const totals = new Map<string, number>();
  for (const line of c.budgetLines) totals.set(line.sourceCode, (totals.get(line.sourceCode) ?? 0) + toCents(line.amount));
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([source, cents]) => {
      const ceiling = c.ceilings.find((t) => t.sourceCode === source && t.year === c.fiscalYear && t.institutionCode === c.institutionCode);
      if (!ceiling) return [{ gate: 'withinCeiling' as const, ref: source, message: `La fuente ${source} no tiene techo presupuestario para ${c.fiscalYear} y suma ${money(cents / 100)}` }];
      if (cents > toCents(ceiling.amount)) {
        return [{ gate: 'withinCeiling' as const, ref: source, message: `La fuente ${source} suma ${money(cents / 100)} y su techo (versión ${ceiling.version}) es ${money(ceiling.amount)}: excede en ${money((cents - toCents(ceiling.amount)) / 100)}` }];
      }
      return [];
    });
};

const lineReachesProduct: Gate = (c) => {
  const products = productIndex(c);
  return c.budgetLines.flatMap((l) => {
    if (l.centralActivities) return [];
    if (!l.productCode) return [{ gate: 'lineReachesProduct' as const, ref: lineRef(l), message: `La línea ${lineRef(l)} no está vinculada a un producto ni marcada como actividades centrales` }];
    if (!products.has(l.productCode)) return [{ gate: 'lineReachesProduct' as const, ref: lineRef(l), message: `La línea ${lineRef(l)} apunta al producto ${l.productCode}, que no está en el plan` }];
    return [];
  });
};

const inputCostsAgree: Gate = (c) =>
  c.budgetLines.flatMap((l) => {
    if (l.inputQuantity === null || l.unitPrice === null) return [];
    const computed = Math.round(l.inputQuantity * l.unitPrice * 100);
    if (computed === toCents(l.amount)) return [];
    return [{ gate: 'inputCostsAgree' as const, ref: lineRef(l), message: `La línea ${lineRef(l)} dice ${money(l.amount)}, pero ${l.inputQuantity} × ${money(l.unitPrice)} = ${money(computed / 100)}` }];
  });

const unitCostComputable: Gate = (c) =>
  unitCosts(c)
    .filter((u) => u.unitCost === null)
    .map((u) => ({ gate: 'unitCostComputable', ref: u.productCode, message: `El producto ${u.productCode} tiene un costo de ${money(u.cost)} pero no tiene meta en el POA ${c.fiscalYear}: no se puede calcular su costo unitario` }));

const multiYearTotalsAgree: Gate = (c) => {
  const problems: GateProblem[] = [];
  const lineTotals = new Map<string, number>();
  for (const line of c.budgetLines) lineTotals.set(line.sourceCode, (lineTotals.get(line.sourceCode) ?? 0) + toCents(line.amount));
  const sources = new Set([...lineTotals.keys(), ...c.projections.filter((p) => p.year === c.fiscalYear).map((p) => p.sourceCode)]);
  for (const source of [...sources].sort()) {
    const projected = c.projections.find((p) => p.year === c.fiscalYear && p.sourceCode === source);
    const lines = lineTotals.get(source) ?? 0;
    if (!projected) problems.push({ gate: 'multiYearTotalsAgree', ref: source, message: `La proyección multianual no tiene ${c.fiscalYear} para la fuente ${source}` });
    else if (toCents(projected.amount) !== lines) {
      problems.push({ gate: 'multiYearTotalsAgree', ref: source, message: `La proyección ${c.fiscalYear} de la fuente ${source} es ${money(projected.amount)} y las líneas suman ${money(lines / 100)}` });
    }
    const years = new Set(c.projections.filter((p) => p.sourceCode === source).map((p) => p.year));
    const missing = Array.from({ length: projectionYears }, (_, i) => c.fiscalYear + i).filter((y) => !years.has(y) && y !== c.fiscalYear);
    if (missing.length) problems.push({ gate: 'multiYearTotalsAgree', ref: source, message: `La proyección de la fuente ${source} no cubre ${missing.join(', ')}` });
  }
  return problems;
};

const ceilingsSet: Gate = (c) => {
  const forYear = c.ceilings.filter((t) => t.year === c.fiscalYear);
  if (forYear.length === 0) return [{ gate: 'ceilingsSet', message: `No hay techos presupuestarios para ${c.fiscalYear}` }];
  return forYear.filter((t) => t.amount <= 0).map((t) => ({ gate: 'ceilingsSet', ref: `${t.institutionCode}/${t.sourceCode}`, message: `El techo de ${t.institutionCode} en la fuente ${t.sourceCode} es cero` }));
};

const programming: Gate[] = [withinCeiling, lineReachesProduct, inputCostsAgree, unitCostComputable, multiYearTotalsAgree];

/** The gates of each deliverable kind, in the order their problems are listed. */
/** A report answers for every indicator that has a target for its period. */
const measurementsReported: Gate = (c) => {
  const period = c.period;
  if (!period) return [];
  const measured = new Set(c.measurements.filter((m) => m.period === period).map((m) => m.indicatorCode));
  return c.indicators
    .filter((i) => targetFor(i.targets, period) !== undefined && !measured.has(i.code))
    .map((i) => ({ gate: 'measurementsReported', ref: i.code, message: `El indicador ${i.code} (${i.name}) tiene meta para ${periodLabel(period)} y no tiene medición` }));
};

/** The financial progress is read at the period's last month: SICOIN's figures must be there. */
const financialExecutionImported: Gate = (c) => {
  if (!c.period || c.budgetLines.length === 0) return [];
  const month = lastMonth(c.period);
  return c.financialExecution.some((e) => e.month === month)
    ? []
    : [{ gate: 'financialExecutionImported', message: `Falta importar la ejecución financiera al cierre de ${periodLabel(`${c.fiscalYear}-${String(month).padStart(2, '0')}`)}` }];
};

export const gatesOf: Record<DeliverableKind, Gate[]> = {
  strategicPlan: [resultsDefined, productServesResult],
  operationalPlan: [productServesResult, productHasUnit, productHasTarget, pomCoversFiveYears, pomMatchesPoa],
  budgetCeilings: [ceilingsSet],
  preliminaryProgramming: programming,
  budgetProposal: [...programming, productHasTarget],
  monitoringReport: [measurementsReported, financialExecutionImported],
};

/** Every problem that stops this content from being submitted; empty when it may go. */
export function checkDeliverable(content: DeliverableContent): GateProblem[] {
  return gatesOf[content.kind].flatMap((gate) => gate(content));
}
