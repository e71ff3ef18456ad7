// Diagnostic, not a bench figure: the floor under the progress matrix route (issue 20). The
// console's page of the matrix against an authenticated route that reads nothing (GET
// /api/auth/me: HTTP over loopback, the session lookup, a small JSON), in the same process and
// cycle as bench progressMatrix, interleaved. Run: npx tsx bench/diagnostics/routeFloor.ts
import { percentile, timeRepeated } from '../harness';
import { startBenchApp } from '../support/benchApp';
import { createScratchDatabase } from '../support/scratchDatabase';
import { seedDemo } from '../../prisma/seed';
import { benchCoordinatorEmail, seedProgressCycle } from '../../support/progressCycle';

const institutions = Number(process.env.BENCH_INSTITUTIONS ?? 1000);
const scratch = await createScratchDatabase('routeFloor');
try {
  await seedDemo(scratch.db, 2028);
  const cycle = await seedProgressCycle(scratch.db, institutions);
  const app = await startBenchApp(scratch.db);
  try {
    const token = await app.login(benchCoordinatorEmail);
    const get = (path: string) => async () => {
      const response = await fetch(`${app.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
      await response.arrayBuffer();
    };
    const routes = { 'GET /api/auth/me': get('/api/auth/me'), 'GET progress?perPage=25': get(`/api/cycles/${cycle.cycleId}/progress?page=1&perPage=25`) };
    const samples: Record<string, number[]> = {};
    for (let round = 0; round < 4; round++) for (const [name, run] of Object.entries(routes)) (samples[name] ??= []).push(...(await timeRepeated(100, 20, run)));
    for (const [name, ms] of Object.entries(samples)) console.log(`[diagnóstico] ${name}: p50 ${percentile(ms, 50).toFixed(2)} ms, p95 ${percentile(ms, 95).toFixed(2)} ms (${ms.length})`);
  } finally {
    await app.close();
  }
} finally {
  await scratch.drop();
}
