// Diagnostic, not a bench figure: how much CPU one approval action costs, and in which process,
// against one bare Temporal Update (issue 20: what limits the actions' throughput and p50).
// The engine bench's own steps on a smaller cycle: the fan-out, then submit and approve through
// the API at concurrency 20, then as many bare Updates; each phase reports throughput, p50, mean
// (20 / throughput, by Little's law, in a closed loop), how busy the machine was and the CPU ms
// per operation by process. Run:
//   BENCH_ENGINE_INSTITUTIONS=300 npx tsx bench/diagnostics/actionCpu.ts [dev|server]
// With BENCH_WORKER_NODE_FLAGS="--max-old-space-size=256 --cpu-prof --cpu-prof-dir=DIR" the
// worker is stopped with SIGINT at the end so that it writes its CPU profiles; the phases' times
// are printed on the profiles' clock (CLOCK_MONOTONIC, µs).
import { startEngineStack, type TemporalEngine } from '../support/engineStack';
import { cpuBetween, cpuSnapshot } from '../support/processCpu';
import { waitForExit } from '../../support/processes';
import { percentile } from '../harness';

process.env.BENCH_ENGINE_INSTITUTIONS ??= '300';
const institutions = Number(process.env.BENCH_ENGINE_INSTITUTIONS);
const { bareUpdates, cicloActions, cicloFanOut, startBareWorker } = await import('../engine.bench');
const engine = (process.argv[2] ?? 'dev') as TemporalEngine;
const log = (line: string) => console.log(`[diagnóstico] ${line}`);

const stack = await startEngineStack('actionCpu', institutions, log, { engine });
const bareWorker = await startBareWorker(stack);
const [workerPid] = stack.workerPids();

/** Runs one phase and prints its figures and CPU per operation, by process. */
async function phase(name: string, run: () => Promise<number[]>): Promise<void> {
  const before = cpuSnapshot();
  const latencies = await run();
  const after = cpuSnapshot();
  const { groups, busyCpus, seconds } = cpuBetween(before, after, (pid, processName) =>
    pid === process.pid ? 'bench (API, SMTP, cliente, worker desnudo)' : pid === workerPid ? 'worker de Ciclo' : processName.startsWith('postgres') ? 'postgres' : processName);
  const count = latencies.length;
  const total = Object.values(groups).reduce((sum, ms) => sum + ms, 0);
  const mean = latencies.reduce((sum, ms) => sum + ms, 0) / count;
  log(`${name}: ${count} en ${seconds.toFixed(1)} s (${(count / seconds).toFixed(1)}/s); p50 ${percentile(latencies, 50).toFixed(0)} ms, media ${mean.toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms; máquina ocupada ${busyCpus.toFixed(2)} CPU`);
  const byProcess = Object.entries(groups).sort(([, a], [, b]) => b - a).filter(([, ms]) => ms / count >= 0.5);
  log(`  CPU por operación ${(total / count).toFixed(1)} ms: ${byProcess.map(([group, ms]) => `${group} ${(ms / count).toFixed(1)}`).join(', ')}`);
  log(`  reloj de los perfiles: ${before.at / 1000n} a ${after.at / 1000n} µs`);
}

try {
  const minfin = await stack.db.institution.findUniqueOrThrow({ where: { code: 'MINFIN' } });
  const { cycleId } = await cicloFanOut(stack, stack.tokenOf('coordinator', minfin.id));
  await phase('acciones de Ciclo (enviar y aprobar por la API)', () => cicloActions(stack, cycleId));
  await phase('Updates desnudos', () => bareUpdates(stack, bareWorker.taskQueue));
  if (workerPid && process.env.BENCH_WORKER_NODE_FLAGS?.includes('--cpu-prof')) {
    process.kill(workerPid, 'SIGINT');
    await waitForExit(workerPid, 30_000);
  }
} finally {
  await bareWorker.stop();
  await stack.stop();
}
