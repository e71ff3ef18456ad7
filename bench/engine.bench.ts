// The engine at a government's scale (issue 8, figures 1 and 2, and the worker's memory): a cycle
// started through the API for 1,000 institutions until each one's first stage is stored, against
// 1,000 trivial workflows started by the same client on the same server; then 2,000 submit and
// approve requests through the API at concurrency 20, against as many bare Temporal Updates on
// trivial workflows; and the worker's peak memory with those 1,000 cycles running. All of it on the
// dev server, then again on the production server on PostgreSQL.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker } from '@temporalio/worker';
import { guatemalaTemplate } from '../src/domain/calendar/templates';
import { bumpUpdate, trivialStart, trivialUpdates } from './support/trivialWorkflows';
import { engineFiscalYear, engineNames, startEngineStack, type EngineStack, type TemporalEngine } from './support/engineStack';
import { pause } from '../support/processes';
import { againstBare, benchCommand, msSince, percentile, round, type BenchResult } from './harness';

const name = 'engine';
const institutions = Number(process.env.BENCH_ENGINE_INSTITUTIONS ?? 1000);
const concurrency = 20;
const log = (line: string) => console.log(`[bench] ${name}: ${line}`);

/**
 * Guatemala's calendar with the strategic review open from the start (not after SEGEPLAN's
 * guidelines), so that each institution's first stage opens as soon as its workflow runs.
 */
const benchTemplate = {
  ...guatemalaTemplate,
  code: 'GT-BENCH',
  stages: guatemalaTemplate.stages.map((s) => (s.code === 'strategic_review' ? { ...s, dependsOn: [] } : s)),
};
/** Calendar time on the strategic review's opening day; a scale of 1 would ignore it, so 2. */
const calendarStart = `${engineFiscalYear - 1}-02-02T08:00:00-06:00`;

async function api(stack: EngineStack, method: string, path: string, token: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${stack.baseUrl}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Runs `tasks` with at most `limit` at once. */
async function withConcurrency<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await task(items[next++]!);
  }));
}

async function until(what: string, timeoutMs: number, done: () => Promise<boolean>): Promise<void> {
  for (const limit = Date.now() + timeoutMs; !(await done()); await pause(200)) {
    if (Date.now() > limit) throw new Error(`${what}: no se alcanzó en ${timeoutMs / 1000} s`);
  }
}

/** 1,000 trivial workflows started with the API's client, until every one has run and ended. */
async function bareFanOut(stack: EngineStack, taskQueue: string): Promise<number> {
  const start = process.hrtime.bigint();
  const handles = await Promise.all(Array.from({ length: institutions }, (_, i) =>
    stack.client.workflow.start(trivialStart, { taskQueue, workflowId: `bench-trivial-${taskQueue}-${i}` })));
  await Promise.all(handles.map((h) => h.result()));
  return msSince(start);
}

/** Ciclo's fan-out: POST /api/cycles, until every institution's first stage is stored. */
export async function cicloFanOut(stack: EngineStack, coordinatorToken: string): Promise<{ ms: number; cycleId: string }> {
  const created = await api(stack, 'POST', '/calendar-templates', coordinatorToken, benchTemplate);
  if (created.status !== 201) throw new Error(`plantilla: ${created.status} ${JSON.stringify(created.body)}`);
  const start = process.hrtime.bigint();
  const cycle = await api(stack, 'POST', '/cycles', coordinatorToken, { fiscalYear: engineFiscalYear, templateCode: benchTemplate.code, institutionCodes: stack.institutionCodes, timeScale: 2, calendarStart });
  if (cycle.status !== 201) throw new Error(`ciclo: ${cycle.status} ${JSON.stringify(cycle.body)}`);
  const cycleId = cycle.body.id as string;
  let lastLogged = 0;
  await until('primera etapa de cada institución', Number(process.env.BENCH_ENGINE_WAIT_MS ?? 600_000), async () => {
    const stored = await stack.db.stage.count({ where: { cycleId, code: 'strategic_review' } });
    if (stored - lastLogged >= 250) log(`${(lastLogged = stored)} de ${institutions} primeras etapas guardadas`);
    return stored === institutions;
  });
  return { ms: msSince(start), cycleId };
}

/** Submission by each planner and the director's approval of each first stage, `concurrency` requests at a time. */
export async function cicloActions(stack: EngineStack, cycleId: string): Promise<number[]> {
  await until('flujos de etapa en marcha', 300_000, async () => (await stack.client.workflow.count(`WorkflowType = "stageApproval" AND ExecutionStatus = "Running"`)).count >= institutions);
  const stages = await stack.db.stage.findMany({ where: { cycleId, code: 'strategic_review' }, select: { id: true, institutionId: true } });
  const steps = [
    { action: 'submit', role: 'planner' },
    { action: 'approve', role: 'director' },
  ];
  // Each stage's two actions go in order: one lane per stage, `concurrency` lanes at once.
  const latencies: number[] = [];
  await withConcurrency(stages, concurrency, async (stage) => {
    for (const { action, role } of steps) {
      const start = process.hrtime.bigint();
      const answer = await api(stack, 'POST', `/stages/${stage.id}/${action}`, stack.tokenOf(role, stage.institutionId), { requestId: randomBytes(8).toString('hex') });
      latencies.push(msSince(start));
      if (answer.status !== 200) throw new Error(`${action} ${stage.id}: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
  });
  return latencies;
}

/** As many bare Updates on trivial workflows (two each, in order), at the same concurrency. */
export async function bareUpdates(stack: EngineStack, taskQueue: string): Promise<number[]> {
  const handles = await Promise.all(Array.from({ length: institutions }, (_, i) =>
    stack.client.workflow.start(trivialUpdates, { taskQueue, workflowId: `bench-updates-${taskQueue}-${i}` })));
  const latencies: number[] = [];
  await withConcurrency(handles, concurrency, async (handle) => {
    for (let i = 0; i < 2; i++) {
      const start = process.hrtime.bigint();
      await handle.executeUpdate(bumpUpdate);
      latencies.push(msSince(start));
    }
  });
  return latencies;
}

/** A worker in the bench's process for the trivial workflows, on a task queue of its own. */
export async function startBareWorker(stack: EngineStack): Promise<{ taskQueue: string; stop(): Promise<void> }> {
  const connection = await NativeConnection.connect({ address: stack.temporalAddress });
  const taskQueue = `bench-bare-${randomBytes(4).toString('hex')}`;
  const worker = await Worker.create({ connection, taskQueue, workflowsPath: fileURLToPath(new URL('./support/trivialWorkflows.ts', import.meta.url)) });
  const running = worker.run();
  return {
    taskQueue,
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}

/** Every figure twice (issue 20): on the dev server, then on the production server on PostgreSQL. */
export async function run(): Promise<BenchResult> {
  const onDev = await onEngine('dev');
  const onServer = await onEngine('server');
  return {
    name,
    command: benchCommand(name),
    figures: [...onDev.figures, ...onServer.figures.map((figure) => ({ ...figure, label: `${figure.label} (${engineNames.server})` }))],
    context: { ...onDev.context, onServer: onServer.context },
  };
}

async function onEngine(engine: TemporalEngine): Promise<Pick<BenchResult, 'figures' | 'context'>> {
  log(`en el ${engineNames[engine]}...`);
  const stack = await startEngineStack(name, institutions, log, { engine });
  const { taskQueue: bareQueue, stop: stopBareWorker } = await startBareWorker(stack);
  try {
    const minfin = await stack.db.institution.findUniqueOrThrow({ where: { code: 'MINFIN' } });
    const coordinatorToken = stack.tokenOf('coordinator', minfin.id);

    // The worker's resident memory every half second under load; its VmHWM also holds the
    // start-up peak (bundling the workflow code), reported apart.
    const idle = stack.workerMemory();
    const rssSamples: number[] = [];
    const sampler = setInterval(() => rssSamples.push(stack.workerMemory().rssMb), 500);
    const bareFanOutMs = await bareFanOut(stack, bareQueue);
    log(`${institutions} flujos triviales en ${Math.round(bareFanOutMs)} ms`);
    const fanOut = await cicloFanOut(stack, coordinatorToken);
    log(`${institutions} instituciones con su primera etapa en ${Math.round(fanOut.ms)} ms`);

    const actionsStart = process.hrtime.bigint();
    const actionLatencies = await cicloActions(stack, fanOut.cycleId);
    const actionSeconds = msSince(actionsStart) / 1000;
    clearInterval(sampler);
    const memory = stack.workerMemory();
    const loadPeakMb = Math.max(...rssSamples, memory.rssMb);
    const updatesStart = process.hrtime.bigint();
    const updateLatencies = await bareUpdates(stack, bareQueue);
    const updateSeconds = msSince(updatesStart) / 1000;
    const running = (await stack.client.workflow.count(`ExecutionStatus = "Running" AND WorkflowType != "trivialUpdates"`)).count;
    log(`acciones ${round(actionLatencies.length / actionSeconds, 1)}/s; Updates ${round(updateLatencies.length / updateSeconds, 1)}/s; worker ${loadPeakMb} MB bajo carga, ${memory.peakRssMb} MB de pico desde su arranque`);

    const throughput = actionLatencies.length / actionSeconds;
    const bareThroughput = updateLatencies.length / updateSeconds;
    // Against issue 20's goals unrounded: 0.595 is not 0.6.
    const throughputRatio = throughput / bareThroughput;
    const [p50, bareP50] = [percentile(actionLatencies, 50), percentile(updateLatencies, 50)];
    const fanOutRatio = fanOut.ms / bareFanOutMs;
    const fanOutFigure = againstBare(`arranque de un ciclo de ${institutions} instituciones por la API hasta su primera etapa guardada`, fanOut.ms / 1000, 's', { label: `${institutions} flujos triviales, mismo cliente y servidor`, value: bareFanOutMs / 1000 });
    return {
      figures: [
        { ...fanOutFigure, target: '≤ 2× (razón)', met: fanOutRatio <= 2 },
        {
          ...againstBare(`${actionLatencies.length} acciones (enviar y aprobar) por la API, concurrencia ${concurrency}: rendimiento`, throughput, 'acciones/s', { label: 'Updates de Temporal desnudos sobre un flujo trivial', value: bareThroughput }),
          target: '≥ 0.6× (razón)',
          met: throughputRatio >= 0.6,
        },
        againstBare('acciones: p95 de la latencia', percentile(actionLatencies, 95), 'ms', { label: 'p95 de los Updates desnudos', value: percentile(updateLatencies, 95) }),
        againstBare('acciones: p50 de la latencia', p50, 'ms', { label: 'p50 de los Updates desnudos', value: bareP50 }, { target: '≤ 2× (razón)', met: p50 <= 2 * bareP50 }),
        { label: `memoria residente máxima del worker bajo carga, con ${running} flujos de Ciclo en marcha al final`, value: loadPeakMb, unit: 'MB', target: '≤ 400 MB', met: loadPeakMb <= 400 },
        { label: 'memoria pico del worker desde su arranque (VmHWM; el código de los flujos se empaqueta en otro proceso)', value: memory.peakRssMb, unit: 'MB' },
      ],
      context: {
        institutions,
        template: `${benchTemplate.code}: la de Guatemala con la revisión del PEI abierta desde el inicio`,
        fanOutMeasure: 'de POST /api/cycles hasta que las filas Stage de strategic_review de todas las instituciones existen; trivial: de los start() hasta que cada flujo terminó',
        actions: 'por cada etapa, enviar (planificador) y luego aprobar (director, primer nivel de la cadena), 20 a la vez; cada respuesta 200',
        bareWorker: 'worker de Temporal en el proceso del bench con flujos triviales (bench/support/trivialWorkflows.ts)',
        workerRssMbIdle: idle.rssMb,
        workerRssMbAfterActions: memory.rssMb,
        workerMaxCachedWorkflows: process.env.WORKER_MAX_CACHED_WORKFLOWS ?? 'por omisión (250)',
        workerMemoryMeasure: 'VmRSS de /proc/<pid>/status del proceso del worker cada 500 ms desde el arranque trivial hasta el fin de las acciones',
        runningCiclo: running,
      },
    };
  } finally {
    await stopBareWorker();
    await stack.stop();
  }
}
