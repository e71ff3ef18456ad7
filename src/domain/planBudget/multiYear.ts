// Multi-year view: the budget projection and each production scenario side by side, year by year
// and source by source, each figure held against its ceiling.
import { fromCents, toCents } from './linkage';

export const multiYearSpan = 5;

export interface MultiYearInput {
  fiscalYear: number;
  ceilings: { year: number; sourceCode: string; amount: number }[];
  projections: { year: number; sourceCode: string; amount: number }[];
  scenarios: { name: string; items: { year: number; sourceCode: string; quantity: number; unitCost: number }[] }[];
}

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

export interface MultiYearComparison {
  years: number[];
  sources: string[];
  rows: MultiYearRow[];
}

export function compareMultiYear(input: MultiYearInput): MultiYearComparison {
  const years = Array.from({ length: multiYearSpan }, (_, i) => input.fiscalYear + i);
  const key = (year: number, source: string) => `${year}/${source}`;
  const ceilings = new Map(input.ceilings.map((c) => [key(c.year, c.sourceCode), toCents(c.amount)]));
  const scenarioCents = input.scenarios.map((s) => {
    const sums = new Map<string, number>();
    for (const item of s.items) sums.set(key(item.year, item.sourceCode), (sums.get(key(item.year, item.sourceCode)) ?? 0) + Math.round(item.quantity * item.unitCost * 100));
    return { name: s.name, sums };
  });
  const projection = new Map<string, number>();
  for (const p of input.projections) projection.set(key(p.year, p.sourceCode), (projection.get(key(p.year, p.sourceCode)) ?? 0) + toCents(p.amount));
  const sources = [...new Set([...input.ceilings, ...input.projections, ...input.scenarios.flatMap((s) => s.items)].filter((x) => years.includes(x.year)).map((x) => x.sourceCode))].sort();

  const row = (kind: MultiYearRow['kind'], name: string, sums: Map<string, number>): MultiYearRow => {
    const cells = years.flatMap((year) =>
      sources.map((sourceCode) => {
        const cents = sums.get(key(year, sourceCode)) ?? 0;
        const ceiling = ceilings.get(key(year, sourceCode));
        return { year, sourceCode, amount: fromCents(cents), ceiling: ceiling === undefined ? null : fromCents(ceiling), margin: ceiling === undefined ? null : fromCents(ceiling - cents) };
      }),
    );
    const totals = years.map((year) => ({ year, amount: fromCents(cells.filter((c) => c.year === year).reduce((sum, c) => sum + toCents(c.amount), 0)) }));
    return { kind, name, cells, totals, overCeiling: cells.some((c) => c.margin !== null && c.margin < 0) };
  };

  return { years, sources, rows: [row('projection', 'Proyección multianual', projection), ...scenarioCents.map((s) => row('scenario', s.name, s.sums))] };
}
