// `npx tsx scripts/fuzzApi.ts [more schemathesis options]`: fuzzes every operation of
// /api/openapi.json with schemathesis against Ciclo on a real stack (the Temporal dev server, a
// fresh PostgreSQL database with the demo data, the SMTP sink, a worker), signed in as the admin,
// with every check (--checks all): no 5xx, every status, content type, header and body as
// documented, schema-valid requests accepted and invalid ones refused. Schemathesis comes from
// PyPI into a venv under ~/.cache/ciclo, once.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { seedDemo } from '../prisma/seed';
import { createApp } from '../src/api/app';
import { serve, startWorkerWithStages } from '../src/compositionRoot';
import { contentResources } from '../src/api/planBudget/contentResources';
import { developmentAuditKey, loadConfig } from '../src/config/env';
import { createDatabase, type Database } from '../src/db/prisma';
import { applyMigrations } from '../src/infra/migrate';
import { cacheBinDir, ensureTemporalCli } from '../src/infra/temporalCli';
import { startTestMail } from '../support/mail';
import { ensurePythonTool } from '../support/pythonTool';
import { adminQuery, databaseUrl, ensurePostgres } from '../support/postgres';

const schemathesis = { package: 'schemathesis', version: '4.32.5' };
/** Test cases per operation: 128 operations take about 2.5 minutes on two cores. */
const maxExamples = process.env.FUZZ_MAX_EXAMPLES ?? '50';
/** A hung run fails rather than eat CI's time. */
const timeLimitMs = 8 * 60_000;
const reportDir = join(process.cwd(), 'test-artifacts', 'schemathesis');
/** Where schemathesis keeps its own state (.hypothesis, .schemathesis), out of the work tree. */
const stateDir = join(cacheBinDir, '..', 'schemathesis-state');
const log = (line: string) => console.log(`[fuzz] ${line}`);

/**
 * A schemathesis.toml that, half of the time, puts the ids of real records (the demo's stages,
 * cycles, templates, plans, products...) in {id} and in the body's references, so that fuzzed
 * bodies reach the records and their workflows rather than stopping at 404; and the statuses the
 * acceptance checks expect.
 */
async function realIdsConfig(db: Database): Promise<string> {
  const some = async (rows: Promise<{ id: string }[]>) => (await rows).map((row) => row.id);
  const models = db as unknown as Record<string, { findMany(args: object): Promise<{ id: string }[]> }>;
  const ids = [
    ...(await some(db.stage.findMany({ select: { id: true } }))),
    ...(await some(db.cycle.findMany({ select: { id: true } }))),
    ...(await some(db.calendarTemplate.findMany({ select: { id: true }, take: 3 }))),
    ...(await Promise.all(contentResources.map((r) => some(models[r.model]!.findMany({ select: { id: true }, take: 3 }))))).flat(),
  ];
  const institutions = await some(db.institution.findMany({ select: { id: true } }));
  const references = ['strategicPlanId', 'resultId', 'productId', 'categoryId', 'scenarioId', 'indicatorId'];
  const file = join(tmpdir(), `ciclo-fuzz-${process.pid}.toml`);
  writeFileSync(
    file,
    [
      `[dictionaries.ids]\nvalues = ${JSON.stringify(ids)}`,
      `[dictionaries.institutions]\nvalues = ${JSON.stringify(institutions)}`,
      '[parameters]',
      '"path.id" = { dictionary = "ids", probability = 0.5 }',
      '"body.institutionId" = { dictionary = "institutions", probability = 0.5 }',
      ...references.map((field) => `"body.${field}" = { dictionary = "ids", probability = 0.5 }`),
      // A schema-valid request may still break a rule the schema cannot state (httpErrors.ts): 422.
      '[checks.positive_data_acceptance]',
      'expected-statuses = ["2xx", "3xx", "401", "403", "404", "409", "422", "429", "5xx"]',
      // Node refuses a URL or headers past 16 KB with 431, before the app reads the request.
      '[checks.negative_data_rejection]',
      'expected-statuses = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429", "431", "5xx"]',
    ].join('\n') + '\n',
  );
  return file;
}

/** Ciclo as the API tests run it, on a free port; returns its base URL, an admin token and how to stop it. */
async function startCiclo() {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  await ensurePostgres(log);
  const name = `ciclo_fuzz_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = databaseUrl(name);
  await applyMigrations(url);
  const db = createDatabase(url, developmentAuditKey);
  await seedDemo(db, 2028);
  const temporal = await TestWorkflowEnvironment.createLocal({ server: { executable: { type: 'existing-path', path: ensureTemporalCli(process.env.TEMPORAL_CLI, log) } } });
  const mail = await startTestMail();
  const taskQueue = `ciclo-fuzz-${randomBytes(4).toString('hex')}`;
  const { mailLinks, WORKER_MAX_CACHED_WORKFLOWS, MAIL_REDELIVERY_SECONDS } = loadConfig({});
  const workerParts = { connection: temporal.nativeConnection, client: temporal.client, namespace: temporal.namespace ?? 'default', taskQueue, db, mailer: mail.mailer, mailLinks };
  const worker = await startWorkerWithStages({ ...workerParts, publicUrl: 'http://ciclo.test', maxCachedWorkflows: WORKER_MAX_CACHED_WORKFLOWS, mailRedeliverySeconds: MAIL_REDELIVERY_SECONDS });
  const { server, baseUrl } = await serve(createApp({ db, temporal: temporal.client, mailer: mail.mailer, taskQueue, sessionTtlHours: 2, mailLinks, mailSink: mail.sink }), 0, '127.0.0.1');
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@ciclo.test', password: 'ciclo-demo' }) });
  const { token } = (await login.json()) as { token: string };
  const config = await realIdsConfig(db);
  return {
    baseUrl,
    token,
    config,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await worker.stop();
      await mail.stop();
      await db.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await temporal.teardown();
      rmSync(config, { force: true });
    },
  };
}

/**
 * Schemathesis closes with a pytest-shaped banner ("=== 2 warnings in 124.30s ===") that CI reads
 * as pytest closing on no test run, which hides the suite's own count; such a line is kept only
 * in test-artifacts/schemathesis/output.log.
 */
function withoutRunnerClosingLine(line: string): string | undefined {
  return /^=+ .* in [\d.]+m?s =+$/.test(line.trim()) ? undefined : line;
}

/** Runs schemathesis to the end (or the time limit) and returns its exit code. */
function runSchemathesis(cli: string, config: string, baseUrl: string, token: string): Promise<number> {
  mkdirSync(reportDir, { recursive: true });
  mkdirSync(stateDir, { recursive: true });
  const args = [
    '--config-file', config,
    'run', `${baseUrl}/api/openapi.json`,
    '--url', baseUrl,
    '-H', `Authorization: Bearer ${token}`,
    '--checks', 'all',
    '--max-examples', maxExamples,
    '--workers', '2',
    '--seed', process.env.FUZZ_SEED ?? '20280101',
    // Logging out would revoke the token every other operation uses.
    '--exclude-operation-id', 'logout',
    '--report', 'junit', '--report-dir', reportDir,
    ...process.argv.slice(2),
  ];
  const child = spawn(cli, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: stateDir });
  const rawLog = createWriteStream(join(reportDir, 'output.log'));
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(rawLog, { end: false });
    createInterface({ input: stream }).on('line', (line) => {
      const shown = withoutRunnerClosingLine(line);
      if (shown !== undefined) console.log(shown);
    });
  }
  const timer = setTimeout(() => {
    log(`schemathesis no terminó en ${timeLimitMs / 60_000} minutos: se detiene`);
    child.kill('SIGTERM');
  }, timeLimitMs);
  return new Promise((resolve) => child.once('exit', (code) => { clearTimeout(timer); resolve(code ?? 1); }));
}

const started = Date.now();
const cli = ensurePythonTool(schemathesis, log);
log('Iniciando Ciclo (Temporal, PostgreSQL, SMTP, worker y API)...');
const ciclo = await startCiclo();
log(`Ciclo en ${ciclo.baseUrl}; fuzzing con schemathesis (${maxExamples} casos por operación)...`);
let code = 1;
try {
  code = await runSchemathesis(cli, ciclo.config, ciclo.baseUrl, ciclo.token);
} finally {
  await ciclo.stop();
}
log(`${code === 0 ? 'Todas las comprobaciones pasan' : `schemathesis terminó con código ${code}`} (${Math.round((Date.now() - started) / 1000)} s)`);
process.exit(code);
