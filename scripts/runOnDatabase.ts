// What the database scripts share: the database `npm start` uses (DATABASE_URL, or the embedded
// server, started for the script when Ciclo is not running), a Prisma client on it, and a
// Spanish one-line message with exit 1 for a bad configuration instead of a stack trace.
import { ConfigError, loadConfig } from '../src/config/env';
import { createDatabase, type Database } from '../src/db/prisma';
import { withDatabaseUrl } from '../src/infra/databaseBackup';
import { EmbeddedDatabaseError } from '../src/infra/embeddedPostgres';
import { databaseLocation } from './databaseLocation';

export async function runOnDatabase(work: (db: Database, url: string) => Promise<void>): Promise<void> {
  try {
    await withDatabaseUrl(databaseLocation(loadConfig()), async (url) => {
      const db = createDatabase(url);
      try {
        await work(db, url);
      } finally {
        await db.$disconnect();
      }
    });
  } catch (error) {
    if (!(error instanceof ConfigError || error instanceof EmbeddedDatabaseError)) throw error;
    console.error(`[ciclo] ${error.message}`);
    process.exitCode = 1;
  }
}
