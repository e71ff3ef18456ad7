// The execution year end to end: an execution cycle (GT-SEGUIMIENTO) opens the first four-monthly
// report; measurements are entered and SICOIN's execution imported through the API; the report's
// gates, its off-track alert, its approval up to SEGEPLAN, and what the public portal and the open
// data show before and after. Real Temporal, PostgreSQL and SMTP.
import { describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually';
import { testFiscalYear } from '../support/stack';
import { useTestStack } from '../support/useTestStack';

let tokens: Record<'coordinator' | 'segeplan' | 'planner' | 'director' | 'authority', string>;
let mspasId: string;

/** A calendar day passes in 10 real seconds; the cycle starts half a day before 1 May. */
const timeScale = 8640;
const reportCode = 'informe_cuatrimestral_1';
const period = `${testFiscalYear}-C1`;
/** Only ever entered as a draft: a measurement of the next period, never reported. */
const draftValue = 12345.6789;

const stack = useTestStack(async (stack) => {
  const [coordinator, segeplan, planner, director, authority] = await Promise.all(
    ['coordinador.minfin', 'coordinador.segeplan', 'planificador.mspas', 'director.mspas', 'autoridad.mspas'].map((user) => stack.login(`${user}@ciclo.test`)),
  );
  tokens = { coordinator: coordinator!, segeplan: segeplan!, planner: planner!, director: director!, authority: authority! };
  mspasId = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MSPAS' } })).id;
}, { timeoutMs: 120_000 });

/** SICOIN's execution of every MSPAS line for January to April, in MINFIN's layout. */
async function executionCsv(): Promise<string> {
  const institution = await stack.db.institution.findUniqueOrThrow({ where: { id: mspasId } });
  const lines = await stack.db.budgetLine.findMany({ where: { institutionId: mspasId, fiscalYear: testFiscalYear }, include: { category: true } });
  expect(lines.length).toBeGreaterThan(0);
  const header = 'ejercicio,codigoEntidad,codigoPrograma,codigoSubPrograma,codigoProyecto,codigoActividad,codigoObra,codigoRenglon,codigoFuente,codigoDepartamento,mes,vigente,devengado,pagado';
  const rows = lines.flatMap((line) =>
    [1, 2, 3, 4].map((month) => {
      const vigente = line.amount.toNumber();
      const devengado = Math.round(vigente * 0.08 * month * 100) / 100;
      const pagado = Math.round(devengado * 0.9 * 100) / 100;
      const { programa, subPrograma, proyecto, actividad, obra } = line.category;
      return [testFiscalYear, institution.budgetEntityCode ?? '', programa, subPrograma, proyecto, actividad, obra, line.objectCode, line.sourceCode, line.geographyCode, month, vigente, devengado, pagado].join(',');
    }),
  );
  return [header, ...rows].join('\n');
}

async function measure(indicatorId: string, value: number, at = period) {
  const answer = await stack.api('POST', '/indicator-measurements', { token: tokens.planner, body: { indicatorId, period: at, value, note: 'Registro SIGSA' } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
}

async function publicText(path: string): Promise<string> {
  const response = await fetch(`${stack.baseUrl}${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
}

async function openRows(dataset: string): Promise<Record<string, unknown>[]> {
  return (JSON.parse(await publicText(`/publico/datos/${dataset}.json`)) as { rows: Record<string, unknown>[] }).rows;
}

const portalPaths = ['/publico/instituciones/MSPAS', '/publico/datos/indicadores.csv', '/publico/datos/indicadores.json', '/publico/datos/ejecucion_financiera.json'];

describe('the execution year of MSPAS', () => {
  it('when a four-monthly report is filled, alerted, approved to SEGEPLAN, then the portal and the open data show it and never a draft', async () => {
    const started = await stack.api('POST', '/cycles', {
      token: tokens.coordinator,
      body: { fiscalYear: testFiscalYear, templateCode: 'GT-SEGUIMIENTO', institutionCodes: ['MSPAS'], timeScale, calendarStart: `${testFiscalYear}-04-30T12:00:00-06:00` },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.body).toMatchObject({ phase: 'execution', workflowId: `cycle/GT/${testFiscalYear}-ejecucion` });

    const stage = await eventually(async () => {
      const row = await stack.db.stage.findFirst({ where: { cycleId: started.body.id, institutionId: mspasId, code: reportCode } });
      expect(row).not.toBeNull();
      return row!;
    }, 60_000);
    expect(stage.workflowId).toBe(`stage/GT/${testFiscalYear}-ejecucion/MSPAS/${reportCode}`);

    // Nothing measured nor imported yet: the gates name what is missing and nothing moves.
    // The row is written just before the stage workflow starts: until it has, the API answers 409.
    const early = await eventually(async () => {
      const answer = await stack.api('POST', `/stages/${stage.id}/submit`, { token: tokens.planner, body: {} });
      expect(answer.status).not.toBe(409);
      return answer;
    }, 60_000);
    expect(early.status).toBe(422);
    const gates = new Set(early.body.problems.map((p: { gate: string }) => p.gate));
    expect([...gates].sort()).toEqual(['financialExecutionImported', 'measurementsReported']);

    const indicators = await stack.db.indicator.findMany({ where: { institutionId: mspasId, targets: { some: { period } } }, include: { targets: { where: { period } } } });
    expect(indicators.length).toBeGreaterThan(1);
    // The first indicator (malnutrition, lower is better from a 46.5 baseline) barely moves: off track.
    const [offTrack, ...onTrack] = indicators.sort((a, b) => a.code.localeCompare(b.code));
    expect(offTrack!.code).toBe('IND-01');
    await measure(offTrack!.id, 46.0);
    for (const indicator of onTrack) await measure(indicator.id, indicator.targets[0]!.value.toNumber());
    await measure(offTrack!.id, draftValue, `${testFiscalYear}-C2`);

    // A product with budget lines delivers 100 units a month: its actual unit cost is what its lines accrued over 400.
    const costed = await stack.db.product.findFirstOrThrow({ where: { institutionId: mspasId, budgetLines: { some: { fiscalYear: testFiscalYear } } }, include: { budgetLines: { where: { fiscalYear: testFiscalYear } } } });
    for (const month of [1, 2, 3, 4]) {
      const delivered = await stack.api('POST', '/physical-executions', { token: tokens.planner, body: { productId: costed.id, year: testFiscalYear, month, quantity: 100 } });
      expect(delivered.status, JSON.stringify(delivered.body)).toBe(201);
    }
    const accrued = costed.budgetLines.reduce((sum, line) => sum + Math.round(line.amount.toNumber() * 0.08 * 4 * 100) / 100, 0);

    const imported = await stack.api('POST', `/imports/budget-execution?institutionId=${mspasId}`, { token: tokens.planner, rawBody: await executionCsv(), contentType: 'text/csv' });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);

    const submitted = await stack.api('POST', `/stages/${stage.id}/submit`, { token: tokens.planner, body: {} });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const isAlert = (m: { subject: string }) => m.subject.startsWith('Alerta: indicadores fuera de meta en Informe cuatrimestral 1');
    for (const address of ['planificador.mspas@ciclo.test', 'director.mspas@ciclo.test', 'autoridad.mspas@ciclo.test', 'coordinador.segeplan@ciclo.test']) {
      await stack.sink.waitFor((m) => isAlert(m) && m.to.includes(address));
    }
    const audit = await stack.db.auditEvent.findFirst({ where: { stageId: stage.id, action: 'off_track' } });
    expect(audit?.comment).toContain('IND-01');

    // Submitted is not approved: no page or file shows the period yet (MSPAS may not be listed at all).
    const page = await fetch(`${stack.baseUrl}/publico/instituciones/MSPAS`);
    expect([200, 404]).toContain(page.status);
    expect(await page.text()).not.toContain('Primer cuatrimestre');
    for (const dataset of ['indicadores', 'ejecucion_financiera']) {
      const rows = await openRows(dataset);
      expect(rows.filter((row) => row.codigoInstitucion === 'MSPAS' && row.periodo === period), dataset).toEqual([]);
    }
    expect(await publicText('/publico/datos/indicadores.csv')).not.toContain(`MSPAS`);

    for (const token of [tokens.director, tokens.authority, tokens.segeplan]) {
      const answer = await stack.api('POST', `/stages/${stage.id}/approve`, { token, body: {} });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    }
    await eventually(async () => expect((await stack.db.stage.findUniqueOrThrow({ where: { id: stage.id } })).status).toBe('approved'));

    const approvedPage = await publicText('/publico/instituciones/MSPAS');
    expect(approvedPage).toContain('IND-01');
    expect(approvedPage).toContain('Primer cuatrimestre');
    expect(approvedPage).toContain('Fuera de meta');
    const reported = (await openRows('indicadores')).filter((row) => row.periodo === period && row.codigoInstitucion === 'MSPAS');
    expect(reported.map((row) => row.codigoIndicador)).toContain('IND-01');
    expect(reported.find((row) => row.codigoIndicador === 'IND-01')).toMatchObject({ medido: 46, semaforo: 'Fuera de meta' });
    expect(await publicText('/publico/datos/indicadores.csv')).toContain(period);
    const progress = (await openRows('avance_fisico')).find((row) => row.codigoInstitucion === 'MSPAS' && row.periodo === period && row.codigoProducto === costed.code);
    expect(progress).toMatchObject({ ejecutado: 400 });
    expect(progress!.costoUnitarioReal as number).toBeCloseTo(accrued / 400, 1);
    expect(progress!.costoUnitarioPlanificado).not.toBeNull();
    expect((await openRows('ejecucion_financiera')).some((row) => row.codigoInstitucion === 'MSPAS' && row.mesCorte === 4)).toBe(true);

    // The C2 measurement was never reported: no page or file shows it.
    for (const path of portalPaths) {
      const text = await publicText(path);
      expect(text, path).not.toMatch(/12,?345/);
    }
  }, 240_000);
});
