// Nothing lost for a user of the earlier version: a PGlite folder left by it (a cycle, a stage
// approved with its comment, an edited product, audit events; made by that version's
// `npm start`, tests/fixtures/pglite) moves into the embedded PostgreSQL server on the first
// start, every table whole, the audit chain intact and still growing from where it was.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentAuditKey } from '../../src/config/env';
import { createDatabase } from '../../src/db/prisma';
import { verifyAuditTrail } from '../../src/infra/auditTrail';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/infra/embeddedPostgres';
import { applyMigrations } from '../../src/infra/migrate';
import { movedPgliteDir, movePgliteIntoServer, PgliteUpgradeError } from '../../src/infra/pgliteUpgrade';
import { queryAt } from '../../support/postgres';
import { freePort, projectRoot } from '../../support/processes';

const fixture = join(projectRoot, 'tests/fixtures/pglite/ciclo-pglite-2026-12.tar.gz');
const migrationsDir = join(projectRoot, 'prisma/migrations');
const work = mkdtempSync(join(tmpdir(), 'ciclo-pglite-'));
chmodSync(work, 0o755);
const pgliteDir = join(work, 'pglite');
let server: EmbeddedPostgres;
const log: string[] = [];

/** What the earlier version stored, as PGlite itself reads it: rows per table, and the rows the user would look for. */
type Picture = Record<string, unknown>;
const pictureSql = {
  tables: `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  cycles: `SELECT jurisdiction, "fiscalYear", phase FROM "Cycle" ORDER BY jurisdiction, "fiscalYear"`,
  stages: `SELECT s.status, s."lastComment", i.code FROM "Stage" s JOIN "Institution" i ON i.id = s."institutionId" ORDER BY i.code, s.code`,
  product: `SELECT name FROM "Product" WHERE name LIKE '%editado%'`,
  audit: `SELECT seq, action, "prevHash", hash FROM "AuditEvent" ORDER BY seq`,
};

async function pictureOf(run: (sql: string) => Promise<Record<string, unknown>[]>): Promise<Picture> {
  const picture: Picture = {};
  for (const [key, sql] of Object.entries(pictureSql)) picture[key] = await run(sql);
  for (const { name } of picture.tables as { name: string }[]) picture[`rows:${name}`] = (await run(`SELECT count(*)::int AS n FROM "${name}"`))[0]!.n;
  return picture;
}

const serverQuery = (sql: string) => queryAt<Record<string, unknown>>(server.url, sql);

let before: Picture;

beforeAll(async () => {
  mkdirSync(pgliteDir);
  const old = await PGlite.create(pgliteDir, { loadDataDir: new Blob([readFileSync(fixture)]) });
  before = await pictureOf(async (sql) => (await old.query<Record<string, unknown>>(sql)).rows);
  await old.close();
  server = await startEmbeddedPostgres({ dataDir: join(work, 'postgres'), port: await freePort() });
});

afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('moving the earlier PGlite folder into PostgreSQL', () => {
  it('when the fixture is what the earlier version left, then it holds a cycle, an approval, content and audit events', () => {
    expect(before.cycles).toContainEqual({ jurisdiction: 'GT', fiscalYear: 2028, phase: 'planning' });
    expect(before.stages).toContainEqual({ code: 'MAGA', status: 'approved', lastComment: 'Aprobado antes de la migración' });
    expect(before.product).toEqual([{ name: 'Producto editado antes de la migración a PostgreSQL' }]);
    expect((before.audit as unknown[]).length).toBeGreaterThan(0);
  });

  it('when Ciclo first starts on the new server, then every row is there, the audit chain is intact and it grows from its last row', async () => {
    const copied = await movePgliteIntoServer({ pgliteDir, url: server.url, migrationsDir, log: (line) => log.push(line) });
    expect(copied).toBeGreaterThan(500);
    expect(log.join('\n')).toContain(`${copied} filas trasladadas`);
    expect(existsSync(pgliteDir)).toBe(false);
    expect(existsSync(movedPgliteDir(pgliteDir))).toBe(true);
    // Start-up then applies the migrations as usual: those newer than the PGlite version go on top.
    await applyMigrations(server.url);
    const { 'rows:_prisma_migrations': migrationsAfter, ...after } = await pictureOf(serverQuery);
    const { 'rows:_prisma_migrations': migrationsBefore, ...expected } = before;
    // Tables of migrations newer than the fixture are there, empty; the rest is exactly as before.
    const earlier = new Set((expected.tables as { name: string }[]).map((t) => t.name));
    const added = (after.tables as { name: string }[]).map((t) => t.name).filter((name) => !earlier.has(name));
    for (const name of added) {
      expect(after[`rows:${name}`], name).toBe(0);
      delete after[`rows:${name}`];
    }
    after.tables = (after.tables as { name: string }[]).filter((t) => earlier.has(t.name));
    expect(after).toEqual(expected);
    expect(migrationsAfter).toBeGreaterThanOrEqual(migrationsBefore as number);

    const db = createDatabase(server.url, developmentAuditKey);
    try {
      const verdict = await verifyAuditTrail(db, { key: developmentAuditKey });
      expect(verdict).toMatchObject({ intact: true, count: (before.audit as unknown[]).length });
      const stage = await db.stage.findFirstOrThrow({ where: { status: 'approved' } });
      await db.auditEvent.create({ data: { eventKey: `tras-el-traslado-${Date.now()}`, stageId: stage.id, action: 'commented', version: 1, at: new Date() } });
      expect(await verifyAuditTrail(db, { key: developmentAuditKey })).toMatchObject({ intact: true, count: (before.audit as unknown[]).length + 1 });
      // The audit triggers are back on: the application still cannot rewrite a row.
      await expect(db.$executeRawUnsafe(`UPDATE "AuditEvent" SET comment = 'reescrito'`)).rejects.toThrow();
    } finally {
      await db.$disconnect();
    }
  });

  it('when it starts again, then there is nothing to move', async () => {
    expect(await movePgliteIntoServer({ pgliteDir, url: server.url, migrationsDir, log: () => undefined })).toBeUndefined();
  });

  it('when a PGlite folder turns up beside a server that already has data, then start-up stops with the command that sets it aside', async () => {
    mkdirSync(pgliteDir);
    const other = await PGlite.create(pgliteDir, { loadDataDir: new Blob([readFileSync(fixture)]) });
    await other.close();
    const attempt = movePgliteIntoServer({ pgliteDir, url: server.url, migrationsDir, log: () => undefined });
    await expect(attempt).rejects.toBeInstanceOf(PgliteUpgradeError);
    await expect(attempt).rejects.toThrow(`mv ${pgliteDir} ${movedPgliteDir(pgliteDir)}`);
    expect(await pictureOf(serverQuery)).toMatchObject({ product: before.product });
  });
});
