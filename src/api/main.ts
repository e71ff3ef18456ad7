// The API alone (`node --import tsx src/api/main.ts`): one more API process against the shared
// Temporal cluster, PostgreSQL and SMTP relay named by the environment, next to separate workers.
// Runs until Ctrl-C; the console is served when it has been built.
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { ConfigError, loadConfig } from '../config/env';
import { createDatabase } from '../db/prisma';
import { startTableReader } from '../imports/readTable';
import { createMailer } from '../mail/mailer';
import { temporalConnectionOptions } from '../workflowClient/connection';
import { apiDepsFrom, serve } from '../compositionRoot';
import { createApp } from './app';

async function main() {
  const config = loadConfig();
  // Processes apart share the mail-link and audit keys only if they are given: none is made up for them.
  const missing = (['TEMPORAL_ADDRESS', 'DATABASE_URL', 'SMTP_URL', 'MAIL_LINK_SECRET', 'AUDIT_KEY'] as const).filter((name) => !config[name]);
  if (missing.length > 0) throw new ConfigError(`Una API aparte necesita servicios compartidos; faltan: ${missing.join(', ')}`);
  const db = createDatabase(config.DATABASE_URL!, config.auditKey);
  const mailer = createMailer(config.SMTP_URL!, config.MAIL_FROM);
  const connection = await Connection.connect(temporalConnectionOptions(config, config.TEMPORAL_ADDRESS!));
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const consoleDir = fileURLToPath(new URL('../../admin/dist', import.meta.url));
  const temporalUiUrl = config.TEMPORAL_UI_URL ? config.temporalUiUrl : undefined;
  const { server } = await serve(createApp(apiDepsFrom(config, { db, temporal, mailer, mailLinks: config.mailLinks, consoleDir, temporalUiUrl })), config.PORT);
  // The first budget file uploaded need not wait for its reader thread to start.
  startTableReader();
  console.log(`[ciclo] API en ${config.publicUrl}/api, cola ${config.TEMPORAL_TASK_QUEUE} de ${config.TEMPORAL_ADDRESS}/${config.TEMPORAL_NAMESPACE}`);
  const stop = () => {
    server.close(() => {
      void connection.close().finally(() => {
        mailer.close();
        void db.$disconnect().finally(() => process.exit(0));
      });
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? `[ciclo] ${err.message}` : err);
  process.exit(1);
});
