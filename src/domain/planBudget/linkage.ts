// Plan-budget linkage (vinculación plan-presupuesto): which budget reaches a product that serves a
// result, what is central activities, what is left unlinked; and each product's unit cost
// (the cost of its inputs over its physical target). Amounts are summed in centavos.
import type { DeliverableContent, ProductItem } from './deliverable';

export const toCents = (amount: number) => Math.round(amount * 100);
export const fromCents = (cents: number) => cents / 100;

export interface LinkageReport {
  total: number;
  linkedToResults: number;
  centralActivities: number;
  unlinked: number;
  /** Share of the total that reaches a result, 0..1 (0 when there is no budget). */
  linkedShare: number;
  unlinkedLines: number;
}

/** The result a product serves: its own, or its parent's for a sub-product. */
export function resultServed(product: ProductItem, byCode: Map<string, ProductItem>): string | null {
  const seen = new Set<string>();
  let current: ProductItem | undefined = product;
  while (current && !seen.has(current.code)) {
    if (current.resultCode) return current.resultCode;
    seen.add(current.code);
    current = current.parentCode ? byCode.get(current.parentCode) : undefined;
  }
  return null;
}

export function productIndex(content: Pick<DeliverableContent, 'products'>): Map<string, ProductItem> {
  return new Map(content.products.map((p) => [p.code, p]));
}

export function linkageReport(content: Pick<DeliverableContent, 'products' | 'results' | 'budgetLines'>): LinkageReport {
  const products = productIndex(content);
  const results = new Set(content.results.map((r) => r.code));
  let total = 0;
  let linked = 0;
  let central = 0;
  let unlinkedLines = 0;
  for (const line of content.budgetLines) {
    const cents = toCents(line.amount);
    total += cents;
    const product = line.productCode ? products.get(line.productCode) : undefined;
    const result = product ? resultServed(product, products) : null;
    if (result && results.has(result)) linked += cents;
    else if (line.centralActivities) central += cents;
    else unlinkedLines += 1;
  }
  return {
    total: fromCents(total),
    linkedToResults: fromCents(linked),
    centralActivities: fromCents(central),
    unlinked: fromCents(total - linked - central),
    linkedShare: total === 0 ? 0 : Math.round((linked / total) * 10_000) / 10_000,
    unlinkedLines,
  };
}

export interface UnitCost {
  productCode: string;
  cost: number;
  target: number | null;
  /** cost / target, or null when the product has no annual target to divide by. */
  unitCost: number | null;
}

/** Unit cost per product for the fiscal year: the cost of the lines it is linked to over its POA target. */
export function unitCosts(content: Pick<DeliverableContent, 'budgetLines' | 'targets' | 'fiscalYear'>): UnitCost[] {
  const costs = new Map<string, number>();
  for (const line of content.budgetLines) {
    if (line.productCode) costs.set(line.productCode, (costs.get(line.productCode) ?? 0) + toCents(line.amount));
  }
  return [...costs.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([productCode, cents]) => {
      const target = annualTarget(content, productCode, 'POA');
      return { productCode, cost: fromCents(cents), target, unitCost: target ? Math.round(cents / target) / 100 : null };
    });
}

/** A product's target for the fiscal year: the annual figure, or the sum of its months. */
export function annualTarget(content: Pick<DeliverableContent, 'targets' | 'fiscalYear'>, productCode: string, plan: 'POA' | 'POM', year = content.fiscalYear): number | null {
  const own = content.targets.filter((t) => t.productCode === productCode && t.plan === plan && t.year === year);
  const annual = own.find((t) => t.month === 0);
  if (annual) return annual.quantity;
  if (own.length === 0) return null;
  return fromCents(own.reduce((sum, t) => sum + toCents(t.quantity), 0));
}
