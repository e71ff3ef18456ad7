// Moves the data of the earlier embedded database (PGlite, DATA_DIR/pglite) into the PostgreSQL
// server, once, on the first start after the upgrade. The server's schema is built from the same
// migration files PGlite had applied, every row is copied as it is (the audit chain's hashes and
// sequence numbers included, with triggers held off), all in one transaction; then the remaining
// migrations apply as usual. The PGlite folder is kept, renamed, until someone deletes it.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

export class PgliteUpgradeError extends Error {}

/** What PGlite answers a query with (the part used here). */
interface PgliteLike {
  query<T>(sql: string): Promise<{ rows: T[] }>;
  close(): Promise<void>;
}

/** Prisma's own bookkeeping table, created as `prisma migrate deploy` creates it. */
const migrationsTable = `CREATE TABLE "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

const batchRows = 2000;

/** The folder the PGlite data is renamed to once it has been moved. */
export const movedPgliteDir = (pgliteDir: string) => `${pgliteDir}.trasladada`;

/**
 * Copies `pgliteDir` into the empty database at `url` and renames the folder; returns the number
 * of rows copied, or undefined when there is no PGlite folder. Refuses when the server already
 * holds Ciclo's tables: that is somebody's data, and the choice is theirs.
 */
export async function movePgliteIntoServer(opts: { pgliteDir: string; url: string; migrationsDir: string; log: (line: string) => void }): Promise<number | undefined> {
  if (!existsSync(join(opts.pgliteDir, 'PG_VERSION'))) return undefined;
  const target = new pg.Client({ connectionString: opts.url });
  await target.connect();
  try {
    const existing = await target.query(`SELECT to_regclass('public."_prisma_migrations"') IS NOT NULL AS migrated`);
    if (existing.rows[0].migrated) {
      throw new PgliteUpgradeError(
        `Hay datos de la versión anterior en ${opts.pgliteDir} y la base PostgreSQL ya tiene datos de Ciclo. ` +
          `Para quedarse con la base actual, aparte la carpeta: mv ${opts.pgliteDir} ${movedPgliteDir(opts.pgliteDir)}`,
      );
    }
    opts.log(`Trasladando los datos de la base anterior (PGlite, ${opts.pgliteDir}) a PostgreSQL (solo esta vez)...`);
    const source = await openPglite(opts.pgliteDir);
    let copied: number;
    try {
      copied = await copyAll(source, target, opts.migrationsDir);
    } finally {
      await source.close();
    }
    renameSync(opts.pgliteDir, movedPgliteDir(opts.pgliteDir));
    opts.log(`${copied} filas trasladadas; la carpeta anterior quedó en ${movedPgliteDir(opts.pgliteDir)} (puede borrarla)`);
    return copied;
  } finally {
    await target.end();
  }
}

async function openPglite(dir: string): Promise<PgliteLike> {
  const { PGlite } = await import('@electric-sql/pglite');
  try {
    return (await PGlite.create(dir)) as PgliteLike;
  } catch (error) {
    throw new PgliteUpgradeError(`No se pudo abrir la base anterior en ${dir} (¿sigue en uso por otra ejecución de Ciclo?): ${(error as Error).message}`);
  }
}

async function copyAll(source: PgliteLike, target: pg.Client, migrationsDir: string): Promise<number> {
  const applied = await source.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  const tables = await source.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  // Without Prisma's table the schema can only hold an interrupted move's leftovers: start afresh.
  await target.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  // Each migration in its own transaction, as Prisma runs them (an enum value added in one is used in the next).
  for (const { migration_name: name } of applied.rows) {
    const file = join(migrationsDir, name, 'migration.sql');
    if (!existsSync(file)) throw new PgliteUpgradeError(`La base anterior tiene la migración ${name}, que esta versión de Ciclo no conoce`);
    await target.query(readFileSync(file, 'utf8'));
  }
  await target.query('BEGIN');
  try {
    // Rows go in as they were: no trigger recomputes the audit chain or refuses the copy.
    await target.query('SET LOCAL session_replication_role = replica');
    let copied = 0;
    for (const { name } of tables.rows) {
      if (name === '_prisma_migrations') await target.query(migrationsTable);
      copied += await copyTable(source, target, name);
    }
    await copySequences(source, target);
    await target.query('COMMIT');
    return copied;
  } catch (error) {
    await target.query('ROLLBACK');
    if (error instanceof PgliteUpgradeError) throw error;
    throw new PgliteUpgradeError(`No se pudieron trasladar los datos de la base anterior; no se escribió nada: ${(error as Error).message}`);
  }
}

/** JSON carries every column's exact text (timestamps to the microsecond, numerics to the digit). */
async function copyTable(source: PgliteLike, target: pg.Client, table: string): Promise<number> {
  const quoted = `"${table.replaceAll('"', '""')}"`;
  let copied = 0;
  for (;;) {
    const batch = await source.query<{ rows: string; count: number }>(
      `SELECT coalesce(json_agg(t), '[]')::text AS rows, count(*)::int AS count FROM (SELECT * FROM ${quoted} ORDER BY ctid LIMIT ${batchRows} OFFSET ${copied}) t`,
    );
    const { rows, count } = batch.rows[0]!;
    if (count === 0) break;
    await target.query(`INSERT INTO ${quoted} SELECT * FROM json_populate_recordset(NULL::${quoted}, $1::json)`, [rows]);
    const written = await target.query(`SELECT count(*)::int AS n FROM ${quoted}`);
    copied += count;
    if (written.rows[0].n !== copied) throw new PgliteUpgradeError(`La tabla ${table} no quedó completa (${written.rows[0].n} de ${copied} filas)`);
    if (count < batchRows) break;
  }
  return copied;
}

async function copySequences(source: PgliteLike, target: pg.Client): Promise<void> {
  const sequences = await source.query<{ name: string; value: string }>(
    `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL`,
  );
  for (const { name, value } of sequences.rows) await target.query(`SELECT setval($1, $2::bigint)`, [`public."${name.replaceAll('"', '""')}"`, value]);
}
