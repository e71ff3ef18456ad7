// Which database the scripts act on: the same one `npm start` would use, reached as the role that
// owns its tables (DATABASE_OWNER_URL when given), since they migrate, back up and restore.
import { join, resolve } from 'node:path';
import type { Config } from '../src/config/env';
import type { DatabaseLocation } from '../src/infra/databaseBackup';

export function databaseLocation(config: Config): DatabaseLocation {
  const url = config.DATABASE_OWNER_URL ?? config.DATABASE_URL;
  return url
    ? { kind: 'server', url }
    : { kind: 'embedded', dataDir: join(resolve(config.DATA_DIR), 'postgres'), port: config.EMBEDDED_DB_PORT };
}

export const backupsDir = (config: Config) => join(resolve(config.DATA_DIR), 'backups');
