// What the database scripts share: the database `npm start` uses (DATABASE_URL, or the embedded
// server, started for the script when Ciclo is not running), a Prisma client on it, and a
// Spanish one-line message with exit 1 for a bad configuration instead of a stack trace.
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../src/config/env';
import { auditKey } from '../src/config/localSecret';
import { createDatabase, type Database } from '../src/db/prisma';
import { withDatabaseUrl } from '../src/infra/databaseBackup';
import { EmbeddedDatabaseError } from '../src/infra/embeddedPostgres';
import { databaseLocation } from './databaseLocation';

export async function runOnDatabase(work: (db: Database, url: string, key: string) => Promise<void>): Promise<void> {
  try {
    const config = loadConfig();
    await withDatabaseUrl(databaseLocation(config), async (url) => {
      const key = auditKey(config, resolve(config.DATA_DIR));
      const db = createDatabase(url, key);
      try {
        await work(db, url, key);
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
