// `npm run audit:verify`: proves the audit trail's hash chain intact (exit 0) or names the first
// row that breaks it (exit 1), on the database `npm start` uses.
import { ConfigError, loadConfig } from '../src/config/env';
import { createDatabase } from '../src/db/prisma';
import { describeAuditTrail, verifyAuditTrail } from '../src/infra/auditTrail';
import { withDatabaseUrl } from '../src/infra/databaseBackup';
import { EmbeddedDatabaseError } from '../src/infra/embeddedPostgres';
import { databaseLocation } from './databaseLocation';

try {
  await withDatabaseUrl(databaseLocation(loadConfig()), async (url) => {
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
  });
} catch (error) {
  if (!(error instanceof ConfigError || error instanceof EmbeddedDatabaseError)) throw error;
  console.error(`[ciclo] ${error.message}`);
  process.exitCode = 1;
}
