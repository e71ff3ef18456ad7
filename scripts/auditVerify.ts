// `npm run audit:verify`: proves the audit trail's hash chain intact (exit 0) or names the first
// row that breaks it (exit 1), on the database `npm start` uses.
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { ConfigError, loadConfig } from '../src/config/env';
import { createDatabase } from '../src/db/prisma';
import { describeAuditTrail, verifyAuditTrail } from '../src/infra/auditTrail';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/infra/embeddedPostgres';
import { databaseLocation } from './databaseLocation';

/** Whether `npm start` is serving the embedded database on its port right now. */
const served = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

let embedded: EmbeddedPostgres | undefined;
try {
  const location = databaseLocation(loadConfig());
  let url: string;
  if (location.kind === 'server') url = location.url;
  else if (await served(location.port)) url = `postgresql://postgres:postgres@127.0.0.1:${location.port}/postgres?sslmode=disable`;
  else if (!existsSync(location.dataDir)) throw new ConfigError(`No hay base embebida en ${location.dataDir}: inicie Ciclo una vez (npm start) o indique DATABASE_URL`);
  else url = (embedded = await startEmbeddedPostgres(location)).url;
  const db = createDatabase(url);
  try {
    const verdict = await verifyAuditTrail(db);
    const summary = describeAuditTrail(verdict);
    if (verdict.intact) console.log(`[ciclo] ${summary}`);
    else console.error(`[ciclo] ${summary}`);
    process.exitCode = verdict.intact ? 0 : 1;
  } finally {
    await db.$disconnect();
  }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`[ciclo] ${error.message}`);
  process.exitCode = 1;
} finally {
  await embedded?.stop();
}
