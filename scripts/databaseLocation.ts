// Which database the backup scripts act on: the same one `npm start` would use.
import { join, resolve } from 'node:path';
import type { Config } from '../src/config/env';
import type { DatabaseLocation } from '../src/infra/databaseBackup';

export function databaseLocation(config: Config): DatabaseLocation {
  return config.DATABASE_URL
    ? { kind: 'server', url: config.DATABASE_URL }
    : { kind: 'embedded', dataDir: join(resolve(config.DATA_DIR), 'postgres'), port: config.EMBEDDED_DB_PORT };
}

export const backupsDir = (config: Config) => join(resolve(config.DATA_DIR), 'backups');
