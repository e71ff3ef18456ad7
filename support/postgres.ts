// A real PostgreSQL server for the tests, the fuzzing and the benches: TEST_DATABASE_URL, else
// the local Debian cluster, started (and given the password the tests use) when this runs as root.
import { execFileSync, spawnSync } from 'node:child_process';
import pg from 'pg';

export const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres:postgres@127.0.0.1:5432/postgres';
/** Each run migrates its own template, so runs on one machine (a developer's and CI's) never clash. */
export function templateNameFor(runId: string): string {
  return `ciclo_test_template_${runId}`;
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function canConnect(): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Reaches the server, starting the local cluster if it is installed but down. */
export async function ensurePostgres(log: (line: string) => void): Promise<void> {
  if (await canConnect()) return;
  const isRoot = process.getuid?.() === 0;
  const clusters = spawnSync('pg_lsclusters', ['--no-header']);
  if (!process.env.TEST_DATABASE_URL && isRoot && clusters.status === 0) {
    const [version, name] = clusters.stdout.toString().trim().split(/\s+/);
    if (version && name) {
      log(`Iniciando PostgreSQL ${version}/${name} para las pruebas...`);
      spawnSync('pg_ctlcluster', [version, name, 'start'], { stdio: 'inherit' });
      execFileSync('su', ['postgres', '-c', `psql -q -c "ALTER USER postgres PASSWORD 'postgres'"`]);
      if (await canConnect()) return;
    }
  }
  throw new Error(
    `Las pruebas necesitan PostgreSQL en ${serverUrl.replace(/:[^:@/]+@/, ':***@')}. ` +
      'Instálelo (apt-get install -y postgresql) y ejecute npm test como root, o indique TEST_DATABASE_URL.',
  );
}

/** One query on its own connection to the database at `url`: its rows. */
export async function queryAt<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
