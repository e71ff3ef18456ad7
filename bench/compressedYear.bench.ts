// A whole planning year for 200 institutions on a compressed calendar (issue 8, figure 4): the
// cycle started through the API and every stage carried to approval by its people through the
// API, as the crash test does but with nothing killed. Measures the wall time against the
// compressed calendar's own length, the Temporal history events per institution-year, and the
// worker's resident memory throughout. The year runs three times (issue 20): on the dev server
// with one worker, with two workers on the same task queue, and on the production server on
// PostgreSQL. BENCH_YEAR_RUNS=dev,server (of dev, twoWorkers, server) runs only those, for a look
// at one figure; the published figures come from all three.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import protos from '@temporalio/proto';
import { guatemalaTemplate } from '../src/domain/calendar/templates/guatemala';
import { ApiCycleDriver, RefusedAction } from '../support/apiDriver';
import { stagesInCycle } from '../support/cycleInstitutions';
import { engineFiscalYear, engineNames, startEngineStack, type EngineOptions } from './support/engineStack';
import { pause } from '../support/processes';
import { againstBare, benchCommand, msSince, round, type BenchResult } from './harness';

const name = 'compressedYear';
const institutions = Number(process.env.BENCH_YEAR_INSTITUTIONS ?? 200);
/** One calendar year in about nine minutes. */
const timeScale = Number(process.env.BENCH_YEAR_TIME_SCALE ?? 60_000);
const calendarStart = `${engineFiscalYear - 1}-01-01T00:00:00-06:00`;
/** The cycle ends when the POA adjustment is approved in January of the fiscal year. */
const calendarEnd = `${engineFiscalYear}-01-16T00:00:00-06:00`;
const concurrency = 20;
const expectedStages = stagesInCycle(guatemalaTemplate, institutions);
const log = (line: string) => console.log(`[bench] ${name}: ${line}`);
const runs = new Set((process.env.BENCH_YEAR_RUNS ?? 'dev,twoWorkers,server').split(','));

export async function run(): Promise<BenchResult> {
  const onDev = await year({ engine: 'dev' });
  const twoWorkers = runs.has('twoWorkers') ? await year({ engine: 'dev', workers: 2 }) : undefined;
  const onServer = runs.has('server') ? await year({ engine: 'server' }) : undefined;
  const yearLabel = `año completo de ${institutions} instituciones (${expectedStages} etapas aprobadas por la API)`;
  const calendar = { label: `duración del calendario comprimido ×${timeScale}`, value: onDev.calendarSeconds };
  return {
    name,
    command: benchCommand(name),
    figures: [
      againstBare(`${yearLabel}, ${engineNames.dev}`, onDev.wallSeconds, 's', calendar),
      { label: 'eventos de historia de Temporal por institución-año', value: round(onDev.perInstitution, 1), unit: 'eventos', target: '≤ 250', met: onDev.perInstitution <= 250 },
      { label: 'memoria residente máxima del worker durante el año', value: onDev.loadPeakMb, unit: 'MB' },
      { label: 'memoria pico del worker desde su arranque (VmHWM; el código de los flujos se empaqueta en otro proceso)', value: onDev.peakRssMb, unit: 'MB' },
      ...(twoWorkers
        ? [
            againstBare(`${yearLabel}, 2 workers en la misma cola`, twoWorkers.wallSeconds, 's', { label: 'el mismo año con 1 worker', value: onDev.wallSeconds }),
            { label: 'memoria residente máxima del primero de los 2 workers', value: twoWorkers.loadPeakMb, unit: 'MB' },
            { label: 'parte del trabajo de los 2 workers que hizo el segundo (su tiempo de CPU sobre el de ambos)', value: round((100 * twoWorkers.cpu[1]!) / (twoWorkers.cpu[0]! + twoWorkers.cpu[1]!), 0), unit: '%' },
          ]
        : []),
      ...(onServer
        ? [
            againstBare(`${yearLabel}, ${engineNames.server}`, onServer.wallSeconds, 's', { label: `el mismo año en el ${engineNames.dev}`, value: onDev.wallSeconds }),
            { label: `eventos de historia por institución-año en el ${engineNames.server}`, value: round(onServer.perInstitution, 1), unit: 'eventos', target: '≤ 250', met: onServer.perInstitution <= 250 },
          ]
        : []),
    ],
    context: {
      institutions,
      timeScale,
      calendar: `${calendarStart} a ${calendarEnd}`,
      concurrency,
      ...onDev.context,
      ...(twoWorkers ? { requestsTwoWorkers: twoWorkers.context.requests, workerCpuSecondsTwoWorkers: twoWorkers.context.workerCpuSeconds } : {}),
      // Where the server's extra events go: by workflow and type, and the deadline alarms the
      // stages met (a slower year falls behind its compressed calendar and meets more of them).
      ...(onServer ? { onServer: onServer.context } : {}),
    },
  };
}

/** One compressed year on the engine given, from the cycle's start to its completion. */
async function year(options: EngineOptions) {
  log(`año en el ${engineNames[options.engine ?? 'dev']} con ${options.workers ?? 1} worker(s)...`);
  const stack = await startEngineStack(name, institutions, log, options);
  const rssSamples: number[] = [];
  const sampler = setInterval(() => rssSamples.push(stack.workerMemory().rssMb), 1000);
  try {
    const minfin = await stack.db.institution.findUniqueOrThrow({ where: { code: 'MINFIN' } });
    const start = process.hrtime.bigint();
    const started = await fetch(`${stack.baseUrl}/api/cycles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.tokenOf('coordinator', minfin.id)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ fiscalYear: engineFiscalYear, templateCode: 'GT-ANUAL', institutionCodes: stack.institutionCodes, timeScale, calendarStart }),
    });
    if (started.status !== 201) throw new Error(`ciclo: ${started.status} ${await started.text()}`);
    const cycleId = ((await started.json()) as { id: string }).id;

    const driver = new ApiCycleDriver(stack.baseUrl, stack.tokenOf);
    await driver.drive(cycleId, stack.tokenOf('admin', ''), expectedStages, concurrency, (approved) => log(`${approved}/${expectedStages} etapas aprobadas`));
    for (const limit = Date.now() + 600_000; (await stack.db.cycle.findUniqueOrThrow({ where: { id: cycleId } })).status !== 'completed'; await pause(500)) {
      if (Date.now() > limit) throw new Error('el ciclo no terminó en 10 minutos tras la última aprobación');
    }
    const wallSeconds = msSince(start) / 1000;
    clearInterval(sampler);
    const workerCpuSeconds = stack.workerCpuSeconds();
    const memory = stack.workerMemory();
    log(`año completo en ${Math.round(wallSeconds)} s; contando eventos de historia...`);

    // Every workflow of the cycle: the government cycle, the coordination stages, each
    // institution's cycle and stages; the shared ones are spread over the institutions.
    const cycle = await stack.db.cycle.findUniqueOrThrow({ where: { id: cycleId }, include: { institutionCycles: true, stages: true } });
    const workflowIds = [cycle.workflowId!, ...cycle.institutionCycles.map((m) => m.workflowId), ...cycle.stages.map((s) => s.workflowId)];
    let events = 0;
    let sharedEvents = 0;
    const coordinationStages = new Set(cycle.stages.filter((s) => s.scope === 'coordination').map((s) => s.workflowId));
    const institutionStages = new Set(cycle.stages.filter((s) => s.scope === 'institution').map((s) => s.workflowId));
    /** Which events an institution's own stages spend, by type: where a saving would come from. */
    const stageEventTypes: Record<string, number> = {};
    const eventsByKind: Record<string, number> = {};
    for (const workflowId of workflowIds) {
      const history = (await stack.client.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
      events += history.length;
      if (workflowId === cycle.workflowId || coordinationStages.has(workflowId)) sharedEvents += history.length;
      const kind = workflowId === cycle.workflowId ? 'government' : coordinationStages.has(workflowId) ? 'coordinationStages' : institutionStages.has(workflowId) ? 'institutionStages' : 'institutionCycles';
      eventsByKind[kind] = (eventsByKind[kind] ?? 0) + history.length;
      if (institutionStages.has(workflowId)) {
        for (const event of history) {
          const type = protos.temporal.api.enums.v1.EventType[event.eventType ?? 0] ?? String(event.eventType);
          stageEventTypes[type] = (stageEventTypes[type] ?? 0) + 1;
        }
      }
    }
    const perInstitution = events / institutions;
    const actions = await stack.db.auditEvent.groupBy({ by: ['action'], where: { stage: { cycleId, scope: 'institution' } }, _count: true });
    const lateApprovals = await stack.db.stage.count({ where: { cycleId, scope: 'institution', approvedAt: { gt: stack.db.stage.fields.deadline } } });
    const calendarSeconds = (Date.parse(calendarEnd) - Date.parse(calendarStart)) / timeScale / 1000;
    const loadPeakMb = Math.max(...rssSamples, memory.rssMb);
    return {
      wallSeconds,
      calendarSeconds,
      perInstitution,
      loadPeakMb,
      peakRssMb: memory.peakRssMb,
      cpu: workerCpuSeconds,
      context: {
        requests: driver.stats,
        workerCpuSeconds,
        workflows: workflowIds.length,
        historyEvents: events,
        sharedEventsPerInstitution: round(sharedEvents / institutions, 1),
        eventsPerInstitutionByWorkflow: Object.fromEntries(Object.entries(eventsByKind).map(([kind, count]) => [kind, round(count / institutions, 1)])),
        institutionStageEventsPerInstitution: Object.fromEntries(Object.entries(stageEventTypes).sort(([, a], [, b]) => b - a).map(([type, count]) => [type.replace('EVENT_TYPE_', ''), round(count / institutions, 1)])),
        auditActionsPerInstitution: Object.fromEntries(actions.sort((a, b) => b._count - a._count).map((a) => [a.action, round(a._count / institutions, 1)])),
        institutionStagesApprovedLatePerInstitution: round(lateApprovals / institutions, 2),
        eventsMeasure: 'suma de los historiales de todos los flujos del ciclo (gobierno, etapas de coordinación, ciclo y etapas de cada institución) / instituciones',
      },
    };
  } catch (error) {
    // The bench's Temporal database goes with its stack: the refused stage's history is kept first.
    if (error instanceof RefusedAction) await keepHistory(stack, error.stageId).catch((cause: unknown) => log(`no se pudo guardar el historial: ${String(cause)}`));
    throw error;
  } finally {
    clearInterval(sampler);
    await stack.stop();
  }
}

/** Writes a stage workflow's history to test-artifacts/bench, binary (for a replay) and as JSON (to read). */
async function keepHistory(stack: Awaited<ReturnType<typeof startEngineStack>>, stageId: string): Promise<void> {
  const { workflowId } = await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } });
  const history = await stack.client.workflow.getHandle(workflowId).fetchHistory();
  const History = protos.temporal.api.history.v1.History;
  const file = join('test-artifacts', 'bench', `historia-${workflowId.replaceAll('/', '_')}`);
  const bytes = History.encode(history).finish();
  writeFileSync(`${file}.binpb`, bytes);
  writeFileSync(`${file}.json`, JSON.stringify(History.toObject(History.decode(bytes), { longs: String, enums: String }), null, 1));
  log(`historial de ${workflowId} guardado en ${file}.binpb y .json`);
}
