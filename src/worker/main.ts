// `npm run worker`: one more worker on another machine, against the shared Temporal cluster,
// PostgreSQL and SMTP relay named by the environment. Runs until Ctrl-C.
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { ConfigError, loadConfig } from '../config/env';
import { createDatabase } from '../db/prisma';
import { createMailer } from '../mail/mailer';
import { temporalConnectionOptions } from '../workflowClient/connection';
import { createWorker } from './createWorker';
import { startMailRedelivery } from './mailRedelivery';

async function main() {
  const config = loadConfig();
  // Processes apart share the mail-link and audit keys only if they are given: none is made up for them.
  const missing = (['TEMPORAL_ADDRESS', 'DATABASE_URL', 'SMTP_URL', 'MAIL_LINK_SECRET', 'AUDIT_KEY'] as const).filter((name) => !config[name]);
  if (missing.length > 0) throw new ConfigError(`Un worker aparte necesita servicios compartidos; faltan: ${missing.join(', ')}`);
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const db = createDatabase(config.DATABASE_URL!, config.auditKey);
  const mailer = createMailer(config.SMTP_URL!, config.MAIL_FROM);
  const connection = await NativeConnection.connect(temporalConnectionOptions(config, config.TEMPORAL_ADDRESS!));
  const worker = await createWorker({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    deps: { db, mailer, publicUrl: config.publicUrl, mailLinks: config.mailLinks },
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
  });
  console.log(`[ciclo] Worker en la cola ${config.TEMPORAL_TASK_QUEUE} de ${config.TEMPORAL_ADDRESS}/${config.TEMPORAL_NAMESPACE}`);
  const redelivery = startMailRedelivery(db, mailer, config.MAIL_REDELIVERY_SECONDS);
  // The SDK's default shutdown signals end run() gracefully on Ctrl-C.
  await worker.run();
  await redelivery.stop();
  await connection.close();
  mailer.close();
  await db.$disconnect();
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? `[ciclo] ${err.message}` : err);
  process.exit(1);
});
