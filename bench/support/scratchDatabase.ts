// A throw-away PostgreSQL database for one bench: created on the local server (BENCH_DATABASE_URL,
// else TEST_DATABASE_URL, else postgres:postgres on 127.0.0.1:5432), migrated, and dropped after.
import pg from 'pg';
import { developmentAuditKey } from '../../src/config/env';
import { createDatabase, type Database } from '../../src/db/prisma';
import { applyMigrations } from '../../src/infra/migrate';

export const benchServerUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://postgres:postgres@127.0.0.1:5432/postgres';

export interface ScratchDatabase {
  name: string;
  url: string;
  db: Database;
  drop(): Promise<void>;
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: benchServerUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `Los benchmarks necesitan PostgreSQL en ${benchServerUrl.replace(/:[^:@/]+@/, ':***@')} (pg_ctlcluster 15 main start, o BENCH_DATABASE_URL): ${(error as Error).message}`,
    );
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** `ciclo_bench_<bench>_<pid>`, migrated; `drop()` disconnects and removes it. */
export async function createScratchDatabase(bench: string): Promise<ScratchDatabase> {
  const name = `ciclo_bench_${bench.toLowerCase()}_${process.pid}`;
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(benchServerUrl);
  url.pathname = `/${name}`;
  const db = createDatabase(url.toString(), developmentAuditKey);
  const drop = async () => {
    await db.$disconnect();
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  try {
    await applyMigrations(url.toString());
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, url: url.toString(), db, drop };
}
