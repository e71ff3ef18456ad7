// The structured diff between two frozen versions, and the multi-year comparison with ceilings.
import { describe, expect, it } from 'vitest';
import { emptyContent, type DeliverableContent } from '../../src/domain/planBudget/deliverable';
import { compareMultiYear } from '../../src/domain/planBudget/multiYear';
import { diffSnapshots } from '../../src/domain/planBudget/snapshotDiff';

function version1(): DeliverableContent {
  return {
    ...emptyContent('budgetProposal', 'MSPAS', 2028),
    products: [{ code: 'P1', name: 'Niños vacunados', unitOfMeasure: 'PERSONA', resultCode: 'R1', parentCode: null, categoryCode: null }],
    targets: [{ productCode: 'P1', plan: 'POA', year: 2028, month: 0, quantity: 1000 }],
    budgetLines: [
      { categoryCode: '14-01-000-001-000', objectCode: '266', sourceCode: '11', geographyCode: '01', productCode: 'P1', centralActivities: false, inputQuantity: null, unitPrice: null, amount: 25_000 },
      { categoryCode: '14-01-000-001-000', objectCode: '122', sourceCode: '11', geographyCode: '01', productCode: 'P1', centralActivities: false, inputQuantity: null, unitPrice: null, amount: 3_000 },
    ],
  };
}

describe('diffSnapshots', () => {
  it('when nothing changed, then the diff is empty', () => {
    expect(diffSnapshots(version1(), version1())).toEqual({ collections: {}, summary: { added: 0, removed: 0, changed: 0 } });
  });

  it('when an amount changes, a line is removed and a target added, then exactly those are named', () => {
    const after = version1();
    after.budgetLines[0]!.amount = 27_500;
    after.budgetLines.splice(1, 1);
    after.targets.push({ productCode: 'P1', plan: 'POA', year: 2028, month: 3, quantity: 250 });
    const diff = diffSnapshots(version1(), after);
    expect(diff.summary).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(diff.collections.budgetLines).toEqual({
      added: [],
      removed: [{ key: '14-01-000-001-000/122/11/01', item: version1().budgetLines[1] }],
      changed: [{ key: '14-01-000-001-000/266/11/01', changes: [{ field: 'amount', from: 25_000, to: 27_500 }] }],
    });
    expect(diff.collections.targets?.added).toEqual([{ key: 'P1/POA/2028/3', item: after.targets[1] }]);
    expect(Object.keys(diff.collections)).toEqual(['targets', 'budgetLines']);
  });
});

describe('compareMultiYear', () => {
  it('when a scenario goes over a ceiling, then that cell has a negative margin and the row is flagged', () => {
    const comparison = compareMultiYear({
      fiscalYear: 2028,
      ceilings: [2028, 2029, 2030, 2031, 2032].map((year) => ({ year, sourceCode: '11', amount: 100_000 })),
      projections: [{ year: 2028, sourceCode: '11', amount: 90_000 }],
      scenarios: [
        { name: 'Escenario base', items: [{ year: 2028, sourceCode: '11', quantity: 1000, unitCost: 80 }] },
        { name: 'Escenario ampliado', items: [{ year: 2029, sourceCode: '11', quantity: 1000, unitCost: 80 }, { year: 2029, sourceCode: '11', quantity: 500, unitCost: 50 }] },
      ],
    });
    expect(comparison.years).toEqual([2028, 2029, 2030, 2031, 2032]);
    expect(comparison.sources).toEqual(['11']);
    expect(comparison.rows.map((r) => [r.name, r.overCeiling])).toEqual([
      ['Proyección multianual', false],
      ['Escenario base', false],
      ['Escenario ampliado', true],
    ]);
    expect(comparison.rows[2]!.cells.find((c) => c.year === 2029)).toEqual({ year: 2029, sourceCode: '11', amount: 105_000, ceiling: 100_000, margin: -5_000 });
    expect(comparison.rows[0]!.totals[0]).toEqual({ year: 2028, amount: 90_000 });
  });
});
