// The submission gates, each with a passing and a failing case, and the linkage report.
import { describe, expect, it } from 'vitest';
import { emptyContent, type DeliverableContent, type DeliverableKind } from '../../src/domain/planBudget/deliverable';
import { checkDeliverable, type GateCode } from '../../src/domain/planBudget/gates';
import { linkageReport, unitCosts } from '../../src/domain/planBudget/linkage';

const fiscalYear = 2028;
const years = [2028, 2029, 2030, 2031, 2032];

/** A small proposal that passes every gate: one result, a product and a sub-product, two sources. */
function passingContent(kind: DeliverableKind = 'budgetProposal'): DeliverableContent {
  return {
    ...emptyContent(kind, 'MSPAS', fiscalYear),
    results: [
      { code: 'RF1', name: 'Desnutrición crónica reducida', level: 'final', kind: 'strategic', contributesTo: null },
      { code: 'RI1', name: 'Niños con vacunación completa', level: 'intermediate', kind: 'institutional', contributesTo: 'RF1' },
    ],
    products: [
      { code: 'P1', name: 'Niños vacunados', unitOfMeasure: 'PERSONA', resultCode: 'RI1', parentCode: null, categoryCode: '14-01-000-001-000' },
      { code: 'P1.1', name: 'Dosis aplicadas', unitOfMeasure: 'DOSIS', resultCode: null, parentCode: 'P1', categoryCode: '14-01-000-001-000' },
    ],
    targets: ['P1', 'P1.1'].flatMap((productCode) => [
      { productCode, plan: 'POA' as const, year: fiscalYear, month: 0, quantity: 1000 },
      ...years.map((year) => ({ productCode, plan: 'POM' as const, year, month: 0, quantity: year === fiscalYear ? 1000 : 1100 })),
    ]),
    categories: [
      { code: '1-00-000-001-000', name: 'Dirección y coordinación' },
      { code: '14-01-000-001-000', name: 'Vacunación' },
    ],
    budgetLines: [
      { categoryCode: '14-01-000-001-000', objectCode: '266', sourceCode: '11', geographyCode: '01', productCode: 'P1', centralActivities: false, inputQuantity: 1000, unitPrice: 25.5, amount: 25_500 },
      { categoryCode: '14-01-000-001-000', objectCode: '295', sourceCode: '21', geographyCode: '01', productCode: 'P1.1', centralActivities: false, inputQuantity: null, unitPrice: null, amount: 4_500 },
      { categoryCode: '1-00-000-001-000', objectCode: '011', sourceCode: '11', geographyCode: '00', productCode: null, centralActivities: true, inputQuantity: null, unitPrice: null, amount: 10_000 },
    ],
    ceilings: [
      { institutionCode: 'MSPAS', sourceCode: '11', year: fiscalYear, version: 2, amount: 40_000 },
      { institutionCode: 'MSPAS', sourceCode: '21', year: fiscalYear, version: 1, amount: 5_000 },
    ],
    projections: years.flatMap((year) => [
      { year, sourceCode: '11', amount: year === fiscalYear ? 35_500 : 36_000 },
      { year, sourceCode: '21', amount: year === fiscalYear ? 4_500 : 4_600 },
    ]),
  };
}

const gatesOfProblems = (content: DeliverableContent) => [...new Set(checkDeliverable(content).map((p) => p.gate))];

describe('submission gates', () => {
  it('when every link holds, then a proposal, a programming, a POA and a PEI pass', () => {
    for (const kind of ['budgetProposal', 'preliminaryProgramming', 'operationalPlan', 'strategicPlan'] as const) {
      expect(checkDeliverable(passingContent(kind)), kind).toEqual([]);
    }
  });

  const failing: [GateCode, DeliverableKind, (c: DeliverableContent) => void, string][] = [
    ['resultsDefined', 'strategicPlan', (c) => (c.results = c.results.filter((r) => r.level !== 'final')), 'ningún resultado final'],
    ['productServesResult', 'operationalPlan', (c) => (c.products[0]!.resultCode = null), 'P1 (Niños vacunados) no sirve'],
    ['productHasUnit', 'operationalPlan', (c) => (c.products[1]!.unitOfMeasure = null), 'P1.1 no tiene unidad'],
    ['productHasTarget', 'operationalPlan', (c) => (c.targets = c.targets.filter((t) => !(t.productCode === 'P1.1' && t.plan === 'POA'))), 'P1.1 no tiene meta física en el POA 2028'],
    ['pomCoversFiveYears', 'operationalPlan', (c) => (c.targets = c.targets.filter((t) => !(t.plan === 'POM' && t.year === 2031))), 'no tiene meta para 2031'],
    ['pomMatchesPoa', 'operationalPlan', (c) => (c.targets.find((t) => t.productCode === 'P1' && t.plan === 'POM' && t.year === 2028)!.quantity = 900), 'es 900 en el POM y 1000 en el POA'],
    ['withinCeiling', 'budgetProposal', (c) => (c.ceilings[0]!.amount = 35_000), 'excede en Q500.00'],
    ['lineReachesProduct', 'preliminaryProgramming', (c) => (c.budgetLines[1]!.productCode = null), 'no está vinculada a un producto'],
    ['inputCostsAgree', 'preliminaryProgramming', (c) => (c.budgetLines[0]!.unitPrice = 26), '1000 × Q26.00 = Q26,000.00'],
    ['unitCostComputable', 'preliminaryProgramming', (c) => (c.targets = c.targets.filter((t) => !(t.productCode === 'P1' && t.plan === 'POA'))), 'no se puede calcular su costo unitario'],
    ['multiYearTotalsAgree', 'budgetProposal', (c) => (c.projections.find((p) => p.year === 2028 && p.sourceCode === '21')!.amount = 4_000), 'las líneas suman Q4,500.00'],
  ];

  for (const [gate, kind, breakIt, words] of failing) {
    it(`when ${gate} is broken, then the ${kind} is refused naming the item`, () => {
      const content = passingContent(kind);
      breakIt(content);
      const problems = checkDeliverable(content);
      expect(problems.map((p) => p.gate)).toContain(gate);
      expect(problems.find((p) => p.gate === gate)!.message).toContain(words);
    });
  }

  it('when a source has lines but no ceiling, then it is refused as over no ceiling', () => {
    const content = passingContent();
    content.ceilings = content.ceilings.filter((c) => c.sourceCode !== '21');
    expect(checkDeliverable(content)).toEqual([expect.objectContaining({ gate: 'withinCeiling', ref: '21', message: expect.stringContaining('no tiene techo') })]);
  });

  it('when several things are wrong, then every problem is listed at once', () => {
    const content = passingContent();
    content.budgetLines[1]!.productCode = null;
    content.ceilings[0]!.amount = 1;
    content.products[1]!.unitOfMeasure = null;
    expect(gatesOfProblems(content)).toEqual(['withinCeiling', 'lineReachesProduct']);
    const poa = { ...content, kind: 'operationalPlan' as const };
    expect(gatesOfProblems(poa)).toEqual(['productHasUnit']);
  });

  it('when the ceilings stage has figures for the year, then it passes; with none, it is refused', () => {
    const ceilings = { ...emptyContent('budgetCeilings', 'MINFIN', fiscalYear), ceilings: passingContent().ceilings };
    expect(checkDeliverable(ceilings)).toEqual([]);
    expect(gatesOfProblems({ ...ceilings, ceilings: [] })).toEqual(['ceilingsSet']);
  });
});

describe('linkage and unit costs', () => {
  it('when lines reach results, central activities or nothing, then the shares add up', () => {
    const content = passingContent();
    content.budgetLines.push({ categoryCode: '14-01-000-001-000', objectCode: '122', sourceCode: '11', geographyCode: '01', productCode: null, centralActivities: false, inputQuantity: null, unitPrice: null, amount: 2_000 });
    expect(linkageReport(content)).toEqual({ total: 42_000, linkedToResults: 30_000, centralActivities: 10_000, unlinked: 2_000, linkedShare: 0.7143, unlinkedLines: 1 });
  });

  it('when a product has inputs and a target, then its unit cost is their quotient', () => {
    expect(unitCosts(passingContent())).toEqual([
      { productCode: 'P1', cost: 25_500, target: 1000, unitCost: 25.5 },
      { productCode: 'P1.1', cost: 4_500, target: 1000, unitCost: 4.5 },
    ]);
  });
});
