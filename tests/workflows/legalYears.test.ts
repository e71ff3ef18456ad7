// The legal year's templates of issue 21 end to end through the API: GT-SEGUIMIENTO (cuotas
// financieras, the President's report, SEGEPLAN's annual report, the liquidación), GT-ANUAL-ELECTORAL
// (SEGEPLAN's transition), PE-CUENTA-GENERAL and PE-ANUAL, and issue 22's GT-TRANSPARENCIA, each started with POST /api/cycles on a
// compressed calendar and carried stage by stage by its people. Every stage must end approved,
// every cycle workflow complete, and each approval be applied once. Real Temporal, PostgreSQL, SMTP.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporal } from '@temporalio/proto';
import { demoPassword } from '../../prisma/seed';
import { demoContent, seedInstitutionContent } from '../../prisma/seedContent';
import { hashPassword } from '../../src/auth/passwords';
import type { CalendarTemplate } from '../../src/domain/calendar/template';
import { guatemalaElectionTemplate, guatemalaMonitoringTemplate, guatemalaTransparencyTemplate, peruAccountTemplate, peruTemplate } from '../../src/domain/calendar/templates';
import { requestUpdateId } from '../../src/workflows/workflowIds';
import { ApiCycleDriver } from '../../support/apiDriver';
import { openSessions, stagesInCycle } from '../../support/cycleInstitutions';
import { pause } from '../../support/processes';
import { startTestStack, testFiscalYear, type TestStack } from '../support/stack';

/** A calendar day in about 0.2 s: GT-SEGUIMIENTO's 380 days (2 January of t to the liquidación in t+1) in about 80 s. */
const timeScale = 400_000;
const concurrency = 4;
/** Peru's institution: its own people and MAGA's plan and budget, so PE-ANUAL's gates can be met. */
const peruInstitution = 'PE-MINSA';

interface LegalYear {
  template: CalendarTemplate;
  institutionCodes: string[];
  /** Where the compressed calendar starts: just before the template's first stage opens. */
  calendarStart: string;
  workflowId: string;
}

// Different jurisdictions and phases give every cycle ids of its own, so the four run together
// on the same fiscal year (an election year's budget: 2027 elects, 2028 is t).
const years: LegalYear[] = [
  { template: guatemalaMonitoringTemplate, institutionCodes: ['MSPAS'], calendarStart: `${testFiscalYear}-01-01T00:00:00-06:00`, workflowId: `cycle/GT/${testFiscalYear}-ejecucion` },
  { template: guatemalaElectionTemplate, institutionCodes: ['MAGA', 'CIV'], calendarStart: `${testFiscalYear - 1}-01-01T00:00:00-06:00`, workflowId: `cycle/GT/${testFiscalYear}` },
  // The Cuenta General runs in t+1 and waits on Congress's dates from August on.
  { template: peruAccountTemplate, institutionCodes: [peruInstitution], calendarStart: `${testFiscalYear + 1}-01-01T00:00:00-05:00`, workflowId: `cycle/PE/${testFiscalYear}-ejecucion` },
  { template: peruTemplate, institutionCodes: [peruInstitution], calendarStart: `${testFiscalYear - 1}-01-01T00:00:00-05:00`, workflowId: `cycle/PE/${testFiscalYear}` },
  // The Open Budget Survey's documents (issue 22): June of t-1 to the Contraloría's report in t+1.
  { template: guatemalaTransparencyTemplate, institutionCodes: ['MINEDUC'], calendarStart: `${testFiscalYear - 1}-05-31T00:00:00-06:00`, workflowId: `cycle/GT/${testFiscalYear}-transparencia` },
];

/** Histories kept for replay: the execution cycle, a cuota financiera and the liquidación's audit. */
const recordedWorkflows = [`cycle/GT/${testFiscalYear}-ejecucion`, `stage/GT/${testFiscalYear}-ejecucion/MSPAS/cuota_financiera_2`, `stage/GT/${testFiscalYear}-ejecucion/_coordinacion/liquidation_audit`];

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
  await seedPeru();
  await prepareMonitoring('MSPAS');
}, 180_000);
afterAll(async () => {
  await stack?.stop();
});

/** Peru's coordinators (MEF submits and approves its own acts: a second person for four eyes) and one ministry. */
async function seedPeru() {
  const db = stack.db;
  const passwordHash = await hashPassword(demoPassword);
  const mef = await db.institution.create({ data: { code: 'MEF', name: 'Ministerio de Economía y Finanzas', kind: 'coordinator', sector: 'Coordinación', timeZone: 'America/Lima' } });
  const ceplan = await db.institution.create({ data: { code: 'CEPLAN', name: 'Centro Nacional de Planeamiento Estratégico', kind: 'coordinator', sector: 'Coordinación', timeZone: 'America/Lima' } });
  const minsa = await db.institution.create({
    data: { code: peruInstitution, name: 'Ministerio de Salud del Perú', kind: 'ministry', sector: 'Salud', timeZone: 'America/Lima', coordinators: { connect: [{ id: mef.id }, { id: ceplan.id }] } },
  });
  await db.user.createMany({
    data: [
      { email: 'coordinador.mef@ciclo.test', name: 'Coordinación MEF-DGPP', role: 'coordinator', institutionId: mef.id, passwordHash },
      { email: 'revisor.mef@ciclo.test', name: 'Revisión MEF-DGPP', role: 'coordinator', institutionId: mef.id, passwordHash },
      { email: 'coordinador.ceplan@ciclo.test', name: 'Coordinación CEPLAN', role: 'coordinator', institutionId: ceplan.id, passwordHash },
      { email: 'planificador.pe-minsa@ciclo.test', name: 'Oficina de Planeamiento PE-MINSA', role: 'planner', institutionId: minsa.id, passwordHash },
      { email: 'director.pe-minsa@ciclo.test', name: 'Director de Planeamiento PE-MINSA', role: 'director', institutionId: minsa.id, passwordHash },
      { email: 'autoridad.pe-minsa@ciclo.test', name: 'Titular del pliego PE-MINSA', role: 'authority', institutionId: minsa.id, passwordHash },
    ],
  });
  const content = demoContent(testFiscalYear).find((d) => d.institutionCode === 'MAGA')!;
  await seedInstitutionContent(stack.db, { ...content, institutionCode: peruInstitution }, testFiscalYear);
}

/**
 * Every monitoring report's gates, met through the API before the year starts: SICOIN's execution
 * of every line for the twelve months, and a measurement of each indicator for each cuatrimestre.
 */
async function prepareMonitoring(code: string) {
  const planner = await stack.login(`planificador.${code.toLowerCase()}@ciclo.test`);
  const institution = await stack.db.institution.findUniqueOrThrow({ where: { code } });
  const lines = await stack.db.budgetLine.findMany({ where: { institutionId: institution.id, fiscalYear: testFiscalYear }, include: { category: true } });
  expect(lines.length).toBeGreaterThan(0);
  const header = 'ejercicio,codigoEntidad,codigoPrograma,codigoSubPrograma,codigoProyecto,codigoActividad,codigoObra,codigoRenglon,codigoFuente,codigoDepartamento,mes,vigente,devengado,pagado';
  const rows = lines.flatMap((line) =>
    Array.from({ length: 12 }, (_, i) => {
      const month = i + 1;
      const vigente = line.amount.toNumber();
      const devengado = Math.round(vigente * 0.08 * month * 100) / 100;
      const pagado = Math.round(devengado * 0.9 * 100) / 100;
      const { programa, subPrograma, proyecto, actividad, obra } = line.category;
      return [testFiscalYear, institution.budgetEntityCode ?? '', programa, subPrograma, proyecto, actividad, obra, line.objectCode, line.sourceCode, line.geographyCode, month, vigente, devengado, pagado].join(',');
    }),
  );
  const imported = await stack.api('POST', `/imports/budget-execution?institutionId=${institution.id}`, { token: planner, rawBody: [header, ...rows].join('\n'), contentType: 'text/csv' });
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);

  for (const period of ['C1', 'C2', 'C3'].map((c) => `${testFiscalYear}-${c}`)) {
    const indicators = await stack.db.indicator.findMany({ where: { institutionId: institution.id, targets: { some: { period } } }, include: { targets: { where: { period } } } });
    expect(indicators.length).toBeGreaterThan(0);
    for (const indicator of indicators) {
      const measured = await stack.api('POST', '/indicator-measurements', { token: planner, body: { indicatorId: indicator.id, period, value: indicator.targets[0]!.value.toNumber(), note: 'Registro de la prueba' } });
      expect(measured.status, JSON.stringify(measured.body)).toBe(201);
    }
  }
}

/** Starts the cycle through the API and carries every stage to approval; answers its id and driver. */
async function runYear(year: LegalYear, tokenOf: Awaited<ReturnType<typeof openSessions>>) {
  // The jurisdiction's finance ministry starts its cycles.
  const starter = await stack.db.institution.findUniqueOrThrow({ where: { code: year.template.jurisdiction === 'PE' ? 'MEF' : 'MINFIN' } });
  const started = await stack.api('POST', '/cycles', {
    token: tokenOf('coordinator', starter.id),
    body: { fiscalYear: testFiscalYear, templateCode: year.template.code, institutionCodes: year.institutionCodes, timeScale, calendarStart: year.calendarStart },
  });
  expect(started.status, `${year.template.code}: ${JSON.stringify(started.body)}`).toBe(201);
  expect(started.body.workflowId).toBe(year.workflowId);
  const cycleId = started.body.id as string;
  const driver = new ApiCycleDriver(stack.baseUrl, tokenOf, 3 * 60_000);
  await driver.drive(cycleId, tokenOf('admin', ''), stagesInCycle(year.template, year.institutionCodes.length), concurrency);
  // The last approval ends the last stage; the cycle's own record follows.
  for (const until = Date.now() + 60_000; (await stack.db.cycle.findUniqueOrThrow({ where: { id: cycleId } })).status !== 'completed'; await pause(300)) {
    if (Date.now() > until) throw new Error(`el ciclo ${year.template.code} no terminó en 60 s tras la última aprobación: ${await cycleState(cycleId)}`);
  }
  return { cycleId, driver };
}

/** What a cycle that did not end is waiting on: its workflows' status and plans, for the failure message. */
async function cycleState(cycleId: string): Promise<string> {
  const cycle = await stack.db.cycle.findUniqueOrThrow({ where: { id: cycleId }, include: { institutionCycles: true } });
  const client = stack.temporal.client;
  const lines: string[] = [];
  for (const workflowId of [cycle.workflowId!, ...cycle.institutionCycles.map((m) => m.workflowId)]) {
    const handle = client.workflow.getHandle(workflowId);
    const status = (await handle.describe()).status.name;
    const plan = status === 'RUNNING' ? await handle.query<unknown>(workflowId === cycle.workflowId ? 'cycleProgress' : 'institutionPlan').catch((err: unknown) => String(err)) : null;
    lines.push(`${workflowId} ${status} ${JSON.stringify(plan)}`);
  }
  return lines.join('\n');
}

describe('the legal years of issue 21 through the API', () => {
  it('when GT-SEGUIMIENTO, GT-ANUAL-ELECTORAL, PE-CUENTA-GENERAL, PE-ANUAL and GT-TRANSPARENCIA run on a compressed calendar, then every stage is approved once and every cycle workflow completes', async () => {
    const tokenOf = await openSessions(stack.db);
    const runs = await Promise.all(years.map((year) => runYear(year, tokenOf)));

    const client = stack.temporal.client;
    for (const [i, { cycleId, driver }] of runs.entries()) {
      const year = years[i]!;
      const cycle = await stack.db.cycle.findUniqueOrThrow({ where: { id: cycleId }, include: { institutionCycles: true } });
      expect(cycle.institutionCycles.map((m) => m.status)).toEqual(year.institutionCodes.map(() => 'completed'));
      for (const workflowId of [cycle.workflowId!, ...cycle.institutionCycles.map((m) => m.workflowId)]) {
        expect((await client.workflow.getHandle(workflowId).describe()).status.name, workflowId).toBe('COMPLETED');
      }

      // Every stage of the template approved, each level once, and in its history exactly the approvals sent.
      const stages = await stack.db.stage.findMany({ where: { cycleId }, include: { auditEvents: true } });
      expect(stages.map((s) => s.code).sort(), year.template.code).toEqual(
        year.template.stages.flatMap((s) => (s.scope === 'institution' ? year.institutionCodes.map(() => s.code) : [s.code])).sort(),
      );
      for (const stage of stages) {
        const chain = stage.approvalChain as unknown[];
        // The driver's requestIds, as the Update ids the API makes of them.
        const sent = (driver.approvals.get(stage.id) ?? []).map((id) => requestUpdateId('approve', id)!);
        const history = await client.workflow.getHandle(stage.workflowId).fetchHistory();
        const accepted = (history.events ?? []).flatMap((e) => {
          const request = e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest;
          return request?.input?.name === 'approve' ? [request.meta?.updateId ?? ''] : [];
        });
        const count = (action: string) => stage.auditEvents.filter((e) => e.action === action).length;
        expect({ stage: `${year.template.code} ${stage.workflowId}`, status: stage.status, submitted: count('submitted'), levels: count('level_approved'), approved: count('approved'), accepted }).toEqual({
          stage: `${year.template.code} ${stage.workflowId}`,
          status: 'approved',
          submitted: 1,
          levels: chain.length - 1,
          approved: 1,
          accepted: sent,
        });
        expect(sent).toHaveLength(chain.length);
      }
    }

    // The histories of this run, for replay: copied to tests/fixtures/histories, the new stages'
    // workflows must keep replaying (see replay.test.ts).
    const dir = join('test-artifacts', 'histories');
    mkdirSync(dir, { recursive: true });
    for (const workflowId of recordedWorkflows) {
      const recorded = await client.workflow.getHandle(workflowId).fetchHistory();
      writeFileSync(join(dir, `${workflowId.replaceAll('/', '_')}.binpb`), temporal.api.history.v1.History.encode(recorded).finish());
    }
  }, 300_000);
});
