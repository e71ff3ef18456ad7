// Prepares what the integration tests share, once per run: the Temporal binaries from the cache
// (built or resolved the first time), one Temporal dev server, the workflow code bundled, a
// PostgreSQL server and a migrated template database. Each file then takes a namespace and a
// database of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../src/infra/migrate';
import { ensureTemporalCli } from '../src/infra/temporalCli';
import { startTemporalDevServer } from '../src/infra/temporalDevServer';
import { bundleWorkflowsInto } from '../src/worker/createWorker';
import { adminQuery, databaseUrl, ensurePostgres, templateNameFor } from '../support/postgres';
import { freePorts } from '../support/processes';
import { ensureTemporalTestServer } from '../support/temporalTestServer';

const log = (line: string) => console.log(`[pruebas] ${line}`);

interface RunServices {
  provided: {
    temporalCli: string;
    temporalTestServer: string;
    templateDatabase: string;
    temporalAddress: string;
    workflowBundlePath: string;
  };
  stop(): Promise<void>;
}

// The integration, browser and slow projects each run this setup; they share one set of services,
// stopped when the last project is done with it.
const shared = globalThis as { cicloRunServices?: Promise<RunServices>; cicloRunServicesUsers?: number };

export default async function setup(project: TestProject) {
  shared.cicloRunServicesUsers = (shared.cicloRunServicesUsers ?? 0) + 1;
  shared.cicloRunServices ??= startRunServices();
  const services = await shared.cicloRunServices;
  for (const [key, value] of Object.entries(services.provided)) project.provide(key as keyof RunServices['provided'], value);
  return async () => {
    shared.cicloRunServicesUsers! -= 1;
    if (shared.cicloRunServicesUsers === 0) await services.stop();
  };
}

async function startRunServices(): Promise<RunServices> {
  const temporalCli = ensureTemporalCli(process.env.TEMPORAL_CLI, log);
  const temporalTestServer = ensureTemporalTestServer(log);
  log(`Temporal real: servidor de desarrollo ${temporalCli}; servidor con salto de tiempo ${temporalTestServer}`);
  const runDir = mkdtempSync(join(tmpdir(), 'ciclo-pruebas-'));
  const [temporal, bundle] = await Promise.all([
    (async () => {
      const [port, uiPort] = (await freePorts(2)) as [number, number];
      return startTemporalDevServer({ cli: temporalCli, dbFile: join(runDir, 'temporal.db'), port, uiPort });
    })(),
    bundleWorkflowsInto(join(runDir, 'workflows.js')),
    ensurePostgres(log),
  ]);
  const workflowBundlePath = bundle.codePath;
  const templateDatabase = templateNameFor(String(process.pid));
  await adminQuery(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${templateDatabase}`);
  await applyMigrations(databaseUrl(templateDatabase));
  log(`Temporal en ${temporal.address}; PostgreSQL listo; base de plantilla migrada`);
  return {
    provided: { temporalCli, temporalTestServer, templateDatabase, temporalAddress: temporal.address, workflowBundlePath },
    async stop() {
      await adminQuery(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
      await temporal.stop();
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}
