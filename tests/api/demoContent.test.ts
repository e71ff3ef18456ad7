// The demo plan and budget content on a real PostgreSQL database: seeding twice changes nothing, every
// code is in the classifier catalogues, and the content satisfies the consistency rules the
// submission gates check (computed here independently, with plain arithmetic on the rows).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/prisma';
import { seedDemo } from '../../prisma/seed';
import { seedClassifierCatalogues, seedDemoContent } from '../../prisma/seedContent';
import { loadDeliverableContent } from '../../src/deliverables/deliverableContent';
import { deliverableKinds } from '../../src/domain/planBudget/deliverable';
import { checkDeliverable } from '../../src/domain/planBudget/gates';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

const fiscalYear = 2028;
let test: TestDatabase;

async function seedEverything(db: Database): Promise<void> {
  await seedDemo(db, fiscalYear);
  await seedClassifierCatalogues(db);
  await seedDemoContent(db, fiscalYear);
}

beforeAll(async () => {
  test = await createTestDatabase();
  await seedEverything(test.db);
});
afterAll(async () => {
  await test?.drop();
});

/** Every row of every content table, as JSON (decimals as strings, dates as ISO text). */
async function snapshot(db: Database) {
  const byId = { orderBy: { id: 'asc' as const } };
  const tables = {
    institution: await db.institution.findMany(byId),
    classifierEntry: await db.classifierEntry.findMany(byId),
    strategicPlan: await db.strategicPlan.findMany(byId),
    strategicResult: await db.strategicResult.findMany(byId),
    product: await db.product.findMany(byId),
    physicalTarget: await db.physicalTarget.findMany(byId),
    programmaticCategory: await db.programmaticCategory.findMany(byId),
    budgetLine: await db.budgetLine.findMany(byId),
    budgetCeiling: await db.budgetCeiling.findMany(byId),
    budgetProjection: await db.budgetProjection.findMany(byId),
    productionScenario: await db.productionScenario.findMany(byId),
    scenarioItem: await db.scenarioItem.findMany(byId),
    indicator: await db.indicator.findMany(byId),
    indicatorTarget: await db.indicatorTarget.findMany(byId),
    indicatorMeasurement: await db.indicatorMeasurement.findMany(byId),
  };
  return JSON.parse(JSON.stringify(tables)) as Record<keyof typeof tables, Record<string, unknown>[]>;
}

/** "1234.5" -> 123450n centavos, exactly. */
function cents(value: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) throw new Error(`monto no válido: ${value}`);
  const magnitude = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -magnitude : magnitude;
}

interface Content {
  institutionCode: string;
  fiscalYear: number;
  products: { id: string; code: string; unitOfMeasure: string | null; resultId: string | null; programmaticCategoryId: string | null }[];
  targets: { productId: string; plan: string; year: number; month: number; quantity: string }[];
  categories: { id: string; code: string; programa: number; parentId: string | null }[];
  lines: {
    categoryId: string;
    objectCode: string;
    sourceCode: string;
    geographyCode: string;
    productId: string | null;
    centralActivities: boolean;
    inputQuantity: string | null;
    unitPrice: string | null;
    amount: string;
  }[];
  ceilings: { sourceCode: string; fiscalYear: number; version: number; amount: string }[];
  projections: { year: number; sourceCode: string; amount: string }[];
}

const text = (d: { toString(): string } | null) => (d === null ? null : d.toString());

async function loadContent(db: Database, institutionCode: string, fy: number): Promise<Content> {
  const { id: institutionId } = await db.institution.findUniqueOrThrow({ where: { code: institutionCode } });
  const products = await db.product.findMany({ where: { institutionId }, select: { id: true, code: true, unitOfMeasure: true, resultId: true, programmaticCategoryId: true } });
  const targets = await db.physicalTarget.findMany({ where: { product: { institutionId } } });
  const categories = await db.programmaticCategory.findMany({ where: { institutionId, fiscalYear: fy }, select: { id: true, code: true, programa: true, parentId: true } });
  const lines = await db.budgetLine.findMany({ where: { institutionId, fiscalYear: fy } });
  const ceilings = await db.budgetCeiling.findMany({ where: { institutionId } });
  const projections = await db.budgetProjection.findMany({ where: { institutionId, fiscalYear: fy } });
  return {
    institutionCode,
    fiscalYear: fy,
    products,
    targets: targets.map((t) => ({ productId: t.productId, plan: t.plan, year: t.year, month: t.month, quantity: t.quantity.toString() })),
    categories,
    lines: lines.map((l) => ({
      categoryId: l.categoryId,
      objectCode: l.objectCode,
      sourceCode: l.sourceCode,
      geographyCode: l.geographyCode,
      productId: l.productId,
      centralActivities: l.centralActivities,
      inputQuantity: text(l.inputQuantity),
      unitPrice: text(l.unitPrice),
      amount: l.amount.toString(),
    })),
    ceilings: ceilings.map((c) => ({ sourceCode: c.sourceCode, fiscalYear: c.fiscalYear, version: c.version, amount: c.amount.toString() })),
    projections: projections.map((p) => ({ year: p.year, sourceCode: p.sourceCode, amount: p.amount.toString() })),
  };
}

/** The consistency rules of the submission gates; one message per violation. */
function violations(c: Content): string[] {
  const found: string[] = [];
  const fy = c.fiscalYear;
  const target = (plan: string, productId: string) => {
    const row = c.targets.find((t) => t.productId === productId && t.plan === plan && t.year === fy && t.month === 0);
    return row ? cents(row.quantity) : null;
  };
  const productCode = (id: string | null) => c.products.find((p) => p.id === id)?.code ?? `¿${id}?`;
  const categoryById = new Map(c.categories.map((k) => [k.id, k]));

  for (const p of c.products) {
    const poa = target('POA', p.id);
    if (poa === null || poa <= 0n) found.push(`producto ${p.code}: sin meta POA > 0`);
    if (!p.unitOfMeasure) found.push(`producto ${p.code}: sin unidad de medida`);
    if (!p.resultId) found.push(`producto ${p.code}: sin resultado`);
    if (target('POM', p.id) !== poa) found.push(`producto ${p.code}: meta POM ${fy} distinta de la meta POA`);
  }

  const totals = new Map<string, bigint>();
  for (const l of c.lines) {
    const key = `línea ${categoryById.get(l.categoryId)?.code}/${l.objectCode}/${l.sourceCode}/${l.geographyCode}`;
    totals.set(l.sourceCode, (totals.get(l.sourceCode) ?? 0n) + cents(l.amount));
    if (!l.productId && !l.centralActivities) found.push(`${key}: sin producto ni actividades centrales`);
    if (l.productId && l.centralActivities) found.push(`${key}: producto y actividades centrales a la vez`);
    if (l.centralActivities && categoryById.get(l.categoryId)?.programa !== 1) found.push(`${key}: actividades centrales fuera del programa 1`);
    if (l.inputQuantity !== null && l.unitPrice !== null && cents(l.inputQuantity) * cents(l.unitPrice) !== cents(l.amount) * 100n) {
      found.push(`${key}: monto ${l.amount} distinto de cantidad x precio (${l.inputQuantity} x ${l.unitPrice})`);
    }
    if (l.productId) {
      const poa = target('POA', l.productId);
      if (poa === null || poa <= 0n) found.push(`${key}: su producto ${productCode(l.productId)} no tiene meta POA > 0`);
      // The line sits on its product's category or below it.
      const productCategory = c.products.find((p) => p.id === l.productId)?.programmaticCategoryId;
      let node = categoryById.get(l.categoryId);
      while (node && node.id !== productCategory) node = node.parentId ? categoryById.get(node.parentId) : undefined;
      if (!node) found.push(`${key}: fuera de la categoría programática de su producto ${productCode(l.productId)}`);
    }
  }

  for (const [source, total] of totals) {
    const ceilings = c.ceilings.filter((k) => k.sourceCode === source && k.fiscalYear === fy).sort((a, b) => b.version - a.version);
    if (ceilings.length === 0) found.push(`fuente ${source}: sin techo`);
    else if (total > cents(ceilings[0]!.amount)) found.push(`fuente ${source}: las líneas (${total}) exceden el techo (${cents(ceilings[0]!.amount)})`);
  }
  const projected = new Set(c.projections.filter((p) => p.year === fy).map((p) => p.sourceCode));
  for (const source of new Set([...totals.keys(), ...projected])) {
    const projection = c.projections.find((p) => p.year === fy && p.sourceCode === source);
    const total = totals.get(source) ?? 0n;
    if (!projection || cents(projection.amount) !== total) found.push(`fuente ${source}: proyección ${fy} ${projection?.amount ?? 'ausente'} distinta del total de líneas (${total})`);
  }
  return found;
}

describe('demo plan and budget content', () => {
  it('when seeded a second time, then no row of any content table is added or changed', async () => {
    const before = await snapshot(test.db);
    await seedEverything(test.db);
    const after = await snapshot(test.db);
    for (const [table, rows] of Object.entries(before)) expect(after[table as keyof typeof after].length, table).toBe(rows.length);
    expect(after).toEqual(before);
    const empty = Object.entries(before).filter(([, rows]) => rows.length === 0).map(([table]) => table);
    expect(empty).toEqual(['indicatorMeasurement']);
  });

  it('when its codes are looked up, then every renglón, fuente, departamento and unit is in the catalogues', async () => {
    const entries = await test.db.classifierEntry.findMany();
    const has = (catalogue: string, code: string | null) => code !== null && entries.some((e) => e.catalogue === catalogue && e.code === code);
    const lines = await test.db.budgetLine.findMany();
    const products = await test.db.product.findMany();
    const indicators = await test.db.indicator.findMany();
    expect(lines.length).toBeGreaterThan(30);
    const missing = [
      ...lines.filter((l) => !/^\d{3}$/.test(l.objectCode) || !has('objetoGasto', l.objectCode)).map((l) => `renglón ${l.objectCode}`),
      ...lines.filter((l) => !/^\d{2}$/.test(l.sourceCode) || !has('fuenteFinanciamiento', l.sourceCode)).map((l) => `fuente ${l.sourceCode}`),
      ...lines.filter((l) => !/^\d{2}$/.test(l.geographyCode) || !has('geografia', l.geographyCode)).map((l) => `departamento ${l.geographyCode}`),
      ...products.filter((p) => !has('unidadMedida', p.unitOfMeasure)).map((p) => `unidad ${p.unitOfMeasure} de ${p.code}`),
      ...indicators.filter((i) => !has('unidadMedida', i.unitOfMeasure)).map((i) => `unidad ${i.unitOfMeasure} de ${i.code}`),
      ...(await test.db.budgetCeiling.findMany()).filter((k) => !has('fuenteFinanciamiento', k.sourceCode)).map((k) => `fuente ${k.sourceCode} de un techo`),
      ...(await test.db.scenarioItem.findMany()).filter((k) => !has('fuenteFinanciamiento', k.sourceCode)).map((k) => `fuente ${k.sourceCode} de un escenario`),
    ];
    expect(missing).toEqual([]);
  });

  it('when the objects of expenditure are read, then renglón -> subgrupo -> grupo by their leading digits', async () => {
    const objects = await test.db.classifierEntry.findMany({ where: { catalogue: 'objetoGasto' } });
    const codes = new Set(objects.map((o) => o.code));
    expect(objects.filter((o) => o.code.length === 1).map((o) => o.code).sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const broken = objects.filter((o) => (o.code.length === 1 ? o.parentCode !== null : o.parentCode !== o.code.slice(0, -1) || !codes.has(o.parentCode)));
    expect(broken.map((o) => o.code)).toEqual([]);
    expect(objects.filter((o) => o.code.length === 3).length).toBeGreaterThanOrEqual(50);
    const geografia = await test.db.classifierEntry.findMany({ where: { catalogue: 'geografia' } });
    const departamentos = geografia.filter((g) => g.code.length === 2);
    expect(departamentos).toHaveLength(23);
    expect(departamentos.find((d) => d.code === '16')?.name).toBe('ALTA VERAPAZ');
    // The 340 municipalities hang from their department (INE codes DDMM).
    const municipios = geografia.filter((g) => g.code.length === 4);
    expect(municipios).toHaveLength(340);
    expect(municipios.filter((m) => m.parentCode !== m.code.slice(0, 2) || !departamentos.some((d) => d.code === m.parentCode))).toEqual([]);
  });

  it.each(['MSPAS', 'MINEDUC', 'MAGA', 'CIV'])('when the content of %s is checked against the gate rules, then nothing is violated', async (institutionCode) => {
    const content = await loadContent(test.db, institutionCode, fiscalYear);
    expect(content.products.length).toBeGreaterThan(0);
    expect(content.lines.some((l) => l.centralActivities)).toBe(true);
    expect(content.lines.some((l) => l.inputQuantity === null)).toBe(true);
    expect(violations(content)).toEqual([]);
  });

  it('when the content is broken in each way the gates look for, then the check reports it', async () => {
    const good = await loadContent(test.db, 'MSPAS', fiscalYear);
    const broken = (change: (c: Content) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return violations(copy).join('\n');
    };
    const costed = good.lines.findIndex((l) => l.inputQuantity !== null);
    expect(broken((c) => (c.lines[costed]!.amount = (cents(c.lines[costed]!.amount) + 1n).toString().replace(/(\d\d)$/, '.$1')))).toMatch(/distinto de cantidad x precio/);
    const product = good.lines.find((l) => l.productId)!.productId!;
    expect(broken((c) => (c.targets = c.targets.filter((t) => !(t.productId === product && t.plan === 'POA'))))).toMatch(/sin meta POA > 0[\s\S]*no tiene meta POA > 0/);
    // One more than it was: a fixed '1' changed nothing for a product whose target was already 1.
    const bumped = (quantity: string) => String(Number(quantity) + 1);
    expect(broken((c) => { const pom = c.targets.find((t) => t.productId === product && t.plan === 'POM' && t.year === fiscalYear)!; pom.quantity = bumped(pom.quantity); })).toMatch(/meta POM 2028 distinta/);
    expect(broken((c) => (c.products[0]!.unitOfMeasure = null))).toMatch(/sin unidad de medida/);
    expect(broken((c) => (c.products[0]!.resultId = null))).toMatch(/sin resultado/);
    expect(broken((c) => (c.lines[0]!.productId = null, c.lines[0]!.centralActivities = false))).toMatch(/sin producto ni actividades centrales/);
    expect(broken((c) => c.ceilings.push({ sourceCode: '21', fiscalYear, version: 2, amount: '1000.00' }))).toMatch(/fuente 21: las líneas .* exceden el techo/);
    expect(broken((c) => (c.projections.find((p) => p.year === fiscalYear)!.amount = '1.00'))).toMatch(/proyección 2028 1.00 distinta/);
  });

  it('when the PEI of MSPAS is read, then 2 final, 3 intermediate and 4 immediate results form the logic model', async () => {
    const plan = await test.db.strategicPlan.findFirstOrThrow({ where: { institution: { code: 'MSPAS' } }, include: { results: { include: { contributesTo: true } } } });
    expect([plan.startYear, plan.endYear]).toEqual([fiscalYear - 1, fiscalYear + 3]);
    expect(plan.mission.length).toBeGreaterThan(50);
    const count = (level: string) => plan.results.filter((r) => r.level === level).length;
    expect([count('final'), count('intermediate'), count('immediate')]).toEqual([2, 3, 4]);
    const above = { final: null, intermediate: 'final', immediate: 'intermediate' } as const;
    expect(plan.results.filter((r) => (r.contributesTo?.level ?? null) !== above[r.level]).map((r) => r.code)).toEqual([]);
    const products = await test.db.product.findMany({ where: { institution: { code: 'MSPAS' } } });
    expect(products.filter((p) => p.parentId !== null).length).toBeGreaterThan(0);
  });

  it('when the multi-year figures are read, then POM, ceilings and projections cover the year and the four after it', async () => {
    const years = [0, 1, 2, 3, 4].map((k) => fiscalYear + k);
    for (const institutionCode of ['MSPAS', 'MINEDUC', 'MAGA', 'CIV']) {
      const c = await loadContent(test.db, institutionCode, fiscalYear);
      for (const p of c.products) expect(c.targets.filter((t) => t.productId === p.id && t.plan === 'POM').map((t) => t.year).sort(), p.code).toEqual(years);
      for (const source of new Set(c.lines.map((l) => l.sourceCode))) {
        expect(c.ceilings.filter((k) => k.sourceCode === source).map((k) => k.fiscalYear).sort(), source).toEqual(years);
        expect(c.projections.filter((k) => k.sourceCode === source).map((k) => k.year).sort(), source).toEqual(years);
      }
    }
  });

  it('when the production scenarios are costed, then the base fits every ceiling and the expanded one exceeds at least one', async () => {
    for (const institutionCode of ['MSPAS', 'MINEDUC', 'MAGA', 'CIV']) {
      const scenarios = await test.db.productionScenario.findMany({ where: { institution: { code: institutionCode }, fiscalYear }, include: { items: true } });
      const ceilings = await test.db.budgetCeiling.findMany({ where: { institution: { code: institutionCode }, fiscalYear } });
      const ceiling = (source: string) => cents(ceilings.filter((k) => k.sourceCode === source).sort((a, b) => b.version - a.version)[0]!.amount.toString());
      const overCeiling = (name: string) => {
        const scenario = scenarios.find((s) => s.name === name)!;
        const cost = new Map<string, bigint>();
        for (const item of scenario.items) cost.set(item.sourceCode, (cost.get(item.sourceCode) ?? 0n) + (cents(item.quantity.toString()) * cents(item.unitCost.toString())) / 100n);
        expect(cost.size, name).toBeGreaterThan(0);
        return [...cost].filter(([source, total]) => total > ceiling(source)).map(([source]) => source);
      };
      expect(scenarios.map((s) => s.name).sort()).toEqual(['Escenario ampliado', 'Escenario base']);
      expect(overCeiling('Escenario base'), institutionCode).toEqual([]);
      expect(overCeiling('Escenario ampliado').length, institutionCode).toBeGreaterThan(0);
    }
  });

  it('when the indicators are read, then each has its baseline, its targets for the year and its three four-month periods, and no measurement', async () => {
    const indicators = await test.db.indicator.findMany({ include: { targets: true, measurements: true, institution: true } });
    const periods = [`${fiscalYear}`, `${fiscalYear}-C1`, `${fiscalYear}-C2`, `${fiscalYear}-C3`];
    for (const i of indicators) {
      expect(i.targets.map((t) => t.period).sort(), i.code).toEqual(periods);
      expect(i.measurements, i.code).toEqual([]);
      expect(i.baselineValue, i.code).not.toBeNull();
      expect(i.baselineYear, i.code).not.toBeNull();
      expect([i.formula, i.numerator, i.source, i.meansOfVerification].every((f) => f.length > 0), i.code).toBe(true);
      expect(Boolean(i.resultId) !== Boolean(i.productId), i.code).toBe(true);
    }
    const mspas = indicators.filter((i) => i.institution.code === 'MSPAS');
    expect(new Set(mspas.map((i) => i.level))).toEqual(new Set(['impact', 'result', 'product']));
    expect(mspas.some((i) => i.direction === 'lower' && /mortalidad/i.test(i.name))).toBe(true);
  });

  it.each(['MSPAS', 'MINEDUC', 'MAGA', 'CIV'])('when the real gates check every deliverable of %s, then none has a problem', async (institutionCode) => {
    const institution = await test.db.institution.findUniqueOrThrow({ where: { code: institutionCode } });
    for (const kind of deliverableKinds.filter((k) => k !== 'budgetCeilings')) {
      const content = await loadDeliverableContent(test.db, kind, institution.id, fiscalYear);
      expect(content.products.length, kind).toBeGreaterThan(0);
      expect(checkDeliverable(content), `${institutionCode} ${kind}`).toEqual([]);
    }
  });
});
