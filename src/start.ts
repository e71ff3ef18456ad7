// `npm start`: the whole stack on embedded defaults, each part replaced by its environment
// variable when set. Prints progress; Ctrl-C stops everything in reverse order.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { seedDemo } from '../prisma/seed';
import { createApp } from './api/app';
import { ConfigError, loadConfig } from './config/env';
import { createDatabase } from './db/prisma';
import { startEmbeddedPostgres } from './infra/embeddedPostgres';
import { applyMigrations } from './infra/migrate';
import { startSmtpSink, type SmtpSink } from './infra/smtpSink';
import { ensureTemporalCli, MissingToolError } from './infra/temporalCli';
import { startTemporalDevServer } from './infra/temporalDevServer';
import { createMailer } from './mail/mailer';
import { temporalConnectionOptions } from './temporal/connection';
import { ensureOverdueDigest } from './temporal/digestWorkflow';
import { ensureStageWorkflows } from './temporal/stageWorkflows';
import { createWorker } from './worker/createWorker';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const log = (line: string) => console.log(`[ciclo] ${line}`);
const stops: { name: string; stop: () => Promise<unknown> | unknown }[] = [];

async function main() {
  const config = loadConfig();
  // Ciclo stops the worker itself, in order, so the SDK must not react to Ctrl-C on its own.
  Runtime.install({ logger: new DefaultLogger('WARN'), shutdownSignals: [] });
  const dataDir = resolve(config.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const consoleDir = join(projectRoot, 'admin', 'dist');
  if (!existsSync(join(consoleDir, 'index.html'))) {
    log('Compilando la consola (solo la primera vez)...');
    execFileSync('npx', ['vite', 'build', '--config', 'admin/vite.config.ts', '--logLevel', 'warn'], { cwd: projectRoot, stdio: 'inherit' });
  }

  let temporalAddress = config.TEMPORAL_ADDRESS;
  // Stages link to the Web UI of the embedded server, or of an external one when TEMPORAL_UI_URL says where.
  let temporalUiUrl = config.TEMPORAL_UI_URL ? config.temporalUiUrl : undefined;
  if (!temporalAddress) {
    const cli = ensureTemporalCli(config.TEMPORAL_CLI, log);
    log(`Iniciando el servidor de desarrollo de Temporal (${cli})...`);
    const server = await startTemporalDevServer({ cli, dbFile: join(dataDir, 'temporal.db'), port: config.TEMPORAL_DEV_PORT, uiPort: config.TEMPORAL_UI_PORT });
    stops.push({ name: 'Temporal', stop: server.stop });
    temporalAddress = server.address;
    temporalUiUrl = config.temporalUiUrl;
    log(`Temporal listo en ${temporalAddress}; interfaz web en ${config.temporalUiUrl}`);
  }

  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    log('Iniciando PostgreSQL embebido (PGlite)...');
    const embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pglite'), port: config.EMBEDDED_DB_PORT });
    stops.push({ name: 'PostgreSQL embebido', stop: embedded.stop });
    databaseUrl = embedded.url;
  }
  log('Aplicando migraciones...');
  await applyMigrations(databaseUrl);
  const db = createDatabase(databaseUrl);
  stops.push({ name: 'base de datos', stop: () => db.$disconnect() });
  if (config.SEED_DEMO) {
    log('Cargando datos de demostración...');
    await seedDemo(db);
  }

  let smtpUrl = config.SMTP_URL;
  let sink: SmtpSink | undefined;
  if (!smtpUrl) {
    sink = await startSmtpSink({ port: config.SMTP_SINK_PORT, dir: join(dataDir, 'mail') });
    stops.push({ name: 'buzón SMTP', stop: sink.stop });
    smtpUrl = sink.url;
    log(`Buzón SMTP local en ${smtpUrl} (mensajes en ${join(dataDir, 'mail')})`);
  }
  const mailer = createMailer(smtpUrl, config.MAIL_FROM);
  stops.push({ name: 'correo', stop: () => mailer.close() });

  const connectionOptions = temporalConnectionOptions(config, temporalAddress);
  const workerConnection = await NativeConnection.connect(connectionOptions);
  const clientConnection = await Connection.connect(connectionOptions);
  const temporal = new Client({ connection: clientConnection, namespace: config.TEMPORAL_NAMESPACE });
  log('Iniciando el worker de Temporal...');
  const worker = await createWorker({
    connection: workerConnection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    deps: { db, mailer, publicUrl: config.publicUrl, mailLinks: config.mailLinks },
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
  });
  const workerDone = worker.run();
  stops.push({ name: 'conexiones de Temporal', stop: async () => { await clientConnection.close(); await workerConnection.close(); } });
  stops.push({ name: 'worker', stop: async () => { worker.shutdown(); await workerDone; } });
  const started = await ensureStageWorkflows(temporal, db, config.TEMPORAL_TASK_QUEUE);
  if (started > 0) log(`${started} flujo(s) de etapa iniciados`);
  if (config.OVERDUE_DIGEST && (await ensureOverdueDigest(temporal, config.TEMPORAL_TASK_QUEUE, { hour: config.OVERDUE_DIGEST_HOUR, utcOffset: config.OVERDUE_DIGEST_UTC_OFFSET }))) {
    log(`Resumen diario de atrasos para coordinadores a las ${config.OVERDUE_DIGEST_HOUR}:00 (${config.OVERDUE_DIGEST_UTC_OFFSET})`);
  }

  const app = createApp({
    db,
    temporal,
    mailer,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    sessionTtlHours: config.SESSION_TTL_HOURS,
    loginLimits: config.loginLimits,
    corsOrigins: config.CORS_ORIGINS,
    consoleDir,
    publicUrl: config.publicUrl,
    mailLinks: config.mailLinks,
    mailSink: sink,
    temporalUi: temporalUiUrl ? { url: temporalUiUrl, namespace: config.TEMPORAL_NAMESPACE } : undefined,
  });
  const server = app.listen(config.PORT);
  await new Promise<void>((ok, fail) => server.once('listening', ok).once('error', fail));
  stops.push({ name: 'API', stop: () => new Promise((done) => server.close(done)) });
  log(`Ciclo listo en ${config.publicUrl} (API en ${config.publicUrl}/api). Ctrl-C para detener.`);
}

let stopping = false;
async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  log('Deteniendo...');
  for (const { name, stop } of stops.reverse()) {
    try {
      await stop();
    } catch (err) {
      console.error(`[ciclo] Error al detener ${name}:`, err);
    }
  }
  log('Detenido.');
  process.exit(code);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
main().catch(async (err) => {
  if (err instanceof ConfigError || err instanceof MissingToolError) console.error(`[ciclo] ${err.message}`);
  else console.error('[ciclo] No se pudo iniciar:', err);
  await stopAll(1);
});
