// Prepares what the tests need, once: the Temporal binaries from the cache (built or resolved
// the first time), a PostgreSQL server, and a migrated template database.
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../src/infra/migrate';
import { ensureTemporalCli } from '../src/infra/temporalCli';
import { adminQuery, databaseUrl, ensurePostgres, templateNameFor } from '../support/postgres';
import { ensureTemporalTestServer } from '../support/temporalTestServer';

const log = (line: string) => console.log(`[pruebas] ${line}`);

export default async function setup(project: TestProject) {
  const temporalCli = ensureTemporalCli(process.env.TEMPORAL_CLI, log);
  const temporalTestServer = ensureTemporalTestServer(log);
  log(`Temporal real: servidor de desarrollo ${temporalCli}; servidor con salto de tiempo ${temporalTestServer}`);
  await ensurePostgres(log);
  const templateName = templateNameFor(String(process.pid));
  await adminQuery(`DROP DATABASE IF EXISTS ${templateName} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${templateName}`);
  await applyMigrations(databaseUrl(templateName));
  log('PostgreSQL listo; base de plantilla migrada');
  project.provide('temporalCli', temporalCli);
  project.provide('temporalTestServer', temporalTestServer);
  project.provide('templateDatabase', templateName);
  return async () => {
    await adminQuery(`DROP DATABASE IF EXISTS ${templateName} WITH (FORCE)`);
  };
}
