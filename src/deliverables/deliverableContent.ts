// Reads an institution's plan and budget content for a fiscal year out of the database into the
// plain DeliverableContent the gates check and the snapshots freeze.
import type { Database } from '../db/prisma';
import { emptyContent, type DeliverableContent, type DeliverableKind } from '../domain/planBudget/deliverable';
import { lastMonth, parsePeriod } from '../domain/monitoring/reportingPeriods';

const num = (value: { toNumber(): number } | null) => (value === null ? null : value.toNumber());

/** Which collections each kind carries: a PEI has no budget lines, a ceiling stage no products. */
const carries: Record<DeliverableKind, { plan: boolean; budget: boolean; ceilings: 'own' | 'all' | 'none'; execution?: true }> = {
  strategicPlan: { plan: true, budget: false, ceilings: 'none' },
  operationalPlan: { plan: true, budget: false, ceilings: 'none' },
  budgetCeilings: { plan: false, budget: false, ceilings: 'all' },
  preliminaryProgramming: { plan: true, budget: true, ceilings: 'own' },
  budgetProposal: { plan: true, budget: true, ceilings: 'own' },
  monitoringReport: { plan: true, budget: true, ceilings: 'none', execution: true },
};

/** A monitoring report's content also carries its period (e.g. "2028-C1") and the execution up to its end. */
export async function loadDeliverableContent(db: Database, kind: DeliverableKind, institutionId: string, fiscalYear: number, period: string | null = null): Promise<DeliverableContent> {
  const institution = await db.institution.findUniqueOrThrow({ where: { id: institutionId } });
  const content = emptyContent(kind, institution.code, fiscalYear);
  content.period = period;
  const scope = carries[kind];

  if (scope.plan) {
    const plans = await db.strategicPlan.findMany({
      where: { institutionId, startYear: { lte: fiscalYear }, endYear: { gte: fiscalYear } },
      include: { results: { include: { contributesTo: { select: { code: true } } } } },
      orderBy: { code: 'asc' },
    });
    content.results = plans.flatMap((p) => p.results).map((r) => ({ code: r.code, name: r.name, level: r.level, kind: r.kind, contributesTo: r.contributesTo?.code ?? null })).sort((a, b) => a.code.localeCompare(b.code));
    const products = await db.product.findMany({
      where: { institutionId },
      include: { result: { select: { code: true } }, parent: { select: { code: true } }, programmaticCategory: { select: { code: true } }, targets: { where: { year: { gte: fiscalYear, lte: fiscalYear + 4 } } } },
      orderBy: { code: 'asc' },
    });
    content.products = products.map((p) => ({ code: p.code, name: p.name, unitOfMeasure: p.unitOfMeasure, resultCode: p.result?.code ?? null, parentCode: p.parent?.code ?? null, categoryCode: p.programmaticCategory?.code ?? null }));
    content.targets = products
      .flatMap((p) => p.targets.map((t) => ({ productCode: p.code, plan: t.plan, year: t.year, month: t.month, quantity: t.quantity.toNumber() })))
      .sort((a, b) => `${a.productCode}/${a.plan}/${a.year}/${a.month}`.localeCompare(`${b.productCode}/${b.plan}/${b.year}/${b.month}`));
    const indicators = await db.indicator.findMany({
      where: { institutionId },
      include: { result: { select: { code: true } }, product: { select: { code: true } }, targets: { where: { period: { startsWith: String(fiscalYear) } } } },
      orderBy: { code: 'asc' },
    });
    content.indicators = indicators.map((i) => ({
      code: i.code,
      name: i.name,
      level: i.level,
      resultCode: i.result?.code ?? null,
      productCode: i.product?.code ?? null,
      direction: i.direction,
      baseline: num(i.baselineValue),
      targets: Object.fromEntries(i.targets.map((t) => [t.period, t.value.toNumber()])),
    }));
  }

  if (scope.budget) {
    const categories = await db.programmaticCategory.findMany({ where: { institutionId, fiscalYear }, orderBy: { code: 'asc' } });
    content.categories = categories.map((c) => ({ code: c.code, name: c.name }));
    const lines = await db.budgetLine.findMany({ where: { institutionId, fiscalYear }, include: { category: { select: { code: true } }, product: { select: { code: true } } } });
    content.budgetLines = lines
      .map((l) => ({
        categoryCode: l.category.code,
        objectCode: l.objectCode,
        sourceCode: l.sourceCode,
        geographyCode: l.geographyCode,
        productCode: l.product?.code ?? null,
        centralActivities: l.centralActivities,
        inputQuantity: num(l.inputQuantity),
        unitPrice: num(l.unitPrice),
        amount: l.amount.toNumber(),
      }))
      .sort((a, b) => `${a.categoryCode}/${a.objectCode}/${a.sourceCode}/${a.geographyCode}`.localeCompare(`${b.categoryCode}/${b.objectCode}/${b.sourceCode}/${b.geographyCode}`));
    const projections = await db.budgetProjection.findMany({ where: { institutionId, fiscalYear }, orderBy: [{ year: 'asc' }, { sourceCode: 'asc' }] });
    content.projections = projections.map((p) => ({ year: p.year, sourceCode: p.sourceCode, amount: p.amount.toNumber() }));
  }

  if (scope.execution && period) await loadExecution(db, content, institutionId, period);

  if (scope.ceilings !== 'none') {
    content.ceilings = await latestCeilings(db, fiscalYear, scope.ceilings === 'own' ? institutionId : undefined);
  }
  return content;
}

/** The latest version of each ceiling (institution x source) for the year. */
export async function latestCeilings(db: Database, fiscalYear: number, institutionId?: string) {
  const rows = await db.budgetCeiling.findMany({
    where: { fiscalYear, ...(institutionId ? { institutionId } : {}) },
    include: { institution: { select: { code: true } } },
    orderBy: [{ version: 'desc' }],
  });
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const key = `${row.institution.code}/${row.sourceCode}`;
    if (!latest.has(key)) latest.set(key, row);
  }
  return [...latest.values()]
    .map((c) => ({ institutionCode: c.institution.code, sourceCode: c.sourceCode, year: c.fiscalYear, version: c.version, amount: c.amount.toNumber() }))
    .sort((a, b) => `${a.institutionCode}/${a.sourceCode}`.localeCompare(`${b.institutionCode}/${b.sourceCode}`));
}

/** Measurements of the period, and physical and financial execution from January to its last month. */
async function loadExecution(db: Database, content: DeliverableContent, institutionId: string, period: string): Promise<void> {
  const { year } = parsePeriod(period);
  const throughMonth = lastMonth(period);
  const measurements = await db.indicatorMeasurement.findMany({ where: { period, indicator: { institutionId } }, include: { indicator: { select: { code: true } } } });
  content.measurements = measurements.map((m) => ({ indicatorCode: m.indicator.code, period: m.period, value: m.value.toNumber() })).sort((a, b) => a.indicatorCode.localeCompare(b.indicatorCode));
  const physical = await db.physicalExecution.findMany({ where: { year, month: { lte: throughMonth }, product: { institutionId } }, include: { product: { select: { code: true } } } });
  content.physicalExecution = physical
    .map((e) => ({ productCode: e.product.code, year: e.year, month: e.month, quantity: e.quantity.toNumber() }))
    .sort((a, b) => a.productCode.localeCompare(b.productCode) || a.month - b.month);
  const financial = await db.budgetExecution.findMany({ where: { month: { lte: throughMonth }, budgetLine: { institutionId, fiscalYear: year } }, include: { budgetLine: { include: { category: { select: { code: true } } } } } });
  content.financialExecution = financial
    .map((e) => ({ categoryCode: e.budgetLine.category.code, objectCode: e.budgetLine.objectCode, sourceCode: e.budgetLine.sourceCode, geographyCode: e.budgetLine.geographyCode, month: e.month, vigente: e.vigente.toNumber(), devengado: e.devengado.toNumber(), pagado: e.pagado.toNumber() }))
    .sort((a, b) => `${a.categoryCode}/${a.objectCode}/${a.sourceCode}/${a.geographyCode}`.localeCompare(`${b.categoryCode}/${b.objectCode}/${b.sourceCode}/${b.geographyCode}`) || a.month - b.month);
}
