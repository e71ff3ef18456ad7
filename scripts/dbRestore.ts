// `npm run db:restore -- archivo`: replaces the database's content with a backup's.
import { ConfigError, loadConfig } from '../src/config/env';
import { BackupError, restoreDatabase } from '../src/infra/databaseBackup';
import { EmbeddedDatabaseError } from '../src/infra/embeddedPostgres';
import { databaseLocation } from './databaseLocation';

try {
  const file = process.argv[2];
  if (!file) throw new BackupError('Indique el archivo de respaldo: npm run db:restore -- data/backups/ciclo-....dump');
  const location = databaseLocation(loadConfig());
  console.log(`[ciclo] Restaurando ${file} en la base ${location.kind === 'server' ? 'PostgreSQL (DATABASE_URL)' : `embebida (${location.dataDir})`}...`);
  await restoreDatabase(location, file);
  console.log(`[ciclo] Base restaurada desde ${file}`);
} catch (error) {
  if (!(error instanceof BackupError || error instanceof ConfigError || error instanceof EmbeddedDatabaseError)) throw error;
  console.error(`[ciclo] ${error.message}`);
  process.exitCode = 1;
}
