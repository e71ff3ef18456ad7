// `npm start`: the whole stack on embedded defaults, each part replaced by its environment
// variable when set. Prints progress; Ctrl-C stops everything in reverse order, each part within
// a bounded time, and a second Ctrl-C stops at once. What a kill -9 left behind (an earlier
// Ciclo on the same data, its Temporal dev server, its PostgreSQL) is stopped at the next start.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { loadShippedCatalogues } from '../prisma/catalogues/loadCatalogues';
import { seedCalendarTemplates, seedDemo } from '../prisma/seed';
import { createApp } from './api/app';
import { apiDepsFrom, serve, startWorkerWithStages } from './compositionRoot';
import { ConfigError, loadConfig } from './config/env';
import { auditKey, mailLinkKeys } from './config/localSecret';
import { createDatabase } from './db/prisma';
import { closeHttpServer } from './infra/closeHttpServer';
import { separateApplicationRole } from './infra/databaseRoles';
import { EmbeddedDatabaseError, startEmbeddedPostgres } from './infra/embeddedPostgres';
import { removePidFile, settlesWithin, stopLeftover, writePidFile } from './infra/leftoverProcesses';
import { applyMigrations } from './infra/migrate';
import { movePgliteIntoServer, PgliteUpgradeError } from './infra/pgliteUpgrade';
import { startSmtpSink, type SmtpSink } from './infra/smtpSink';
import { ensureTemporalCli, MissingToolError } from './infra/temporalCli';
import { PortTakenError, startTemporalDevServer } from './infra/temporalDevServer';
import { startTableReader } from './imports/readTable';
import { createMailer } from './mail/mailer';
import { temporalConnectionOptions } from './workflowClient/connection';
import { ensureOverdueDigest } from './workflowClient/digestWorkflow';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const log = (line: string) => console.log(`[ciclo] ${line}`);
const stops: { name: string; stop: () => Promise<unknown> | unknown }[] = [];
/** How long the API's open requests and the worker's running activities get on Ctrl-C. */
const stopGraceMs = 10_000;
/** No part may take longer than this to stop; past it Ciclo goes on to the next one. */
const stepLimitMs = 45_000;
let pidFile: string | undefined;

async function main() {
  const config = loadConfig();
  // Ciclo stops the worker itself, in order, so the SDK must not react to Ctrl-C on its own.
  Runtime.install({ logger: new DefaultLogger('WARN'), shutdownSignals: [] });
  const dataDir = resolve(config.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const mailLinks = mailLinkKeys(config, dataDir);
  pidFile = join(dataDir, 'ciclo.pid');
  await stopLeftover({ pidFile, mark: 'start.ts', what: 'Ciclo', signals: [{ signal: 'SIGTERM', waitMs: 90_000 }], group: false, log });
  writePidFile(pidFile, process.pid);
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
    const server = await startTemporalDevServer({ cli, dbFile: join(dataDir, 'temporal.db'), port: config.TEMPORAL_DEV_PORT, uiPort: config.TEMPORAL_UI_PORT, log });
    stops.push({ name: 'Temporal', stop: server.stop });
    temporalAddress = server.address;
    temporalUiUrl = config.temporalUiUrl;
    log(`Temporal listo en ${temporalAddress}; interfaz web en ${config.temporalUiUrl}`);
  }

  let databaseUrl = config.DATABASE_URL;
  let ownerUrl = config.DATABASE_OWNER_URL ?? config.DATABASE_URL;
  if (!databaseUrl) {
    log('Iniciando PostgreSQL embebido...');
    const embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port: config.EMBEDDED_DB_PORT, log });
    stops.push({ name: 'PostgreSQL embebido', stop: embedded.stop });
    databaseUrl = embedded.appUrl;
    ownerUrl = embedded.url;
    log(`PostgreSQL embebido listo en 127.0.0.1:${config.EMBEDDED_DB_PORT} (datos en ${join(dataDir, 'postgres')})`);
    await movePgliteIntoServer({ pgliteDir: join(dataDir, 'pglite'), url: ownerUrl, migrationsDir: join(projectRoot, 'prisma', 'migrations'), log });
  }
  log('Aplicando migraciones...');
  await applyMigrations(ownerUrl!);
  const { appCanRewriteAudit } = await separateApplicationRole(ownerUrl!, databaseUrl);
  if (appCanRewriteAudit) {
    if (config.NODE_ENV === 'production') throw new ConfigError('El rol de DATABASE_URL puede modificar o borrar la auditoría: use un rol que no sea dueño de las tablas y migre con DATABASE_OWNER_URL');
    log('Aviso: la aplicación usa el rol dueño de las tablas, que podría reescribir la auditoría; en producción indique DATABASE_OWNER_URL y un DATABASE_URL con otro rol');
  }
  const db = createDatabase(databaseUrl, auditKey(config, dataDir));
  stops.push({ name: 'base de datos', stop: () => db.$disconnect() });
  // What Ciclo ships as data, in every run (production too): edits made later are kept.
  const added = await loadShippedCatalogues(db);
  if (added > 0) log(`${added} entradas de los clasificadores presupuestarios cargadas`);
  await seedCalendarTemplates(db);
  if (config.SEED_DEMO) {
    log('Cargando datos de demostración...');
    if (!(await seedDemo(db))) log('La base tiene cuentas de personas reales: no se agregan las cuentas ni los datos de demostración');
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
  stops.push({ name: 'conexiones de Temporal', stop: async () => { await clientConnection.close(); await workerConnection.close(); } });
  const worker = await startWorkerWithStages({
    connection: workerConnection,
    client: temporal,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    db,
    mailer,
    publicUrl: config.publicUrl,
    mailLinks,
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
    mailRedeliverySeconds: config.MAIL_REDELIVERY_SECONDS,
  });
  stops.push({ name: 'worker', stop: worker.stop });
  if (worker.stagesStarted > 0) log(`${worker.stagesStarted} flujo(s) de etapa iniciados`);
  // Always running: people's daily digests of their notices go out even with the coordinators' one off.
  if (await ensureOverdueDigest(temporal, config.TEMPORAL_TASK_QUEUE, { hour: config.OVERDUE_DIGEST_HOUR, utcOffset: config.OVERDUE_DIGEST_UTC_OFFSET, overdue: config.OVERDUE_DIGEST })) {
    log(`Resúmenes diarios a las ${config.OVERDUE_DIGEST_HOUR}:00 (${config.OVERDUE_DIGEST_UTC_OFFSET})${config.OVERDUE_DIGEST ? ', con el de atrasos para coordinadores' : ''}`);
  }

  const { server } = await serve(createApp(apiDepsFrom(config, { db, temporal, mailer, mailLinks, consoleDir, mailSink: sink, temporalUiUrl })), config.PORT);
  // The first budget file uploaded need not wait for its reader thread to start.
  startTableReader();
  stops.push({ name: 'API', stop: () => closeHttpServer(server, stopGraceMs, log) });
  log(`Ciclo listo en ${config.publicUrl} (API en ${config.publicUrl}/api). Ctrl-C para detener.`);
}

let stoppingSince: number | undefined;
async function stopAll(code: number) {
  if (stoppingSince !== undefined) {
    // One Ctrl-C arrives twice: from the terminal to the whole group, and relayed by tsx.
    if (Date.now() - stoppingSince < 2000) return;
    log('Segunda señal: se sale sin esperar; lo que siga en marcha se detiene en el próximo inicio.');
    process.exit(code || 130);
  }
  stoppingSince = Date.now();
  log('Deteniendo... (Ctrl-C otra vez para salir sin esperar)');
  for (const { name, stop } of stops.reverse()) {
    log(`Deteniendo ${name}...`);
    const step = Promise.resolve()
      .then(stop)
      .catch((err: unknown) => console.error(`[ciclo] Error al detener ${name}:`, err));
    if (!(await settlesWithin(step, stepLimitMs))) log(`${name} no se detuvo en ${stepLimitMs / 1000} s: se sigue sin esperarlo`);
  }
  if (pidFile) removePidFile(pidFile);
  log('Detenido.');
  process.exit(code);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
process.on('SIGHUP', () => void stopAll(0));
main().catch(async (err) => {
  const explained = [ConfigError, MissingToolError, EmbeddedDatabaseError, PgliteUpgradeError, PortTakenError].some((kind) => err instanceof kind);
  if (explained) console.error(`[ciclo] ${err.message}`);
  else console.error('[ciclo] No se pudo iniciar:', err);
  await stopAll(1);
});
