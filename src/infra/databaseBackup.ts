// Backups of Ciclo's database with pg_dump and pg_restore, for a PostgreSQL server (DATABASE_URL)
// and for the embedded one alike: the embedded server is PostgreSQL 15, so Debian 12's client
// tools read it; it is started for the backup when `npm start` is not running.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { embeddedPostgresRunning, withEmbeddedPostgres } from './embeddedPostgres';

const run = promisify(execFile);

export class BackupError extends Error {}

/** Where the database lives: a server Ciclo reaches by URL, or the embedded cluster's folder. */
export type DatabaseLocation = { kind: 'server'; url: string } | { kind: 'embedded'; dataDir: string; port: number };

export interface BackupResult {
  file: string;
  bytes: number;
}

/** The file a backup goes to when none is named: data/backups/ciclo-20270615T120000Z.dump. */
export function defaultBackupFile(backupsDir: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return join(backupsDir, `ciclo-${stamp}.dump`);
}

/** Runs `work` with the URL of the database, starting the embedded server for it if needed. */
export function withDatabaseUrl<T>(location: DatabaseLocation, work: (url: string) => Promise<T>): Promise<T> {
  return location.kind === 'server' ? work(location.url) : withEmbeddedPostgres(location, work);
}

/** A consistent copy, taken while Ciclo runs or not. */
export async function backupDatabase(location: DatabaseLocation, file: string): Promise<BackupResult> {
  mkdirSync(dirname(file), { recursive: true });
  await withDatabaseUrl(location, (url) => tool('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, withoutPrismaParameters(url)]));
  return { file, bytes: readFileSync(file).byteLength };
}

/**
 * Replaces the database's content with the backup's, in one transaction: nothing changes when
 * the file is not a backup or the restore fails. The embedded database is restored only while
 * Ciclo is stopped, so no running worker writes beside the restore.
 */
export async function restoreDatabase(location: DatabaseLocation, file: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`No existe el archivo de respaldo ${file}`);
  await tool('pg_restore', ['--list', file]).catch(() => {
    throw new BackupError(`${file} no es un respaldo de pg_dump (formato custom)`);
  });
  if (location.kind === 'embedded' && embeddedPostgresRunning(location.dataDir)) {
    throw new BackupError('La base embebida está en uso: detenga Ciclo (npm start) antes de restaurar');
  }
  await withDatabaseUrl(location, (url) =>
    tool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', `--dbname=${withoutPrismaParameters(url)}`, file]),
  );
}

async function tool(name: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  try {
    await run(name, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') throw new BackupError(`Falta ${name}: instale el cliente de PostgreSQL (apt install postgresql-client)`);
    throw new BackupError(`${name} falló: ${(failure.stderr ?? failure.message).trim()}`);
  }
}

/** libpq refuses the parameters only Prisma understands (connection_limit, schema...). */
function withoutPrismaParameters(url: string): string {
  const parsed = new URL(url);
  for (const name of ['connection_limit', 'pool_timeout', 'schema', 'pgbouncer', 'statement_cache_size', 'socket_timeout']) parsed.searchParams.delete(name);
  return parsed.toString();
}
