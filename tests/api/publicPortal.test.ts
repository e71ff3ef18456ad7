// The public portal on a real database: MSPAS has an approved PEI, POA, budget proposal and first
// four-month monitoring report (frozen as snapshots from the demo content), plus drafts of every
// kind around them: a returned version, a snapshot newer than the approved version, a submitted
// POA adjustment, a report in review, another ministry in review and edits to the live tables.
// No draft name may reach a page or an open-data file; the approved ones must.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadDeliverableContent } from '../../src/deliverables/deliverableContent';
import { openDataCache } from '../../src/api/publicPortal/openDataCache';
import type { Prisma } from '../../src/db/generated/client';
import type { DeliverableContent, IndicatorItem } from '../../src/domain/planBudget/deliverable';
import { testFiscalYear } from '../support/stack';
import { useTestStack } from '../support/useTestStack';

const hostileName = '<script>alert(1)</script> Resultado con <img src=x onerror=alert(1)> marcado';
const drafts = {
  returnedVersion: 'RESULTADO-VERSION-DEVUELTA',
  snapshotNewerThanApproved: 'PROGRAMA-VERSION-NO-APROBADA',
  submittedAdjustment: 'PRODUCTO-AJUSTE-SOMETIDO',
  reportInReview: 'INDICADOR-INFORME-EN-REVISION',
  otherMinistryInReview: 'RESULTADO-MINEDUC-EN-REVISION',
  liveProduct: 'PRODUCTO-VIVO-POSTERIOR',
  liveResult: 'RESULTADO-VIVO-EDITADO',
  liveProgramme: 'PROGRAMA-VIVO-NUEVO',
};
const extraProducts = 60;
const previousYearResult = 'Resultado del PEI del ejercicio anterior';
const datasetNames = ['resultados', 'productos', 'metas', 'presupuesto', 'ejecucion_financiera', 'avance_fisico', 'indicadores'];

let mspasId: string;
let initialHome: string;
let approvedPoa: DeliverableContent;
let approvedReport: DeliverableContent;

interface PortalAnswer {
  status: number;
  text: string;
  headers: Headers;
  raw: Uint8Array;
  bytes: number;
}

async function portal(path: string): Promise<PortalAnswer> {
  const response = await fetch(`${stack.baseUrl}${path}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, text: new TextDecoder().decode(bytes), headers: response.headers, raw: bytes, bytes: bytes.length };
}

let cycleCount = 0;
async function cycle(fiscalYear: number, phase: 'planning' | 'execution'): Promise<string> {
  cycleCount++;
  return (await stack.db.cycle.create({ data: { jurisdiction: `PORTAL${cycleCount}`, fiscalYear, phase } })).id;
}

/** A stage row as the stage activities leave it, with its frozen snapshots. */
async function stageWith(opts: { cycleId: string; institutionId: string; code: string; status: 'draft' | 'submitted' | 'in_review' | 'approved'; version: number; approvedAt?: Date; snapshots: { version: number; content: DeliverableContent }[] }) {
  const stage = await stack.db.stage.create({
    data: {
      cycleId: opts.cycleId,
      institutionId: opts.institutionId,
      code: opts.code,
      name: `Etapa ${opts.code}`,
      status: opts.status,
      version: opts.version,
      approvedAt: opts.approvedAt ?? null,
      deadline: new Date('2027-06-30T00:00:00Z'),
      workflowId: `prueba/portal/${opts.cycleId}/${opts.institutionId}/${opts.code}`,
    },
  });
  for (const s of opts.snapshots) {
    await stack.db.stageSnapshot.create({ data: { stageId: stage.id, version: s.version, deliverable: s.content.kind, content: s.content as unknown as Prisma.InputJsonValue } });
  }
}

const clone = <T>(value: T): T => structuredClone(value);

/** A measurement half way to the target: from the baseline when the target improves on it, else half the ratio. */
function halfway(indicator: IndicatorItem, period: string): number {
  const target = indicator.targets[period]!;
  const baseline = indicator.baseline ?? null;
  const improves = baseline !== null && (indicator.direction === 'higher' ? target > baseline : target < baseline);
  if (improves) return baseline + (target - baseline) / 2;
  return indicator.direction === 'lower' ? target * 2 : target / 2;
}

const stack = useTestStack(async (stack) => {
  initialHome = (await portal('/publico')).text;
  mspasId = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MSPAS' } })).id;
  const mineducId = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MINEDUC' } })).id;
  const year = testFiscalYear;

  // The approved content is what the demo seed holds now, frozen; drafts are variations of it.
  const pei = await loadDeliverableContent(stack.db, 'strategicPlan', mspasId, year);
  pei.results[0]!.name = hostileName;
  const returnedPei = clone(pei);
  returnedPei.results[1]!.name = drafts.returnedVersion;

  approvedPoa = await loadDeliverableContent(stack.db, 'operationalPlan', mspasId, year);
  // An institution with dozens of products, for the page weight.
  for (let n = 1; n <= extraProducts; n++) {
    const code = `PX-${String(n).padStart(2, '0')}`;
    approvedPoa.products.push({ code, name: `Producto adicional de cobertura territorial número ${n}`, unitOfMeasure: 'PERSONA', resultCode: 'RM-01', parentCode: null, categoryCode: '14-01-000-001-000' });
    approvedPoa.targets.push({ productCode: code, plan: 'POA', year, month: 0, quantity: 1000 * n });
  }
  const adjustment = clone(approvedPoa);
  adjustment.products[0]!.name = drafts.submittedAdjustment;

  const proposal = await loadDeliverableContent(stack.db, 'budgetProposal', mspasId, year);
  const unapprovedProposal = clone(proposal);
  unapprovedProposal.categories = unapprovedProposal.categories.map((c) => (c.code === '14-00-000-000-000' ? { ...c, name: drafts.snapshotNewerThanApproved } : c));

  // The first four-month report: 30 % of programme 14 accrued, 50 % of the rest; one indicator on target, one at half.
  approvedReport = await loadDeliverableContent(stack.db, 'monitoringReport', mspasId, year, `${year}-C1`);
  approvedReport.financialExecution = approvedReport.budgetLines.map((l) => {
    const share = l.categoryCode.startsWith('14-') ? 0.3 : 0.5;
    const devengado = Math.round(l.amount * share * 100) / 100;
    return { categoryCode: l.categoryCode, objectCode: l.objectCode, sourceCode: l.sourceCode, geographyCode: l.geographyCode, month: 4, vigente: l.amount, devengado, pagado: Math.round(devengado * 80) / 100 };
  });
  approvedReport.physicalExecution = [1, 2, 3, 4].map((month) => ({ productCode: 'P04-01', year, month, quantity: 25_000 }));
  const [onTarget, atHalf] = approvedReport.indicators;
  const c1 = `${year}-C1`;
  approvedReport.measurements = [
    { indicatorCode: onTarget!.code, period: c1, value: onTarget!.targets[c1]! },
    { indicatorCode: atHalf!.code, period: c1, value: halfway(atHalf!, c1) },
  ];
  const reportInReview = clone(approvedReport);
  reportInReview.period = `${year}-C2`;
  reportInReview.indicators[0]!.name = drafts.reportInReview;

  const planning = await cycle(year, 'planning');
  const execution = await cycle(year, 'execution');
  const approvedAt = new Date('2027-03-20T15:00:00Z');
  await stageWith({ cycleId: planning, institutionId: mspasId, code: 'strategic_review', status: 'approved', version: 2, approvedAt, snapshots: [{ version: 1, content: returnedPei }, { version: 2, content: pei }] });
  await stageWith({ cycleId: planning, institutionId: mspasId, code: 'pom_poa', status: 'approved', version: 1, approvedAt: new Date('2027-04-28T15:00:00Z'), snapshots: [{ version: 1, content: approvedPoa }] });
  await stageWith({ cycleId: planning, institutionId: mspasId, code: 'budget_proposal', status: 'approved', version: 1, approvedAt: new Date('2027-07-10T15:00:00Z'), snapshots: [{ version: 1, content: proposal }, { version: 2, content: unapprovedProposal }] });
  await stageWith({ cycleId: planning, institutionId: mspasId, code: 'poa_adjustment', status: 'submitted', version: 1, snapshots: [{ version: 1, content: adjustment }] });
  await stageWith({ cycleId: execution, institutionId: mspasId, code: 'monitoring_c1', status: 'approved', version: 1, approvedAt: new Date('2028-05-14T15:00:00Z'), snapshots: [{ version: 1, content: approvedReport }] });
  await stageWith({ cycleId: execution, institutionId: mspasId, code: 'monitoring_c2', status: 'in_review', version: 1, snapshots: [{ version: 1, content: reportInReview }] });

  const previousPei = clone(pei);
  previousPei.fiscalYear = year - 1;
  previousPei.results = [{ code: 'RF-00', name: previousYearResult, level: 'final', kind: 'institutional', contributesTo: null }];
  await stageWith({ cycleId: await cycle(year - 1, 'planning'), institutionId: mspasId, code: 'strategic_review', status: 'approved', version: 1, approvedAt: new Date('2026-03-20T15:00:00Z'), snapshots: [{ version: 1, content: previousPei }] });

  const mineducPei = await loadDeliverableContent(stack.db, 'strategicPlan', mineducId, year);
  mineducPei.results[0]!.name = drafts.otherMinistryInReview;
  await stageWith({ cycleId: planning, institutionId: mineducId, code: 'strategic_review', status: 'in_review', version: 1, snapshots: [{ version: 1, content: mineducPei }] });

  // After approval the planners keep editing the live tables: none of it is approved.
  await stack.db.product.create({ data: { institutionId: mspasId, code: 'P99', name: drafts.liveProduct } });
  const result = await stack.db.strategicResult.findFirstOrThrow({ where: { strategicPlan: { institutionId: mspasId } } });
  await stack.db.strategicResult.update({ where: { id: result.id }, data: { name: drafts.liveResult } });
  await stack.db.programmaticCategory.create({ data: { institutionId: mspasId, fiscalYear: year, code: '77-00-000-000-000', programa: 77, name: drafts.liveProgramme } });
});

/** Every page and every open-data file the portal serves for the fixtures. */
async function everything(): Promise<{ path: string; answer: PortalAnswer }[]> {
  const versions = ['strategic_review', 'pom_poa', 'budget_proposal', 'monitoring_c1'].map((stage) => `/publico/instituciones/MSPAS/versiones/${stage}`);
  const paths = ['/publico', '/publico/instituciones/MSPAS', `/publico/instituciones/MSPAS?anio=${testFiscalYear - 1}`, '/publico/instituciones/MSPAS/versiones', ...versions, '/publico/presupuesto-ciudadano', '/publico/instituciones/MSPAS/presupuesto-ciudadano', '/publico/instituciones/MINEDUC', '/publico/datos', '/publico/datos/diccionario.json', '/publico/datos/datapackage.json', ...datasetNames.flatMap((d) => [`/publico/datos/${d}.csv`, `/publico/datos/${d}.json`])];
  return Promise.all(paths.map(async (path) => ({ path, answer: await portal(path) })));
}

describe('the public portal', () => {
  it('when nothing is approved yet, then the home page says so and names no institution', () => {
    expect(initialHome).toContain('Todavía ninguna institución tiene planes o presupuestos aprobados');
    expect(initialHome).not.toContain('Ministerio de Salud');
  });

  it('when a citizen opens it without a token, then it lists only the institutions with approved content, in Spanish, cacheable', async () => {
    const home = await portal('/publico');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    expect(home.headers.get('cache-control')).toBe('public, max-age=300');
    expect(home.text).toMatch(/^<!doctype html><html lang="es">/);
    expect(home.text).toContain('href="/publico/instituciones/MSPAS"');
    expect(home.text).toContain(`href="/publico/instituciones/MSPAS?anio=${testFiscalYear - 1}"`);
    expect(home.text).not.toContain('Ministerio de Educación');
    expect(home.text).not.toContain('<script');
  });

  it('when the institution page is read, then every section shows the approved figures with charts and their numbers', async () => {
    const page = await portal('/publico/instituciones/MSPAS');
    expect(page.status).toBe(200);
    console.log(`[medida] portal: página de institución ${(page.bytes / 1024).toFixed(1)} KB (${approvedPoa.products.length} productos, sin JavaScript)`);
    expect(page.bytes).toBeLessThan(100 * 1024);
    expect(page.text).toContain(`Ejercicio fiscal ${testFiscalYear}`);
    expect(page.text).toContain('Reducir la razón de mortalidad materna'); // the approved PEI's, not the returned version's
    expect(page.text).toContain('Producto adicional de cobertura territorial número 60');
    expect(page.text).toContain('PREVENCIÓN DE LA MORTALIDAD DE LA NIÑEZ Y DE LA DESNUTRICIÓN CRÓNICA');
    expect(page.text).toContain('Primer cuatrimestre 2028');
    expect(page.text).toMatch(/<svg role="img"[^>]*><title[^>]*>Presupuesto por programa<\/title>/);
    expect(page.text).toMatch(/<svg role="img"[^>]*><title[^>]*>Porcentaje ejecutado por programa<\/title>/);
    expect(page.text).toContain('<td class="n">30 %</td>'); // programme 14 accrued 30 % of its current budget
    expect(page.text).toContain('En meta</span>');
    expect(page.text).toContain('Fuera de meta</span>');
    expect(page.text).not.toContain('<script');
  });

  it('when drafts surround the approved versions, then no draft name reaches any page or open-data file', async () => {
    const answers = await everything();
    for (const { path, answer } of answers) {
      for (const draft of Object.values(drafts)) expect(answer.text, `${draft} en ${path}`).not.toContain(draft);
    }
    const all = answers.map((a) => a.answer.text).join('\n');
    expect(all).toContain('Producto adicional de cobertura territorial número 1');
    expect(all).toContain(previousYearResult);
    expect(answers.find((a) => a.path === '/publico/instituciones/MINEDUC')?.answer.status).toBe(404);
    expect(answers.filter((a) => a.path.includes('/versiones') || a.path.includes('presupuesto-ciudadano')).map((a) => a.answer.status)).toEqual([200, 200, 200, 200, 200, 200, 200]);
  });

  it('when the citizens’ budget is read, then the nation’s and the institution’s pages say in plain words how much, on what, producing what', async () => {
    const total = approvedReport.budgetLines.reduce((sum, l) => sum + l.amount, 0);
    const inMillions = `Q ${(total / 1_000_000).toLocaleString('es-GT', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} millones`;
    const nation = await portal('/publico/presupuesto-ciudadano');
    expect(nation.status).toBe(200);
    expect(nation.text).toContain(`En ${testFiscalYear}, la institución que tiene su anteproyecto de presupuesto aprobado en Ciclo planea gastar ${inMillions}.`);
    expect(nation.text).toContain(`href="/publico/instituciones/MSPAS/presupuesto-ciudadano?anio=${testFiscalYear}"`);
    expect(nation.text).toContain('Sueldos y salarios del personal');

    const own = await portal('/publico/instituciones/MSPAS/presupuesto-ciudadano');
    expect(own.status).toBe(200);
    expect(own.text).toContain(`planea gastar ${inMillions} en ${testFiscalYear}, según su anteproyecto de presupuesto aprobado el 10 de julio de 2027.`);
    // The largest programme first, with its products and their targets for the year.
    const programmes = [...own.text.matchAll(/<li><h3>([^<]+)<\/h3>/g)].map((m) => m[1]!);
    expect(programmes.length).toBeGreaterThan(1);
    const amounts = programmes.map((p) => Number(/: Q ([\d,.]+) millones/.exec(p)![1]!.replaceAll(',', '')));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(own.text).toMatch(/Lo que produce para la población:<\/p><ul><li>[^<]+: meta del año: [\d,.]+/);
    expect((await portal('/publico/instituciones/MSPAS')).text).toContain('Presupuesto ciudadano (en palabras sencillas)');
    expect((await portal('/publico/en/instituciones/MSPAS/presupuesto-ciudadano')).text).toContain(`plans to spend Q ${(total / 1_000_000).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} million in ${testFiscalYear}`);
    const noBudget = await portal(`/publico/instituciones/MSPAS/presupuesto-ciudadano?anio=${testFiscalYear - 1}`);
    expect(noBudget.status).toBe(404);
    expect(noBudget.text).toContain(`no tiene un anteproyecto de presupuesto aprobado para ${testFiscalYear - 1}`);
    expect((await portal('/publico/presupuesto-ciudadano?anio=2031')).text).toContain('Aún no hay anteproyectos de presupuesto aprobados para 2031.');
  });

  it('when a name carries markup, then the page shows it as text and the files keep it verbatim', async () => {
    const page = await portal('/publico/instituciones/MSPAS');
    expect(page.text).toContain('&#60;script&#62;alert(1)&#60;/script&#62; Resultado con &#60;img src=x onerror=alert(1)&#62; marcado');
    expect(page.text).not.toContain('<img');
    const json = JSON.parse((await portal('/publico/datos/resultados.json')).text);
    expect(json.rows.map((r: { resultado: string }) => r.resultado)).toContain(hostileName);
  });

  it('when another year is asked for, then that year is shown, and the latest one by default', async () => {
    const previous = await portal(`/publico/instituciones/MSPAS?anio=${testFiscalYear - 1}`);
    expect(previous.status).toBe(200);
    expect(previous.text).toContain(previousYearResult);
    expect(previous.text).toContain('Aún no hay un plan operativo anual (POA) aprobado para este ejercicio.');
    expect(previous.text).toContain(`<a href="?anio=${testFiscalYear}">${testFiscalYear}</a>`);
    expect((await portal('/publico/instituciones/MSPAS')).text).not.toContain(previousYearResult);
  });

  it('when the address is wrong, then a Spanish 400 or 404 answers, never a 500', async () => {
    const cases: [string, number, string][] = [
      ['/publico/instituciones/NOEXISTE', 404, 'No hay ninguna institución con el código «NOEXISTE»'],
      [`/publico/instituciones/MSPAS?anio=2031`, 404, 'no tiene información aprobada para el ejercicio 2031'],
      ['/publico/instituciones/MSPAS?anio=dos-mil', 400, 'El año debe tener cuatro cifras'],
      ['/publico/instituciones/MSPAS?anio=2028&anio=2027', 400, 'Indique un solo año'],
      ['/publico/instituciones/%3Cscript%3Ealert(1)%3C%2Fscript%3E', 400, 'El código de institución no es válido'],
      ['/publico/instituciones/%E0%A4%A', 400, 'La dirección no es válida'],
      ['/publico/datos/inexistente.csv', 404, 'No existe el conjunto de datos «inexistente»'],
      ['/publico/datos/productos.xml', 400, 'El archivo debe ser &#60;conjunto&#62;.csv'],
      ['/publico/otra-cosa', 404, 'Esta dirección no existe en el portal público'],
    ];
    for (const [path, status, message] of cases) {
      const answer = await portal(path);
      expect(answer.status, path).toBe(status);
      expect(answer.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(answer.text, path).toContain('<html lang="es">');
      expect(answer.text, path).toContain(message);
      expect(answer.text, path).not.toContain('<script');
    }
    const json = await portal('/publico/datos/inexistente.json');
    expect(json.status).toBe(404);
    expect(JSON.parse(json.text)).toEqual({ message: 'No existe el conjunto de datos «inexistente». Los conjuntos están en /publico/datos.' });
  });
});

describe('the open data', () => {
  it('when a dataset is downloaded as CSV and as JSON, then both have the same rows under the dictionary\'s columns', async () => {
    const dictionary = JSON.parse((await portal('/publico/datos/diccionario.json')).text);
    for (const name of datasetNames) {
      const columns = dictionary.datasets.find((d: { nombre: string }) => d.nombre === name).columnas.map((c: { name: string }) => c.name);
      const csv = await portal(`/publico/datos/${name}.csv`);
      expect(csv.status, name).toBe(200);
      expect(csv.headers.get('content-type'), name).toBe('text/csv; charset=utf-8');
      expect([...csv.raw.slice(0, 3)], `${name}: BOM`).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...records] = parse(csv.text, { bom: true }) as string[][];
      const json = JSON.parse((await portal(`/publico/datos/${name}.json`)).text);
      expect(json.dataset).toBe(name);
      expect(Date.parse(json.generatedAt)).not.toBeNaN();
      expect(header, name).toEqual(columns);
      expect(json.columns.map((c: { name: string }) => c.name), name).toEqual(columns);
      expect(records.length, name).toBeGreaterThan(0);
      expect(json.rows.length, name).toBe(records.length);
      for (const row of json.rows) expect(Object.keys(row), name).toEqual(columns);
    }
  });

  it('when the files are read, then their figures are the approved ones, computed as the page computes them', async () => {
    const read = async (name: string) => JSON.parse((await portal(`/publico/datos/${name}.json`)).text).rows as Record<string, unknown>[];
    const products = await read('productos');
    expect(products.filter((r) => r.ejercicio === testFiscalYear)).toHaveLength(approvedPoa.products.length);
    expect(products.find((r) => r.codigoProducto === 'PX-60')).toMatchObject({ codigoInstitucion: 'MSPAS', metaAnualPOA: 60_000, versionAprobada: 1, fechaAprobacion: '2027-04-28' });
    const execution = await read('ejecucion_financiera');
    expect(execution.find((r) => r.codigoPrograma === '14')).toMatchObject({ periodo: `${testFiscalYear}-C1`, nombrePeriodo: 'Primer cuatrimestre 2028', mesCorte: 4, porcentajeEjecutado: 30 });
    const physical = await read('avance_fisico');
    expect(physical.find((r) => r.codigoProducto === 'P04-01')).toMatchObject({ ejecutado: 100_000 });
    const indicators = await read('indicadores');
    const [onTarget, atHalf] = approvedReport.indicators;
    expect(indicators.find((r) => r.codigoIndicador === onTarget!.code)).toMatchObject({ porcentajeCumplimiento: 100, semaforo: 'En meta' });
    expect(indicators.find((r) => r.codigoIndicador === atHalf!.code)).toMatchObject({ porcentajeCumplimiento: 50, semaforo: 'Fuera de meta' });
    const budget = await read('presupuesto');
    const total = budget.filter((r) => r.ejercicio === testFiscalYear).reduce((sum, r) => sum + (r.monto as number), 0);
    expect(total).toBeCloseTo(approvedReport.budgetLines.reduce((sum, l) => sum + l.amount, 0), 2);
  });

  it('when the open data is read again and again, then it is built once, and built again only after a new approval', async () => {
    const cache = openDataCache(stack.db);
    const first = await cache.editions();
    await Promise.all([cache.editions(), cache.editions(), cache.editions()]);
    expect(cache.builds).toBe(1);
    expect(await cache.editions()).toBe(first);
    const pending = await stack.db.stage.findFirstOrThrow({ where: { status: { not: 'approved' } } });
    await stack.db.stage.update({ where: { id: pending.id }, data: { status: 'approved', approvedAt: new Date() } });
    try {
      expect(await cache.editions()).not.toBe(first);
      expect(cache.builds).toBe(2);
    } finally {
      await stack.db.stage.update({ where: { id: pending.id }, data: { status: pending.status, approvedAt: pending.approvedAt } });
    }
  });

  it('when the dictionary is read, then it names every column of every dataset with a type and a meaning, also on the page', async () => {
    const dictionary = JSON.parse((await portal('/publico/datos/diccionario.json')).text);
    expect(dictionary.datasets.map((d: { nombre: string }) => d.nombre)).toEqual(datasetNames);
    const page = (await portal('/publico/datos')).text;
    for (const dataset of dictionary.datasets) {
      expect(dataset.columnas.length, dataset.nombre).toBeGreaterThan(4);
      expect(page).toContain(`href="/publico/datos/${dataset.nombre}.csv"`);
      for (const column of dataset.columnas) {
        expect(['texto', 'entero', 'decimal', 'fecha', 'booleano'], `${dataset.nombre}.${column.name}`).toContain(column.type);
        expect(column.description.length, `${dataset.nombre}.${column.name}`).toBeGreaterThan(10);
        expect(page).toContain(`<code>${column.name}</code>`);
      }
    }
  });
});

// Last: it approves a later budget, which the figures of the tests above must not see.
describe('the history of approved versions', () => {
  it('when a later version of the budget is approved, then the history lists both with their dates and the earlier one stays readable as it was approved', async () => {
    const proposal = await loadDeliverableContent(stack.db, 'budgetProposal', mspasId, testFiscalYear);
    const adjusted = clone(proposal);
    adjusted.categories = adjusted.categories.map((c) => (c.code === '14-00-000-000-000' ? { ...c, name: 'Programa 14 ajustado a las observaciones de MINFIN' } : c));
    adjusted.budgetLines = adjusted.budgetLines.map((l) => ({ ...l, amount: l.amount * 2 }));
    await stageWith({ cycleId: await cycle(testFiscalYear, 'planning'), institutionId: mspasId, code: 'consolidation_feedback', status: 'approved', version: 1, approvedAt: new Date('2027-08-14T15:00:00Z'), snapshots: [{ version: 1, content: adjusted }] });

    const history = await portal('/publico/instituciones/MSPAS/versiones');
    expect(history.status).toBe(200);
    const rows = [...history.text.matchAll(/<tr><td>([^<]+)<\/td><td>([^<]+)<\/td><td>([^<]+)<\/td><td[^>]*>(\d+)<\/td>/g)].map((m) => m.slice(1, 5).join(' | '));
    expect(rows).toEqual([
      '20 de marzo de 2027 | Plan estratégico institucional (PEI) | Etapa strategic_review | 2',
      '28 de abril de 2027 | Plan operativo multianual y anual (POM/POA) | Etapa pom_poa | 1',
      '10 de julio de 2027 | Anteproyecto de presupuesto | Etapa budget_proposal | 1',
      '14 de agosto de 2027 | Anteproyecto de presupuesto | Etapa consolidation_feedback | 1',
      '14 de mayo de 2028 | Informe de seguimiento (avance físico y financiero) | Etapa monitoring_c1 | 1',
    ]);
    expect(history.text).toContain(`href="/publico/instituciones/MSPAS/versiones/budget_proposal?anio=${testFiscalYear}"`);

    // The institution's page shows the latest budget; the earlier one keeps its own page, marked as replaced.
    expect((await portal('/publico/instituciones/MSPAS')).text).toContain('Programa 14 ajustado a las observaciones de MINFIN');
    const earlier = await portal(`/publico/instituciones/MSPAS/versiones/budget_proposal?anio=${testFiscalYear}`);
    expect(earlier.status).toBe(200);
    expect(earlier.text).toContain('Versión aprobada el 10 de julio de 2027 en la etapa «Etapa budget_proposal», tal como se aprobó.');
    expect(earlier.text).toContain('Hay una versión aprobada más reciente de este documento');
    expect(earlier.text).not.toContain('Programa 14 ajustado');
    const latest = await portal('/publico/instituciones/MSPAS/versiones/consolidation_feedback');
    expect(latest.text).toContain('Es la versión más reciente de este documento.');
    expect(latest.text).toContain('Programa 14 ajustado a las observaciones de MINFIN');

    expect((await portal('/publico/en/instituciones/MSPAS/versiones')).text).toContain('Approved versions: ');
    const missing = await portal('/publico/instituciones/MSPAS/versiones/poa_adjustment');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('no tiene una versión aprobada de «poa_adjustment»');
    expect((await portal('/publico/instituciones/MSPAS/versiones/No-Valida')).status).toBe(400);
  });
});
