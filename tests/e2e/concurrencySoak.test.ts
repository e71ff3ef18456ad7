// The real `npm start` stack on its embedded defaults under concurrent load: 60 simultaneous
// reads of one cycle, then 50 of the demo's people working at once: 40 s inside npm test, the
// full two minutes in CI's step of its own (SOAK_DURATION_MS=120000) and in the bench. No 5xx, no answer the person could not legitimately get, none
// over 10 s, every write read back once, the audit chain intact, and a clean stop afterwards.
// SOAK_BASE_URL drives a stack already running instead (audit:verify then uses this process's
// DATABASE_URL or DATA_DIR).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeConcurrentGets, runSoak, signIn, type Session } from '../../support/concurrencySoak';
import { embeddedDefaultsEnv, freshDataDir, NpmStart } from '../../support/npmStart';

const external = process.env.SOAK_BASE_URL;
const durationMs = Number(process.env.SOAK_DURATION_MS ?? 40_000);
const ports = { PORT: 3393, TEMPORAL_DEV_PORT: 17393, TEMPORAL_UI_PORT: 18393, EMBEDDED_DB_PORT: 54393, SMTP_SINK_PORT: 25393 };
const dataDir = freshDataDir('ciclo-soak-');
const env = external ? { ...process.env } : embeddedDefaultsEnv(dataDir, ports);
const ciclo = new NpmStart(env, external ?? `http://127.0.0.1:${ports.PORT}`);
const baseUrl = ciclo.baseUrl;

beforeAll(async () => {
  if (external) return;
  ciclo.start();
  const healthy = await ciclo.waitHealthy(180_000);
  console.log(`[pruebas] npm start sano en ${(healthy / 1000).toFixed(1)} s`);
}, 200_000);

afterAll(async () => {
  await ciclo.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start under concurrent load', () => {
  // The coordinator's session serves the probe and the soak: sign-ins are limited per address.
  let coordinator: Session;

  it('when 60 reads of one cycle arrive at once, then all 60 answer 200', async () => {
    coordinator = await signIn(baseUrl, 'coordinador.minfin@ciclo.test');
    const probe = await probeConcurrentGets(baseUrl, { session: coordinator });
    expect(probe.failures).toEqual([]);
    expect(probe.statuses).toEqual({ 200: 60 });
  }, 60_000);

  it('when 50 people work at once, then no 5xx, no wrong status, none over 10 s, and every write reads back once', async () => {
    const report = await runSoak({ baseUrl, virtualUsers: 50, durationMs, sessions: [coordinator], log: (line) => console.log(`[pruebas] ${line}`) });
    console.log(report.measurement);
    console.log(`[pruebas] ${report.writes} escrituras, ${report.expectedRaces} carreras perdidas con 409/403 correctos; por operación: ${JSON.stringify(report.byOperation)}`);
    expect(report.serverErrors).toBe(0);
    expect(report.wrongStatuses).toEqual([]);
    expect(report.slowRequests).toBe(0);
    expect(report.writeProblems).toEqual([]);
    expect(report.writes).toBeGreaterThan(0);
  }, durationMs + 240_000);

  it('when the audit chain is verified after the load, then it is intact', () => {
    const verify = spawnSync('npm', ['run', 'audit:verify'], { env, encoding: 'utf8', timeout: 120_000 });
    expect(verify.status, `${verify.stdout}\n${verify.stderr}`).toBe(0);
    expect(verify.stdout).toContain('Cadena de auditoría íntegra');
  }, 130_000);

  it.skipIf(external)('when Ctrl-C, then everything stops in order', async () => {
    expect(['0', 'SIGINT']).toContain(await ciclo.stop());
    expect(ciclo.output).toContain('[ciclo] Detenido.');
    expect(ciclo.output).not.toContain('Error al detener');
  }, 60_000);
});
