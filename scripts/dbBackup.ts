// `npm run db:backup [-- archivo]`: a backup of the database `npm start` uses.
import { ConfigError, loadConfig } from '../src/config/env';
import { backupDatabase, BackupError, defaultBackupFile } from '../src/infra/databaseBackup';
import { EmbeddedDatabaseError } from '../src/infra/embeddedPostgres';
import { backupsDir, databaseLocation } from './databaseLocation';

try {
  const config = loadConfig();
  const location = databaseLocation(config);
  const file = process.argv[2] ?? defaultBackupFile(backupsDir(config));
  console.log(`[ciclo] Respaldando la base ${location.kind === 'server' ? 'PostgreSQL (DATABASE_URL)' : `embebida (${location.dataDir})`}...`);
  const { bytes } = await backupDatabase(location, file);
  console.log(`[ciclo] Respaldo escrito en ${file} (${(bytes / 1024).toFixed(0)} KiB)`);
} catch (error) {
  if (!(error instanceof BackupError || error instanceof ConfigError || error instanceof EmbeddedDatabaseError)) throw error;
  console.error(`[ciclo] ${error.message}`);
  process.exitCode = 1;
}
