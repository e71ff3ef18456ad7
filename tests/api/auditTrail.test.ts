// The audit trail on a real database: written by the real activity (also 20 writers at once), it
// forms one chain signed with the audit key; the database refuses UPDATE, DELETE and TRUNCATE; the
// application's role cannot rewrite it at all; a row altered behind the triggers' back, rechained
// without the key, or a tail cut off (given the exported head) is named by the verifier and by
// `npm run audit:verify`. The embedded server of the default run has the same two roles.
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStageEventActivities, type StageEventInput } from '../../src/activities/stageEvents';
import { recordChange } from '../../src/audit/recordChange';
import { developmentAuditKey as key } from '../../src/config/env';
import { createDatabase, type Database } from '../../src/db/prisma';
import { describeAuditTrail, verifyAuditTrail } from '../../src/infra/auditTrail';
import { canRewriteAuditTrail, grantApplicationRole, separateApplicationRole } from '../../src/infra/databaseRoles';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/infra/embeddedPostgres';
import { applyMigrations } from '../../src/infra/migrate';
import { adminQuery } from '../../support/postgres';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';
import { freePort } from '../../support/processes';

const run = promisify(execFile);
const signatureMismatch = 'su contenido no coincide con su firma: el evento fue alterado, o la clave de auditoría no es la que lo firmó';

/** Runs `npm run audit:verify` as npm would, against the given database only. */
async function auditVerify(databaseUrl: string, ...args: string[]) {
  const { PATH, HOME } = process.env;
  return run(process.execPath, ['--import', 'tsx', 'scripts/auditVerify.ts', ...args], { env: { PATH, HOME, DATABASE_URL: databaseUrl, AUDIT_KEY: key } }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
}

async function sql(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Two stages of one institution's cycle, ready for audit lines. */
async function twoStages(db: Database): Promise<string[]> {
  const institution = await db.institution.create({ data: { code: 'AUD', name: 'Ministerio de Auditoría', kind: 'ministry' } });
  const cycle = await db.cycle.create({ data: { fiscalYear: 2031 } });
  const stages = await Promise.all(
    ['PEI', 'POA'].map((code) =>
      db.stage.create({ data: { cycleId: cycle.id, institutionId: institution.id, code, name: code, deadline: new Date('2031-06-30T23:59:59.000Z'), workflowId: `auditoria-${code}` } }),
    ),
  );
  return stages.map((stage) => stage.id);
}

function event(stageId: string, n: number): StageEventInput {
  return {
    stageId,
    eventKey: `auditoria-${stageId}-${n}`,
    action: n % 2 ? 'submitted' : 'returned',
    snapshot: { status: n % 2 ? 'submitted' : 'draft', version: n, overdue: false, reviewLevel: 0 },
    deadline: '2031-06-30T23:59:59.000Z',
    version: n,
    at: new Date(Date.UTC(2031, 2, 1, 9, 0, 0, n)).toISOString(),
    actor: { userId: `usuaria-${n}`, name: 'Ana "la jefa" Pérez', role: 'planner', institutionId: null },
    ...(n % 2 ? {} : { comment: `Faltan metas; revisión ${n}\ncon salto de línea`, reasonCode: 'incomplete' }),
  };
}

describe('PostgreSQL server: the audit trail is append-only and hash-chained', () => {
  let database: TestDatabase;
  let stageIds: string[];
  beforeAll(async () => {
    database = await createTestDatabase();
    stageIds = await twoStages(database.db);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('when the activity writes events, retried and 20 at once across stages, then they form one intact chain', async () => {
    const { recordStageEvent } = createStageEventActivities({ db: database.db });
    for (let n = 1; n <= 3; n++) await recordStageEvent(event(stageIds[0]!, n));
    await recordStageEvent(event(stageIds[0]!, 3));
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordStageEvent(event(stageIds[i % 2]!, 10 + i))));

    const rows = await database.db.auditEvent.findMany({ orderBy: { seq: 'asc' } });
    expect(rows.map((row) => row.seq)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(rows[0]!.prevHash).toBeNull();
    expect(await verifyAuditTrail(database.db, { key })).toMatchObject({ intact: true, count: 23, tip: { seq: 23, hash: rows[22]!.hash, keyed: true } });
    expect(rows.every((row) => row.keyed)).toBe(true);
    expect(await verifyAuditTrail(database.db, { key, batchSize: 5 })).toMatchObject({ intact: true, count: 23 });
    const script = await auditVerify(database.url);
    expect(script).toMatchObject({ code: 0, output: expect.stringContaining('Cadena de auditoría íntegra: 23 eventos') });
  });

  it('when a writer supplies its own seq and hashes, then the database replaces them', async () => {
    const stageId = stageIds[1]!;
    const row = await database.db.auditEvent.create({ data: { eventKey: 'auditoria-falsa', stageId, action: 'approved', version: 99, at: new Date(), seq: 1, prevHash: 'x', hash: 'y' } });
    expect(row).toMatchObject({ seq: 24, prevHash: expect.stringMatching(/^[0-9a-f]{64}$/), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await verifyAuditTrail(database.db, { key })).toMatchObject({ intact: true, count: 24 });
  });

  it('when anyone updates, deletes or truncates audit rows, or deletes their stage, then the database refuses', async () => {
    const refused = /La auditoría solo admite altas: (UPDATE|DELETE|TRUNCATE) rechazado/;
    await expect(sql(database.url, `UPDATE "AuditEvent" SET "comment" = 'otro' WHERE "seq" = 2`)).rejects.toThrow(refused);
    await expect(sql(database.url, `DELETE FROM "AuditEvent" WHERE "seq" = 24`)).rejects.toThrow(refused);
    await expect(sql(database.url, `TRUNCATE "AuditEvent" CASCADE`)).rejects.toThrow(refused);
    await expect(database.db.auditEvent.deleteMany({})).rejects.toThrow(/solo admite altas/);
    await expect(database.db.stage.delete({ where: { id: stageIds[0]! } })).rejects.toThrow();
    expect(await database.db.auditEvent.count()).toBe(24);
  });

  it('when a change to data is recorded between stage events, then it chains and verifies, and altering its changes is named', async () => {
    const actor = { userId: 'usuaria-9', name: 'Ana "la jefa" Pérez' };
    const changes = { before: { name: 'Kilómetros', amount: 1.5, tags: ['a', 'ñ'] }, after: { name: 'Kilómetros\nmantenidos', amount: 1_234_567.89, tags: [] } };
    await recordChange(database.db, { actor, entity: 'products', entityId: 'producto-1', institutionId: 'inst-1', action: 'updated', ...changes, comment: 'Corrección' });
    await recordChange(database.db, { actor, entity: 'imports', entityId: 'budget-lines', action: 'imported', summary: { kind: 'budget-lines', rows: 20000, linesCreated: 19990 } });
    const { recordStageEvent } = createStageEventActivities({ db: database.db });
    await recordStageEvent(event(stageIds[1]!, 40));
    const row = await database.db.auditEvent.findUniqueOrThrow({ where: { seq: 25 } });
    expect(row).toMatchObject({ stageId: null, entity: 'products', actorName: actor.name, changes: { before: { name: 'Kilómetros' }, after: { name: 'Kilómetros\nmantenidos' } } });
    expect(await verifyAuditTrail(database.db, { key, batchSize: 5 })).toMatchObject({ intact: true, count: 27 });

    const tamper = (changes: string) =>
      sql(
        database.url,
        `ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
         UPDATE "AuditEvent" SET "changes" = '${changes}'::jsonb WHERE "seq" = 25;
         ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";`,
      );
    const stored = (await database.db.$queryRaw<{ text: string }[]>`SELECT "changes"::text AS text FROM "AuditEvent" WHERE "seq" = 25`)[0]!.text;
    await tamper(stored.replace('1234567.89', '9234567.89'));
    expect(await verifyAuditTrail(database.db, { key })).toEqual({ intact: false, count: 24, broken: { id: row.id, seq: 25, reason: signatureMismatch } });
    const script = await auditVerify(database.url);
    expect(script.code).toBe(1);
    expect(script.output).toContain(`Cadena rota en el evento ${row.id} (n.º 25)`);
    // Put back as it was, the row verifies again: its hash covers the stored JSON, not its spelling in a query.
    await tamper(stored);
    expect(await verifyAuditTrail(database.db, { key })).toMatchObject({ intact: true, count: 27 });
  });

  it('when a superuser alters a row behind the triggers, then verification fails and names that row', async () => {
    const target = await database.db.auditEvent.findUniqueOrThrow({ where: { seq: 7 } });
    await sql(
      database.url,
      `ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
       UPDATE "AuditEvent" SET "comment" = 'Aprobado sin observaciones' WHERE "seq" = 7;
       ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";`,
    );
    const verdict = await verifyAuditTrail(database.db, { key, batchSize: 5 });
    expect(verdict).toEqual({ intact: false, count: 6, broken: { id: target.id, seq: 7, reason: signatureMismatch } });
    expect(describeAuditTrail(verdict)).toBe(`Cadena rota en el evento ${target.id} (n.º 7): ${signatureMismatch}. 6 eventos anteriores están íntegros.`);
    const script = await auditVerify(database.url);
    expect(script.code).toBe(1);
    expect(script.output).toContain(`Cadena rota en el evento ${target.id} (n.º 7)`);
  });
});

describe('PostgreSQL server: the application role cannot rewrite the trail, and what the owner rewrites without the key is seen', () => {
  let database: TestDatabase;
  let appUrl: string;
  const appRole = `ciclo_app_${process.pid}_${Date.now().toString(36)}`;
  beforeAll(async () => {
    database = await createTestDatabase();
    const stageIds = await twoStages(database.db);
    const { recordStageEvent } = createStageEventActivities({ db: database.db });
    for (let n = 1; n <= 10; n++) await recordStageEvent(event(stageIds[n % 2]!, n));
    await adminQuery(`CREATE ROLE ${appRole} LOGIN PASSWORD 'clave-de-prueba'`);
    await grantApplicationRole(database.url, appRole);
    const url = new URL(database.url);
    url.username = appRole;
    url.password = 'clave-de-prueba';
    appUrl = url.toString();
  });
  afterAll(async () => {
    await database?.drop();
    await adminQuery(`DROP ROLE IF EXISTS ${appRole}`);
  });

  it('when the application role writes and reads the trail, then it can; when it tries to rewrite it, every way is refused', async () => {
    const app = createDatabase(appUrl, key);
    try {
      await recordChange(app, { actor: { userId: 'u-1', name: 'Ana' }, entity: 'users', entityId: 'u-2', action: 'created', after: { name: 'Beatriz' } });
      expect(await app.auditEvent.count()).toBe(11);
      await expect(app.institution.create({ data: { code: 'ROL', name: 'Institución del rol', kind: 'ministry' } })).resolves.toMatchObject({ code: 'ROL' });
    } finally {
      await app.$disconnect();
    }
    const denied = /permission denied|must be owner/;
    await expect(sql(appUrl, `UPDATE "AuditEvent" SET "comment" = 'Aprobado sin observaciones' WHERE "seq" = 3`)).rejects.toThrow(denied);
    await expect(sql(appUrl, `DELETE FROM "AuditEvent" WHERE "seq" = 11`)).rejects.toThrow(denied);
    await expect(sql(appUrl, `TRUNCATE "AuditEvent"`)).rejects.toThrow(denied);
    await expect(sql(appUrl, `ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`)).rejects.toThrow(/must be owner/);
    await expect(sql(appUrl, `DROP TRIGGER "AuditEvent_chain" ON "AuditEvent"`)).rejects.toThrow(/must be owner/);
    await expect(sql(appUrl, `CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`)).rejects.toThrow(denied);
    expect(await canRewriteAuditTrail(appUrl)).toBe(false);
    expect(await canRewriteAuditTrail(database.url)).toBe(true);
    expect(await verifyAuditTrail(database.db, { key })).toMatchObject({ intact: true, count: 11 });
  });

  it('when a connection has no audit key, then it cannot add to the trail', async () => {
    await expect(
      sql(appUrl, `INSERT INTO "AuditEvent" ("id", "eventKey", "action", "version", "at") VALUES ('sin-clave', 'sin-clave', 'approved', 1, now())`),
    ).rejects.toThrow(/La auditoría se firma con una clave/);
    expect(await database.db.auditEvent.count()).toBe(11);
  });

  it('when the tail is cut behind the triggers, then only the exported head reveals it, and the script fails with it', async () => {
    const before = await verifyAuditTrail(database.db, { key });
    if (!before.intact || !('tip' in before)) throw new Error('cadena rota antes de cortar');
    const head = `${before.tip.seq}:${before.tip.hash}`;
    const printed = await auditVerify(database.url);
    expect(printed).toMatchObject({ code: 0, output: expect.stringContaining(`Cabeza: ${head}`) });
    expect(await auditVerify(database.url, '--cabeza', head)).toMatchObject({ code: 0 });

    await sql(
      database.url,
      `ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
       DELETE FROM "AuditEvent" WHERE "seq" > 8;
       ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";`,
    );
    expect(await verifyAuditTrail(database.db, { key })).toMatchObject({ intact: true, count: 8 });
    const verdict = await verifyAuditTrail(database.db, { key, expectedHead: before.tip as { seq: number; hash: string } });
    expect(verdict).toMatchObject({ intact: false, headMismatch: 'faltan eventos al final: el último es el n.º 8 y la cabeza exportada es el n.º 11' });
    const script = await auditVerify(database.url, '--cabeza', head);
    expect(script.code).toBe(1);
    expect(script.output).toContain('La cadena no contiene la cabeza exportada: faltan eventos al final');
    expect(await auditVerify(database.url, '--cabeza', 'la-ultima')).toMatchObject({ code: 2, output: expect.stringContaining('--cabeza debe tener la forma N:HASH') });

    // New rows written after the cut reach the old number again, but not the exported hash.
    const stage = await database.db.stage.findFirstOrThrow();
    const { recordStageEvent } = createStageEventActivities({ db: database.db });
    for (let n = 50; n < 54; n++) await recordStageEvent(event(stage.id, n));
    const rechained = await verifyAuditTrail(database.db, { key, expectedHead: before.tip as { seq: number; hash: string } });
    expect(rechained).toMatchObject({ intact: false, headMismatch: expect.stringContaining('el evento n.º 11 no es el de la cabeza exportada') });
  });

  it('when the owner rewrites a row and rechains the rest as plain sha256 or under another key, then the rewritten row is named', async () => {
    const target = await database.db.auditEvent.findUniqueOrThrow({ where: { seq: 5 } });
    // The trigger's own functions recompute the chain from row 5 on, as an owner without the key could.
    const rechain = (hashOf: string, keyed: boolean) =>
      sql(
        database.url,
        `ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
         UPDATE "AuditEvent" SET "comment" = 'Aprobado sin observaciones' WHERE "seq" = 5;
         DO $$ DECLARE e RECORD; prior TEXT; BEGIN
           SELECT "hash" INTO prior FROM "AuditEvent" WHERE "seq" = 4;
           FOR e IN SELECT "seq" FROM "AuditEvent" WHERE "seq" >= 5 ORDER BY "seq" LOOP
             UPDATE "AuditEvent" SET "prevHash" = NULL WHERE "seq" = e."seq";
             UPDATE "AuditEvent" AS a SET "prevHash" = prior, "keyed" = ${keyed} WHERE "seq" = e."seq";
             UPDATE "AuditEvent" AS a SET "hash" = ${hashOf} WHERE "seq" = e."seq" RETURNING "hash" INTO prior;
           END LOOP; END $$;
         ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";`,
      );
    await rechain('audit_event_hash(a)', false);
    expect(await verifyAuditTrail(database.db, { key })).toMatchObject({ intact: false, count: 4, broken: { id: target.id, seq: 5, reason: expect.stringContaining('no está firmado con la clave de auditoría') } });
    await rechain(`audit_hmac_sha256(convert_to('otra-clave-que-no-es-la-de-ciclo-de-32-caracteres', 'UTF8'), convert_to(audit_event_canonical(a), 'UTF8'))`, true);
    expect(await verifyAuditTrail(database.db, { key })).toMatchObject({ intact: false, count: 4, broken: { id: target.id, seq: 5, reason: signatureMismatch } });
    const script = await auditVerify(database.url);
    expect(script.code).toBe(1);
    expect(script.output).toContain(`Cadena rota en el evento ${target.id} (n.º 5)`);
  });
});

describe('embedded database: the application runs as its own role, which can only add to the trail', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ciclo-auditoria-'));
  let embedded: EmbeddedPostgres;
  let db: Database;
  beforeAll(async () => {
    chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port: await freePort() });
    await applyMigrations(embedded.url);
    expect(await separateApplicationRole(embedded.url, embedded.appUrl)).toEqual({ appCanRewriteAudit: false });
    db = createDatabase(embedded.appUrl, key);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when events are written at once, then the chain is intact and UPDATE is refused', async () => {
    const stageIds = await twoStages(db);
    const { recordStageEvent } = createStageEventActivities({ db });
    await Promise.all(Array.from({ length: 6 }, (_, i) => recordStageEvent(event(stageIds[i % 2]!, i + 1))));
    await recordChange(db, { actor: { userId: 'u-1', name: 'Ana' }, entity: 'users', entityId: 'u-2', action: 'created', after: { name: 'Beatriz', active: true } });
    expect(await verifyAuditTrail(db, { key })).toMatchObject({ intact: true, count: 7 });
    await expect(sql(embedded.url, `UPDATE "AuditEvent" SET "comment" = 'otro'`)).rejects.toThrow(/solo admite altas/);
    await expect(sql(embedded.appUrl, `UPDATE "AuditEvent" SET "comment" = 'otro'`)).rejects.toThrow(/permission denied/);
    await expect(sql(embedded.appUrl, `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
  });
});
