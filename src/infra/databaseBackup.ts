// Backups of Ciclo's database: pg_dump and pg_restore for a PostgreSQL server (DATABASE_URL),
// a copy of the data folder for the embedded one (PGlite runs PostgreSQL 18, newer than the
// machine's pg_dump, and only one process may open its folder).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';

const run = promisify(execFile);

export class BackupError extends Error {}

/** Where the database lives: a server Ciclo reaches by URL, or the embedded folder. */
export type DatabaseLocation = { kind: 'server'; url: string } | { kind: 'embedded'; dataDir: string; port: number };

export interface BackupResult {
  file: string;
  bytes: number;
}

/** The file a backup goes to when none is named: data/backups/ciclo-20270615T120000Z.<ext>. */
export function defaultBackupFile(backupsDir: string, location: DatabaseLocation, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return join(backupsDir, `ciclo-${stamp}.${location.kind === 'server' ? 'dump' : 'tar.gz'}`);
}

export async function backupDatabase(location: DatabaseLocation, file: string): Promise<BackupResult> {
  mkdirSync(dirname(file), { recursive: true });
  if (location.kind === 'server') {
    await tool('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, withoutPrismaParameters(location.url)]);
  } else {
    await refuseWhileServed(location);
    const db = await openEmbedded(location.dataDir);
    try {
      writeFileSync(file, Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer()));
    } finally {
      await db.close();
    }
  }
  return { file, bytes: readFileSync(file).byteLength };
}

/**
 * Replaces the database's content with the backup's. Nothing changes when the file is not a
 * backup: the server restore runs in one transaction; the embedded one is loaded and checked
 * in a new folder first, and the old folder is kept beside it.
 */
export async function restoreDatabase(location: DatabaseLocation, file: string): Promise<{ keptAside?: string }> {
  if (!existsSync(file)) throw new BackupError(`No existe el archivo de respaldo ${file}`);
  if (location.kind === 'server') {
    await tool('pg_restore', ['--list', file]).catch(() => {
      throw new BackupError(`${file} no es un respaldo de pg_dump (formato custom)`);
    });
    await tool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', `--dbname=${withoutPrismaParameters(location.url)}`, file]);
    return {};
  }
  await refuseWhileServed(location);
  const incoming = `${location.dataDir}.restaurando`;
  rmSync(incoming, { recursive: true, force: true });
  try {
    const db = await PGlite.create(incoming, { loadDataDir: new Blob([readFileSync(file)]) });
    try {
      await db.query('SELECT count(*) FROM "_prisma_migrations"');
    } finally {
      await db.close();
    }
  } catch (error) {
    rmSync(incoming, { recursive: true, force: true });
    throw new BackupError(`${basename(file)} no es un respaldo de la base embebida de Ciclo (${(error as Error).message})`);
  }
  const keptAside = existsSync(location.dataDir) ? `${location.dataDir}.antes-de-restaurar-${Date.now()}` : undefined;
  if (keptAside) renameSync(location.dataDir, keptAside);
  renameSync(incoming, location.dataDir);
  return { keptAside };
}

async function openEmbedded(dataDir: string): Promise<PGlite> {
  if (!existsSync(dataDir)) throw new BackupError(`No hay base embebida en ${dataDir}: inicie Ciclo una vez (npm start) o indique DATABASE_URL`);
  return PGlite.create(dataDir);
}

/** The embedded folder is PGlite's alone while `npm start` serves it. */
async function refuseWhileServed(location: Extract<DatabaseLocation, { kind: 'embedded' }>): Promise<void> {
  const served = await new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: location.port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
  if (served) throw new BackupError(`La base embebida está en uso (puerto ${location.port}): detenga Ciclo (npm start) antes de respaldar o restaurar`);
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
