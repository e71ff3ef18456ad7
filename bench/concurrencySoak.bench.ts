// The concurrency soak of tests/e2e/concurrencySoak.test.ts as throughput and p95: the real
// `npm start` on its embedded PostgreSQL against the same `npm start` on an external PostgreSQL
// server (a scratch database on the local one), in the same run, with the same people and mix;
// and the embedded run again with twice the people (100 against 50 by default), to see how the
// default run holds a doubled crowd.
// Run: npm run bench -- concurrencySoak (BENCH_SOAK_USERS and BENCH_SOAK_MS change the load).
import { rmSync } from 'node:fs';
import { runSoak, type SoakReport } from '../support/concurrencySoak';
import { embeddedDefaultsEnv, freshDataDir, NpmStart } from '../support/npmStart';
import { freePorts } from '../support/processes';
import { againstBare, benchCommand, round, type BenchResult } from './harness';
import { createScratchDatabase } from './support/scratchDatabase';

const users = Number(process.env.BENCH_SOAK_USERS ?? 50);
const durationMs = Number(process.env.BENCH_SOAK_MS ?? 120_000);
const doubled = users * 2;

async function soakOn(label: string, databaseUrl: string | undefined, virtualUsers = users): Promise<SoakReport> {
  const dataDir = freshDataDir('ciclo-bench-soak-');
  const [PORT, TEMPORAL_DEV_PORT, TEMPORAL_UI_PORT, EMBEDDED_DB_PORT, SMTP_SINK_PORT] = (await freePorts(5)) as [number, number, number, number, number];
  const ports = { PORT, TEMPORAL_DEV_PORT, TEMPORAL_UI_PORT, EMBEDDED_DB_PORT, SMTP_SINK_PORT };
  const ciclo = new NpmStart(embeddedDefaultsEnv(dataDir, ports, databaseUrl ? { DATABASE_URL: databaseUrl } : {}), `http://127.0.0.1:${ports.PORT}`);
  ciclo.start();
  try {
    await ciclo.waitHealthy(180_000);
    const report = await runSoak({ baseUrl: ciclo.baseUrl, virtualUsers, durationMs });
    console.log(`[bench] ${label}: ${report.measurement}`);
    return report;
  } finally {
    await ciclo.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const perSecond = (report: SoakReport) => report.requests / (durationMs / 1000);
const errors = (report: SoakReport) => report.wrongStatusCount + report.slowRequests + report.writeProblems.length;

export async function run(): Promise<BenchResult> {
  const embedded = await soakOn('PostgreSQL embebido', undefined);
  const crowded = await soakOn(`PostgreSQL embebido, ${doubled} personas`, undefined, doubled);
  const scratch = await createScratchDatabase('soak');
  let external: SoakReport;
  try {
    external = await soakOn('PostgreSQL externo', scratch.url);
  } finally {
    await scratch.drop();
  }
  const bare = (value: number) => ({ label: 'el mismo npm start sobre un PostgreSQL externo', value });
  const half = (value: number) => ({ label: `el mismo soak con ${users} personas`, value });
  return {
    name: 'concurrencySoak',
    command: benchCommand('concurrencySoak'),
    context: { users, doubledUsers: doubled, durationSeconds: durationMs / 1000, embeddedRequests: embedded.requests, externalRequests: external.requests, doubledRequests: crowded.requests },
    figures: [
      againstBare(`soak de ${users} personas: peticiones por segundo, base embebida`, perSecond(embedded), 'pet/s', bare(perSecond(external))),
      againstBare(`soak de ${users} personas: p95, base embebida`, embedded.p95Ms, 'ms', bare(external.p95Ms)),
      { label: `soak de ${users} personas: errores (5xx, estados erróneos, > 10 s, escrituras), base embebida`, value: round(errors(embedded), 0), unit: '', target: '0', met: errors(embedded) === 0 },
      againstBare(`soak de ${doubled} personas: peticiones por segundo, base embebida`, perSecond(crowded), 'pet/s', half(perSecond(embedded))),
      againstBare(`soak de ${doubled} personas: p95, base embebida`, crowded.p95Ms, 'ms', half(embedded.p95Ms)),
      { label: `soak de ${doubled} personas: errores (5xx, estados erróneos, > 10 s, escrituras), base embebida`, value: round(errors(crowded), 0), unit: '', target: '0', met: errors(crowded) === 0 },
    ],
  };
}
