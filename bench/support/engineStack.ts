// Ciclo's engine as `npm start` runs it, for the workflow benches: the Temporal dev server on a
// SQLite file (or the production server on PostgreSQL), a scratch PostgreSQL database with N
// institutions (people and plan content), the SMTP sink, the worker in a process of its own (so
// its memory is its own to measure; or several on the same task queue, as on several machines),
// and the API in this process on a free port, with the Temporal client the bare figures also use.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { createApp } from '../../src/api/app';
import { serve } from '../../src/compositionRoot';
import { developmentAuditKey, loadConfig } from '../../src/config/env';
import type { Database } from '../../src/db/prisma';
import { createMailer } from '../../src/mail/mailer';
import { startSmtpSink } from '../../src/infra/smtpSink';
import { ensureTemporalCli } from '../../src/infra/temporalCli';
import { startTemporalDevServer } from '../../src/infra/temporalDevServer';
import { openSessions, seedInstitutions } from '../../support/cycleInstitutions';
import { freePorts, nodeService, workerNodeFlags } from '../../support/processes';
import { processStat } from './processCpu';
import { ensureTemporalServer, postgresServerOf, setupTemporalSchema, startTemporalServer, temporalServerVersion } from '../../support/temporalServer';
import { adminQuery, benchServerUrl, createScratchDatabase } from './scratchDatabase';

export const engineFiscalYear = 2028;

/** The Temporal server a bench runs on. */
export type TemporalEngine = 'dev' | 'server';

export const engineNames: Record<TemporalEngine, string> = {
  dev: 'servidor de desarrollo (SQLite)',
  server: `servidor de Temporal ${temporalServerVersion} sobre PostgreSQL`,
};

export interface EngineOptions {
  engine?: TemporalEngine;
  /** Worker processes on the task queue (default 1). */
  workers?: number;
}

export interface EngineStack {
  baseUrl: string;
  temporalAddress: string;
  db: Database;
  /** The API's own Temporal client. */
  client: Client;
  taskQueue: string;
  institutionCodes: string[];
  tokenOf(role: string, institutionId: string): string;
  /** The first worker process's resident memory now and its peak so far (VmHWM), in MB. */
  workerMemory(): { rssMb: number; peakRssMb: number };
  /** Each worker process's CPU time so far (user and system), in seconds: how they shared the work. */
  workerCpuSeconds(): number[];
  /** The worker processes' ids (undefined while one is not running). */
  workerPids(): (number | undefined)[];
  /** The worker's log, kept after the run in test-artifacts/bench/. */
  workerLog: string;
  stop(): Promise<void>;
}

export async function startEngineStack(bench: string, institutions: number, log: (line: string) => void, options: EngineOptions = {}): Promise<EngineStack> {
  const stops: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch((err: unknown) => console.error(`[bench] ${bench}: al detener:`, err));
  };
  try {
    const runDir = mkdtempSync(join(tmpdir(), `ciclo-bench-${bench}-`));
    stops.push(async () => rmSync(runDir, { recursive: true, force: true }));
    const temporal = options.engine === 'server' ? await productionServer(bench, runDir, stops, log) : await devServer(runDir, log);
    stops.push(() => temporal.stop());
    const scratch = await createScratchDatabase(bench);
    stops.push(() => scratch.drop());
    const seeding = Date.now();
    const institutionCodes = await seedInstitutions(scratch.db, institutions, engineFiscalYear);
    const tokenOf = await openSessions(scratch.db);
    log(`${institutions} instituciones sembradas en ${Math.round((Date.now() - seeding) / 1000)} s`);
    const sink = await startSmtpSink({ port: 0 });
    stops.push(() => sink.stop());

    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: scratch.url,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: `ciclo-bench-${randomBytes(4).toString('hex')}`,
      SMTP_URL: sink.url,
      MAIL_FROM: 'Ciclo <ciclo@ciclo.test>',
      MAIL_LINK_SECRET: randomBytes(32).toString('hex'),
      AUDIT_KEY: developmentAuditKey,
      ...(process.env.WORKER_MAX_CACHED_WORKFLOWS ? { WORKER_MAX_CACHED_WORKFLOWS: process.env.WORKER_MAX_CACHED_WORKFLOWS } : {}),
    };
    // BENCH_WORKER_NODE_FLAGS tries the worker under other V8 limits, e.g. --max-old-space-size=384.
    const workerFlags = process.env.BENCH_WORKER_NODE_FLAGS?.split(' ').filter(Boolean) ?? workerNodeFlags;
    const logDir = join('test-artifacts', 'bench');
    mkdirSync(logDir, { recursive: true });
    const workers = Array.from({ length: options.workers ?? 1 }, (_, i) => {
      const logFile = join(logDir, `${bench}-worker${i ? `-${i + 1}` : ''}.log`);
      rmSync(logFile, { force: true });
      return { logFile, service: nodeService({ name: `worker ${i + 1}`, entry: 'src/worker/main.ts', env, readyLine: /Worker en la cola/, logFile, nodeFlags: workerFlags }) };
    });
    for (const { service } of workers) stops.push(() => service.stop());
    await Promise.all(workers.map(({ service }) => service.start()));

    const connection = await Connection.connect({ address: temporal.address });
    stops.push(() => connection.close());
    const client = new Client({ connection });
    const mailer = createMailer(sink.url, env.MAIL_FROM);
    stops.push(async () => mailer.close());
    const app = createApp({ db: scratch.db, temporal: client, mailer, taskQueue: env.TEMPORAL_TASK_QUEUE, sessionTtlHours: 24, mailLinks: loadConfig(env).mailLinks });
    const { server, baseUrl } = await serve(app, 0, '127.0.0.1');
    stops.push(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    return {
      baseUrl,
      temporalAddress: temporal.address,
      db: scratch.db,
      client,
      taskQueue: env.TEMPORAL_TASK_QUEUE,
      institutionCodes,
      tokenOf,
      workerMemory: () => processMemory(workers[0]!.service.pid),
      workerCpuSeconds: () => workers.map(({ service }) => processCpuSeconds(service.pid)),
      workerPids: () => workers.map(({ service }) => service.pid),
      workerLog: workers[0]!.logFile,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The dev server (SQLite) in the bench's folder, on two ports of its own. */
async function devServer(dir: string, log: (line: string) => void) {
  const [port, uiPort] = (await freePorts(2)) as [number, number];
  return startTemporalDevServer({ cli: ensureTemporalCli(process.env.TEMPORAL_CLI, log), dbFile: join(dir, 'temporal.db'), port, uiPort });
}

/** The production server on two scratch databases beside the bench's own, dropped at the end. */
async function productionServer(bench: string, dir: string, stops: (() => Promise<unknown>)[], log: (line: string) => void): Promise<{ address: string; stop(): Promise<void> }> {
  const options = { binaries: ensureTemporalServer(log), postgres: postgresServerOf(benchServerUrl), databasePrefix: `ciclo_bench_temporal_${bench.toLowerCase()}_${process.pid}`, dir, log };
  const databases = [options.databasePrefix, `${options.databasePrefix}_visibility`];
  const drop = async () => {
    for (const database of databases) await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  };
  await drop();
  stops.push(drop);
  setupTemporalSchema(options);
  return startTemporalServer(options);
}

function processCpuSeconds(pid: number | undefined): number {
  const stat = pid ? processStat(String(pid)) : undefined;
  if (!stat) throw new Error('el worker no está en marcha');
  return stat.cpuMs / 1000;
}

/** From /proc: VmRSS and VmHWM (the peak resident set) of a running process, in MB. */
function processMemory(pid: number | undefined): { rssMb: number; peakRssMb: number } {
  if (!pid) throw new Error('el worker no está en marcha');
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakRssMb: Math.round(kb('VmHWM') / 1024) };
}
