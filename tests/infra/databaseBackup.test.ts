// `npm run db:backup` and `npm run db:restore`, run as the scripts they are, on a PostgreSQL
// server named by DATABASE_URL and on the embedded one: a round trip gives back exactly what was
// backed up.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedPostgresRunning, startEmbeddedPostgres, withEmbeddedPostgres } from '../../src/infra/embeddedPostgres';
import { applyMigrations } from '../../src/infra/migrate';
import { queryAt } from '../../support/postgres';
import { useTestDatabase } from '../support/testDatabase';
import { freePort } from '../../support/processes';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'ciclo-respaldo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `npm run db:<command> -- <file>` as npm would, with only the variables given. */
async function script(command: 'backup' | 'restore', file: string | undefined, env: Record<string, string>) {
  const path = `scripts/db${command === 'backup' ? 'Backup' : 'Restore'}.ts`;
  const args = ['--import', 'tsx', path, ...(file ? [file] : [])];
  const { PATH, HOME } = process.env;
  return run(process.execPath, args, { env: { PATH, HOME, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
}

/** Enough of the database to tell two states apart: every institution, user, stage and budget line. */
const fingerprint = (url: string) =>
  queryAt<{ rows: string }>(
    url,
    `SELECT concat_ws('|',
       (SELECT string_agg(code || ':' || name, ',' ORDER BY code) FROM "Institution"),
       (SELECT string_agg(email || ':' || "passwordHash", ',' ORDER BY email) FROM "User"),
       (SELECT string_agg(id || ':' || status || ':' || deadline, ',' ORDER BY id) FROM "Stage"),
       (SELECT count(*) || ':' || coalesce(sum(amount), 0) FROM "BudgetLine")) AS rows`,
  ).then((rows) => rows[0]!.rows);

describe('PostgreSQL server (DATABASE_URL): pg_dump and pg_restore', () => {
  const database = useTestDatabase(2028);

  it('when backed up, changed and restored, then the database is as it was backed up', async () => {
    const env = { DATABASE_URL: database.url };
    const before = await fingerprint(database.url);
    const file = join(work, 'servidor.dump');
    const backup = await script('backup', file, env);
    expect(backup).toMatchObject({ code: 0, output: expect.stringContaining(`Respaldo escrito en ${file}`) });

    await queryAt(database.url, `INSERT INTO "Institution" (id, code, name, kind) VALUES (gen_random_uuid(), 'NUEVA', 'Institución creada después del respaldo', 'ministry')`);
    await queryAt(database.url, `UPDATE "BudgetLine" SET amount = amount + 1`);
    expect(await fingerprint(database.url)).not.toBe(before);

    const restore = await script('restore', file, env);
    expect(restore).toMatchObject({ code: 0, output: expect.stringContaining('Base restaurada') });
    expect(await fingerprint(database.url)).toBe(before);
  });

  it('when the file is not a backup, then the restore says so and changes nothing', async () => {
    const env = { DATABASE_URL: database.url };
    const before = await fingerprint(database.url);
    const junk = join(work, 'no-es-respaldo.dump');
    writeFileSync(junk, 'esto no es un respaldo');
    const restore = await script('restore', junk, env);
    expect(restore).toMatchObject({ code: 1, output: expect.stringContaining('no es un respaldo de pg_dump') });
    expect(await script('restore', undefined, env)).toMatchObject({ code: 1, output: expect.stringContaining('Indique el archivo de respaldo') });
    expect(await fingerprint(database.url)).toBe(before);
  });
});

describe('embedded database: the same pg_dump and pg_restore, with the server started for them when Ciclo is stopped', () => {
  const dataDir = join(work, 'datos');
  let port: number;
  const location = () => ({ dataDir: join(dataDir, 'postgres'), port });
  const institutions = () => withEmbeddedPostgres(location(), async (url) => (await queryAt<{ code: string }>(url, `SELECT code FROM "Institution" ORDER BY code`)).map((r) => r.code));
  const addInstitution = (code: string) =>
    withEmbeddedPostgres(location(), (url) => queryAt(url, `INSERT INTO "Institution" (id, code, name, kind) VALUES (gen_random_uuid(), '${code}', 'Institución ${code}', 'ministry')`));

  beforeAll(async () => {
    port = await freePort();
    mkdirSync(dataDir, { recursive: true });
    chmodSync(work, 0o755);
    const embedded = await startEmbeddedPostgres(location());
    try {
      await applyMigrations(embedded.url);
    } finally {
      await embedded.stop();
    }
    await addInstitution('ANTES');
  });

  it('when backed up while stopped, changed and restored, then the database is as it was backed up', async () => {
    const env = { DATA_DIR: dataDir, EMBEDDED_DB_PORT: String(port) };
    const backup = await script('backup', undefined, env);
    expect(backup).toMatchObject({ code: 0, output: expect.stringMatching(/Respaldo escrito en .*backups\/ciclo-\d{8}T\d{6}Z\.dump/) });
    const file = /Respaldo escrito en (\S+)/.exec(backup.output)![1]!;
    expect(embeddedPostgresRunning(location().dataDir)).toBe(false);

    await addInstitution('DESPUES');
    expect(await institutions()).toEqual(['ANTES', 'DESPUES']);

    const restore = await script('restore', file, env);
    expect(restore).toMatchObject({ code: 0, output: expect.stringContaining('Base restaurada') });
    expect(await institutions()).toEqual(['ANTES']);
  });

  it('when Ciclo is serving the embedded database, then a backup is taken from it and a restore is refused, changing nothing', async () => {
    const env = { DATA_DIR: dataDir, EMBEDDED_DB_PORT: String(port) };
    const embedded = await startEmbeddedPostgres(location());
    try {
      const file = join(work, 'en-uso.dump');
      expect(await script('backup', file, env)).toMatchObject({ code: 0, output: expect.stringContaining(`Respaldo escrito en ${file}`) });
      await queryAt(embedded.url, `INSERT INTO "Institution" (id, code, name, kind) VALUES (gen_random_uuid(), 'EN_USO', 'Institución EN_USO', 'ministry')`);
      const restore = await script('restore', file, env);
      expect(restore).toMatchObject({ code: 1, output: expect.stringContaining('detenga Ciclo') });
      expect((await queryAt<{ code: string }>(embedded.url, `SELECT code FROM "Institution" ORDER BY code`)).map((r) => r.code)).toEqual(['ANTES', 'EN_USO']);
    } finally {
      await embedded.stop();
    }
    // The backup taken while serving holds what was there then.
    expect(await script('restore', join(work, 'en-uso.dump'), env)).toMatchObject({ code: 0 });
    expect(await institutions()).toEqual(['ANTES']);
  });
});
