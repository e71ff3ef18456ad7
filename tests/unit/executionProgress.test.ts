// Physical and financial progress of the execution year.
import { describe, expect, it } from 'vitest';
import { emptyContent, type BudgetLineItem, type DeliverableContent, type FinancialExecutionItem, type ProductItem, type TargetItem } from '../../src/domain/planBudget/deliverable';
import { executionAsOf, financialByProgramme, physicalProgress, programmeOf, unitCostComparison } from '../../src/domain/monitoring/executionProgress';

function line(categoryCode: string, objectCode: string, amount: number, productCode: string | null = null): BudgetLineItem {
  return { categoryCode, objectCode, sourceCode: '11', geographyCode: '01', productCode, centralActivities: productCode === null, inputQuantity: null, unitPrice: null, amount };
}

function executed(categoryCode: string, objectCode: string, month: number, vigente: number, devengado: number, pagado: number): FinancialExecutionItem {
  return { categoryCode, objectCode, sourceCode: '11', geographyCode: '01', month, vigente, devengado, pagado };
}

describe('programmeOf', () => {
  it('when a category code is read, then its programme is the first segment', () => {
    expect(programmeOf('11-00-000-001-000')).toBe('11');
    expect(programmeOf('01-00-000-001-000')).toBe('01');
    expect(programmeOf('14')).toBe('14');
  });
});

describe('executionAsOf', () => {
  it('when a line has rows after the cut-off month, then its latest row up to that month is taken', () => {
    const rows = [executed('11-00-000-001-000', '011', 2, 100, 10, 5), executed('11-00-000-001-000', '011', 5, 100, 40, 30), executed('11-00-000-001-000', '011', 3, 100, 20, 15)];
    expect(executionAsOf(rows, 4).get('11-00-000-001-000/011/11/01')?.month).toBe(3);
    expect(executionAsOf(rows, 1).size).toBe(0);
  });

  it('when the cut-off month is outside 1..12, then it throws', () => {
    expect(() => executionAsOf([], 0)).toThrow('Mes de corte inválido: 0 (debe ser de 1 a 12)');
    expect(() => executionAsOf([], 13)).toThrow('Mes de corte inválido: 13');
  });
});

describe('financialByProgramme', () => {
  const budgetLines = [line('12-00-000-001-000', '011', 1000.1), line('11-01-000-001-000', '011', 500.2), line('11-02-000-002-000', '266', 250.3), line('13-00-000-001-000', '122', 99)];
  const execution = [
    // cumulative rows: April's figures include March's
    executed('11-01-000-001-000', '011', 3, 600, 100.1, 50),
    executed('11-01-000-001-000', '011', 4, 600, 200.2, 150.1),
    executed('11-01-000-001-000', '011', 6, 700, 400, 300),
    executed('11-02-000-002-000', '266', 2, 300, 0.1, 0.1),
    executed('12-00-000-001-000', '011', 4, 1000, 250, 200),
  ];

  it('when read through April, then each line counts once at its latest month and programmes are summed', () => {
    expect(financialByProgramme(budgetLines, execution, 4)).toEqual([
      { programme: '11', programmed: 750.5, vigente: 900, devengado: 200.3, pagado: 150.2, executionRate: 0.2226 },
      { programme: '12', programmed: 1000.1, vigente: 1000, devengado: 250, pagado: 200, executionRate: 0.25 },
      { programme: '13', programmed: 99, vigente: 0, devengado: 0, pagado: 0, executionRate: null },
    ]);
  });

  it('when read through June, then the later cumulative row replaces the earlier ones', () => {
    expect(financialByProgramme(budgetLines, execution, 6)[0]).toMatchObject({ programme: '11', vigente: 1000, devengado: 400.1, pagado: 300.1 });
  });

  it('when a line was added during the year, then its execution counts with nothing programmed', () => {
    const result = financialByProgramme([], [executed('15-00-000-001-000', '029', 2, 80, 40, 20)], 4);
    expect(result).toEqual([{ programme: '15', programmed: 0, vigente: 80, devengado: 40, pagado: 20, executionRate: 0.5 }]);
  });
});

describe('physicalProgress', () => {
  const products: ProductItem[] = [
    { code: 'P1', name: 'Niños vacunados', unitOfMeasure: 'PERSONA', resultCode: 'R1', parentCode: null, categoryCode: null },
    { code: 'P2', name: 'Escuelas reparadas', unitOfMeasure: 'ESCUELA', resultCode: 'R1', parentCode: null, categoryCode: null },
    { code: 'P3', name: 'Asistencia técnica', unitOfMeasure: 'EVENTO', resultCode: 'R1', parentCode: null, categoryCode: null },
  ];
  const targets: TargetItem[] = [
    ...[1, 2, 3, 4, 5, 6].map((month) => ({ productCode: 'P1', plan: 'POA' as const, year: 2028, month, quantity: 100 })),
    { productCode: 'P1', plan: 'POM', year: 2028, month: 0, quantity: 99_999 },
    { productCode: 'P2', plan: 'POA', year: 2028, month: 0, quantity: 1000 },
    { productCode: 'P2', plan: 'POA', year: 2027, month: 0, quantity: 12 },
  ];
  const execution = [
    { productCode: 'P1', year: 2028, month: 1, quantity: 90 },
    { productCode: 'P1', year: 2028, month: 4, quantity: 110.5 },
    { productCode: 'P1', year: 2028, month: 5, quantity: 500 },
    { productCode: 'P1', year: 2027, month: 2, quantity: 500 },
    { productCode: 'P2', year: 2028, month: 2, quantity: 300 },
  ];

  it('when a product has monthly POA targets, then the period sums its months and its deliveries', () => {
    expect(physicalProgress(products, targets, execution, '2028-C1')[0]).toEqual({
      productCode: 'P1', name: 'Niños vacunados', unitOfMeasure: 'PERSONA', planned: 400, plannedProrated: false, executed: 200.5, rate: 0.5013,
    });
  });

  it('when a product has only an annual POA target, then it is prorated by months and says so', () => {
    expect(physicalProgress(products, targets, execution, '2028-C1')[1]).toMatchObject({ planned: 333.33, plannedProrated: true, executed: 300, rate: 0.9 });
    expect(physicalProgress(products, targets, execution, '2028-02')[1]).toMatchObject({ planned: 83.33, plannedProrated: true, executed: 300 });
  });

  it('when the period is the year, then the annual target is used whole, not prorated', () => {
    const year = physicalProgress(products, targets, execution, '2028');
    expect(year[0]).toMatchObject({ planned: 600, plannedProrated: false, executed: 700.5 });
    expect(year[1]).toMatchObject({ planned: 1000, plannedProrated: false, rate: 0.3 });
  });

  it('when a product has no POA target, or none in the period, then there is no rate', () => {
    const third = physicalProgress(products, targets, execution, '2028-C3');
    expect(third[0]).toMatchObject({ planned: 0, executed: 0, rate: null });
    expect(third[2]).toMatchObject({ planned: null, plannedProrated: false, executed: 0, rate: null });
  });
});

describe('unitCostComparison', () => {
  function content(): DeliverableContent {
    return {
      ...emptyContent('monitoringReport', 'MSPAS', 2028),
      products: [
        { code: 'P1', name: 'Niños vacunados', unitOfMeasure: 'PERSONA', resultCode: 'R1', parentCode: null, categoryCode: null },
        { code: 'P2', name: 'Escuelas reparadas', unitOfMeasure: 'ESCUELA', resultCode: 'R1', parentCode: null, categoryCode: null },
      ],
      targets: [
        { productCode: 'P1', plan: 'POA', year: 2028, month: 0, quantity: 1000 },
        { productCode: 'P2', plan: 'POA', year: 2028, month: 0, quantity: 10 },
      ],
      budgetLines: [line('14-01-000-001-000', '266', 25_000, 'P1'), line('14-01-000-001-000', '122', 5_000, 'P1'), line('14-02-000-001-000', '331', 50_000, 'P2'), line('01-00-000-001-000', '011', 9_000)],
      physicalExecution: [
        { productCode: 'P1', year: 2028, month: 2, quantity: 150 },
        { productCode: 'P1', year: 2028, month: 3, quantity: 150 },
        { productCode: 'P1', year: 2028, month: 5, quantity: 400 },
      ],
      financialExecution: [
        executed('14-01-000-001-000', '266', 3, 25_000, 8_000, 7_000),
        executed('14-01-000-001-000', '266', 5, 25_000, 15_000, 14_000),
        executed('14-01-000-001-000', '122', 2, 5_000, 1_900, 1_000),
        executed('01-00-000-001-000', '011', 4, 9_000, 3_000, 3_000),
      ],
    };
  }

  it('when units were delivered, then the accrued cost per unit is set against the planned one', () => {
    const [p1] = unitCostComparison(content(), 4);
    // planned 30 000 / 1000 = 30; actual (8 000 + 1 900) / 300 = 33
    expect(p1).toEqual({ productCode: 'P1', plannedUnitCost: 30, devengado: 9_900, executedQuantity: 300, actualUnitCost: 33, ratio: 1.1 });
  });

  it('when read later in the year, then the later cumulative accrual and deliveries count', () => {
    expect(unitCostComparison(content(), 5)[0]).toMatchObject({ devengado: 16_900, executedQuantity: 700, actualUnitCost: 24.14, ratio: 0.8047 });
  });

  it('when a product has lines without execution and nothing delivered, then its actual cost is not computable', () => {
    const p2 = unitCostComparison(content(), 4)[1];
    expect(p2).toEqual({ productCode: 'P2', plannedUnitCost: 5_000, devengado: 0, executedQuantity: 0, actualUnitCost: null, ratio: null });
  });

  it('when a product has no POA target, then there is no planned unit cost and no ratio', () => {
    const c = content();
    c.targets = c.targets.filter((t) => t.productCode !== 'P1');
    expect(unitCostComparison(c, 4)[0]).toMatchObject({ productCode: 'P1', plannedUnitCost: null, actualUnitCost: 33, ratio: null });
  });
});
