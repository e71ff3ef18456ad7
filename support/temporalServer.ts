// The production Temporal server (go.temporal.io/server), built once into the cache with its SQL
// schema tool, and run on PostgreSQL persistence: the engine a ministry runs, beside the CLI's dev
// server (SQLite) that npm start and most tests use. The chaos test and the engine benches run on
// it too (CHAOS_TEMPORAL=server, bench/support/engineStack.ts).
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { cacheBinDir } from '../src/infra/temporalCli';
import { stopChild } from '../src/infra/temporalDevServer';
import { waitFor } from '../src/infra/waitFor';
import { freePorts } from './processes';

export const temporalServerVersion = 'v1.32.2';
/** v1.32.2 needs Go >= 1.26.10; the module proxy serves this toolchain (see ../shared/PLATFORM.md). */
const goToolchain = 'go1.27.3';
const home = join(dirname(cacheBinDir), `temporal-server-${temporalServerVersion}`);

export interface TemporalServerBinaries {
  server: string;
  sqlTool: string;
  /** The module's PostgreSQL schema (schema/postgresql/v12), copied beside the binaries. */
  schemaDir: string;
}

/** Builds the server and its schema tool into the cache the first time (about 5 minutes). */
export function ensureTemporalServer(log: (line: string) => void = console.log): TemporalServerBinaries {
  const binaries = { server: join(home, 'bin', 'server'), sqlTool: join(home, 'bin', 'sql'), schemaDir: join(home, 'schema') };
  if (existsSync(binaries.server) && existsSync(binaries.sqlTool) && existsSync(binaries.schemaDir)) return binaries;
  if (spawnSync('go', ['version']).status !== 0) {
    throw new Error(`Falta Go: el servidor de Temporal (go.temporal.io/server@${temporalServerVersion}) se compila una vez en ${home}`);
  }
  log(`Compilando go.temporal.io/server@${temporalServerVersion} en ${home} (solo la primera vez, unos 5 minutos)...`);
  const env = { ...process.env, GOTOOLCHAIN: goToolchain, GOBIN: join(home, 'bin') };
  for (const command of ['server', 'tools/sql']) {
    execFileSync('go', ['install', `go.temporal.io/server/cmd/${command}@${temporalServerVersion}`], { env, stdio: 'inherit' });
  }
  const modules = execFileSync('go', ['env', 'GOMODCACHE'], { env }).toString().trim();
  cpSync(join(modules, `go.temporal.io/server@${temporalServerVersion}`, 'schema', 'postgresql', 'v12'), binaries.schemaDir, { recursive: true });
  return binaries;
}

export interface PostgresServer {
  host: string;
  port: number;
  user: string;
  password: string;
}

/** Reads host, port, user and password from a postgresql:// URL. */
export function postgresServerOf(url: string): PostgresServer {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port || 5432), user: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
}

/** The frontend's port (the one clients use) and the server's inner ones. */
export interface TemporalServerPorts {
  frontend: number;
  frontendHttp: number;
  history: number;
  matching: number;
  worker: number;
  /** frontend, history, matching, worker */
  membership: [number, number, number, number];
}

export async function freeTemporalServerPorts(): Promise<TemporalServerPorts> {
  // The membership table keeps its ports in a smallint: the OS's ephemeral ports (32768 and up) do not fit.
  const membershipPort = async () => {
    for (;;) {
      const port = 20_000 + Math.floor(Math.random() * 12_000);
      if (await isFree(port)) return port;
    }
  };
  const [frontend, frontendHttp, history, matching, worker] = (await freePorts(5)) as [number, number, number, number, number];
  const membership: number[] = [];
  while (membership.length < 4) {
    const port = await membershipPort();
    if (!membership.includes(port)) membership.push(port);
  }
  return { frontend, frontendHttp, history, matching, worker, membership: membership as TemporalServerPorts['membership'] };
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export interface TemporalServer {
  address: string;
  pid: number;
  /** A restart after a crash takes the same ones: the membership rows in PostgreSQL name them. */
  ports: TemporalServerPorts;
  stop(): Promise<void>;
}

export interface TemporalServerOptions {
  binaries: TemporalServerBinaries;
  postgres: PostgresServer;
  /** Names the two databases: `<prefix>` (history) and `<prefix>_visibility`. */
  databasePrefix: string;
  /** Where its configuration and log go. */
  dir: string;
  log?: (line: string) => void;
}

/**
 * Creates the two databases and brings their schema up to the server's version with its own SQL
 * tool; an existing database is only updated, so a restart keeps every workflow.
 */
export function setupTemporalSchema(opts: TemporalServerOptions): void {
  const { postgres } = opts;
  const env = { ...process.env, SQL_PLUGIN: 'postgres12', SQL_HOST: postgres.host, SQL_PORT: String(postgres.port), SQL_USER: postgres.user, SQL_PASSWORD: postgres.password };
  for (const [database, schema] of [[opts.databasePrefix, 'temporal'], [`${opts.databasePrefix}_visibility`, 'visibility']] as const) {
    const sql = (...args: string[]) => spawnSync(opts.binaries.sqlTool, ['--db', database, ...args], { env, encoding: 'utf8' });
    const created = sql('create');
    if (created.status === 0) {
      const setup = sql('setup-schema', '-v', '0.0');
      if (setup.status !== 0) throw new Error(`esquema de ${database}: ${setup.stderr}`);
    } else if (!/already exists/.test(created.stderr + created.stdout)) {
      throw new Error(`no se pudo crear ${database}: ${created.stderr}`);
    }
    const update = sql('update-schema', '-d', join(opts.binaries.schemaDir, schema, 'versioned'));
    if (update.status !== 0) throw new Error(`esquema de ${database}: ${update.stderr}`);
  }
}

/** Starts the server on its databases (set up first by setupTemporalSchema) and waits for the `default` namespace. */
export async function startTemporalServer(opts: TemporalServerOptions & { ports?: TemporalServerPorts }): Promise<TemporalServer> {
  const ports = opts.ports ?? (await freeTemporalServerPorts());
  const configDir = join(opts.dir, 'config');
  mkdirSync(join(configDir, 'dynamicconfig'), { recursive: true });
  // Ciclo's approvals are Updates: on by default in this version, said here so a cluster's own file keeps them on.
  writeFileSync(join(configDir, 'dynamicconfig', 'ciclo.yaml'), 'frontend.enableUpdateWorkflowExecution:\n  - value: true\n');
  writeFileSync(join(configDir, 'development.yaml'), serverConfig(opts, ports, join(configDir, 'dynamicconfig', 'ciclo.yaml')));
  const logFd = openSync(join(opts.dir, 'server.log'), 'a');
  // Its own process group, as the dev server: a test kills it -9 and starts it again.
  const child: ChildProcess = spawn(opts.binaries.server, ['--root', opts.dir, '--config', 'config', '--env', 'development', '--allow-no-auth', 'start'], { stdio: ['ignore', logFd, logFd], detached: true });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const address = `127.0.0.1:${ports.frontend}`;
  await waitFor('Temporal (servidor de producción)', async () => {
    if (child.exitCode !== null) throw new Error(`el servidor de Temporal terminó (código ${child.exitCode}); vea ${join(opts.dir, 'server.log')}`);
    const connection = await Connection.connect({ address, connectTimeout: 1000 });
    try {
      await ensureDefaultNamespace(connection);
    } finally {
      await connection.close();
    }
  }, 120_000, () => child.exitCode !== null);
  opts.log?.(`servidor de Temporal ${temporalServerVersion} en ${address} sobre PostgreSQL (${opts.databasePrefix})`);
  return {
    address,
    pid: child.pid!,
    ports,
    stop: () => stopChild(child, exited, 15_000),
  };
}

/** Describes `default`, registering it the first time; throws until it can be described, so waitFor polls again. */
async function ensureDefaultNamespace(connection: Connection): Promise<void> {
  try {
    await connection.workflowService.describeNamespace({ namespace: 'default' });
  } catch {
    // A year's retention after a workflow closes, as a ministry would keep its audit in Temporal too.
    await connection.workflowService.registerNamespace({ namespace: 'default', workflowExecutionRetentionPeriod: msToTs('365 days') }).catch(() => undefined);
    throw new Error('espacio de nombres default recién creado');
  }
}

function serverConfig(opts: TemporalServerOptions, ports: TemporalServerPorts, dynamicConfig: string): string {
  const q = JSON.stringify;
  const store = (database: string, maxConns: number) => `      sql:
        pluginName: "postgres12"
        databaseName: ${q(database)}
        connectAddr: ${q(`${opts.postgres.host}:${opts.postgres.port}`)}
        connectProtocol: "tcp"
        user: ${q(opts.postgres.user)}
        password: ${q(opts.postgres.password)}
        maxConns: ${maxConns}
        maxIdleConns: ${maxConns}
        maxConnLifetime: "1h"`;
  const service = (grpcPort: number, membershipPort: number, extra = '') => `    rpc:
      grpcPort: ${grpcPort}
      membershipPort: ${membershipPort}
      bindOnLocalHost: true${extra}`;
  const [frontendMembership, historyMembership, matchingMembership, workerMembership] = ports.membership;
  return `log:
  stdout: true
  level: warn
persistence:
  defaultStore: postgres-default
  visibilityStore: postgres-visibility
  numHistoryShards: 4
  datastores:
    postgres-default:
${store(opts.databasePrefix, 20)}
    postgres-visibility:
${store(`${opts.databasePrefix}_visibility`, 4)}
global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: "127.0.0.1"
services:
  frontend:
${service(ports.frontend, frontendMembership, `\n      httpPort: ${ports.frontendHttp}`)}
  history:
${service(ports.history, historyMembership)}
  matching:
${service(ports.matching, matchingMembership)}
  worker:
${service(ports.worker, workerMembership)}
clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: "active"
  currentClusterName: "active"
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: "frontend"
      rpcAddress: ${q(`127.0.0.1:${ports.frontend}`)}
dcRedirectionPolicy:
  policy: "noop"
dynamicConfigClient:
  filepath: ${q(dynamicConfig)}
  pollInterval: "10s"
`;
}
