// The citizens' budget figures (src/api/publicPortal/citizensBudget.ts) on a hand-made edition:
// the sums below are worked out by hand from the lines, not from the code under test.
import { describe, expect, it } from 'vitest';
import type { ApprovedDeliverable, ApprovedEdition } from '../../src/api/publicPortal/approvedContent';
import { citizensBudgetYears, institutionCitizensBudget, nationalCitizensBudget, spendingByGroup } from '../../src/api/publicPortal/citizensBudget';
import { emptyContent, type BudgetLineItem } from '../../src/domain/planBudget/deliverable';

const line = (categoryCode: string, objectCode: string, amount: number): BudgetLineItem => ({ categoryCode, objectCode, sourceCode: '11', geographyCode: '01', productCode: null, centralActivities: false, inputQuantity: null, unitPrice: null, amount });

function edition(code: string, fiscalYear: number, lines: BudgetLineItem[], programmes: number): ApprovedEdition {
  const institution = { code, name: `Ministerio ${code}`, sector: null };
  const content = emptyContent('budgetProposal', code, fiscalYear);
  content.categories = Array.from({ length: programmes }, (_, i) => ({ code: `${11 + i}-00-000-000-000`, name: `Programa ${11 + i}` }));
  content.budgetLines = lines;
  content.products = [
    { code: 'P1', name: 'Niños vacunados', unitOfMeasure: 'PERSONA', resultCode: null, parentCode: null, categoryCode: '12-00-000-001-000' },
    { code: 'P1.1', name: 'Subproducto', unitOfMeasure: 'PERSONA', resultCode: null, parentCode: 'P1', categoryCode: '12-00-000-001-000' },
    { code: 'P2', name: 'Jornadas sin meta', unitOfMeasure: null, resultCode: null, parentCode: null, categoryCode: '12-00-000-002-000' },
  ];
  content.targets = [{ productCode: 'P1', plan: 'POA', year: fiscalYear, month: 0, quantity: 120_000 }];
  const budgetProposal: ApprovedDeliverable = { kind: 'budgetProposal', institution, fiscalYear, stageName: 'Anteproyecto', version: 1, approvedAt: new Date('2027-07-10T15:00:00Z'), content };
  return { institution, fiscalYear, strategicPlan: null, operationalPlan: null, budgetProposal, monitoringReports: [] };
}

// Seven programmes: 12 is the largest (Q 600: salaries 400, medicines 200), then 11 (Q 300), then 13-17 (Q 10 to 50).
const lines = [
  line('12-00-000-001-000', '011', 400),
  line('12-00-000-001-000', '266', 200),
  line('11-00-000-001-000', '011', 300),
  ...[13, 14, 15, 16, 17].map((p, i) => line(`${p}-00-000-001-000`, '122', 50 - i * 10)),
];

describe("the citizens' budget", () => {
  it('when an institution has seven programmes, then the five largest are told with what they produce and the other two are summed', () => {
    const budget = institutionCitizensBudget(edition('MSPAS', 2028, lines, 7))!;
    expect(budget.total).toBe(1050);
    expect(budget.programmes.map((p) => `${p.programme} ${p.amount}`)).toEqual(['12 600', '11 300', '13 50', '14 40', '15 30']);
    expect(budget.programmes[0]!.products).toEqual([
      { code: 'P1', name: 'Niños vacunados', unitOfMeasure: 'PERSONA', annualTarget: 120_000 },
      { code: 'P2', name: 'Jornadas sin meta', unitOfMeasure: null, annualTarget: null },
    ]);
    expect(budget.programmes[1]!.products).toEqual([]);
    expect(budget.otherProgrammes).toEqual({ count: 2, amount: 30, share: 30 / 1050 });
  });

  it('when the lines are grouped by what they buy, then the renglón’s first digit decides, largest first', () => {
    expect(spendingByGroup({ budgetLines: lines })).toEqual([
      { group: '0', amount: 700, share: 700 / 1050 },
      { group: '2', amount: 200, share: 200 / 1050 },
      { group: '1', amount: 150, share: 150 / 1050 },
    ]);
  });

  it('when the nation is summed, then each institution with an approved proposal for the year counts once, largest first', () => {
    const editions = [edition('MSPAS', 2028, lines, 7), edition('MAGA', 2028, [line('11-00-000-001-000', '011', 2000)], 1), edition('CIV', 2027, [line('11-00-000-001-000', '011', 99)], 1)];
    const nation = nationalCitizensBudget(editions, 2028);
    expect(nation.total).toBe(3050);
    expect(nation.institutions.map((i) => `${i.institution.code} ${i.amount}`)).toEqual(['MAGA 2000', 'MSPAS 1050']);
    expect(nation.groups[0]).toEqual({ group: '0', amount: 2700, share: 2700 / 3050 });
    expect(citizensBudgetYears(editions)).toEqual([2028, 2027]);
  });

  it('when an institution has no approved proposal, then it has no citizens’ budget', () => {
    const withoutProposal = { ...edition('CIV', 2028, lines, 7), budgetProposal: null };
    expect(institutionCitizensBudget(withoutProposal)).toBeNull();
    expect(nationalCitizensBudget([withoutProposal], 2028)).toMatchObject({ total: 0, institutions: [] });
  });
});
