// Crashes without loss (issue 6): a compressed-calendar cycle for 10 institutions (50 in CI's
// own step), driven through the API, while the worker is killed -9 five times, the Temporal dev
// server once (started again on the same SQLite file and port) and the API once. With
// CHAOS_TEMPORAL=server (a CI step of its own) the engine is the production Temporal server on
// PostgreSQL, killed -9 and started again on the same databases. Every cycle must
// complete, every approval be applied exactly once, and every mail reach the SMTP sink exactly once.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Client, Connection } from '@temporalio/client';
import { developmentAuditKey } from '../../src/config/env';
import { guatemalaTemplate } from '../../src/domain/calendar/templates/guatemala';
import { calendarNow, realMsUntil, type CalendarClock } from '../../src/domain/calendarClock';
import { requestUpdateId } from '../../src/workflows/workflowIds';
import { startSmtpSink, type SmtpSink } from '../../src/infra/smtpSink';
import { startTemporalDevServer, type DevServer } from '../../src/infra/temporalDevServer';
import { ApiCycleDriver } from '../../support/apiDriver';
import { openSessions, seedInstitutions, stagesInCycle } from '../../support/cycleInstitutions';
import { eventually } from '../support/eventually';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';
import { adminQuery, serverUrl } from '../../support/postgres';
import { ensureTemporalServer, freeTemporalServerPorts, postgresServerOf, setupTemporalSchema, startTemporalServer, temporalServerVersion, type TemporalServer } from '../../support/temporalServer';
import { freePort, freePorts, nodeService, pause, waitForExit, workerNodeFlags, type NodeService } from '../../support/processes';

const fiscalYear = 2028;
const calendarStart = '2027-01-01T00:00:00-06:00';
// Inside npm test, 10 institutions on a year of about 2.6 minutes: the same kills and checks.
// CI runs it again in a step of its own at full size (.ci/run: 50 institutions, a year of about
// 9 minutes). Smaller runs while working on it: CHAOS_INSTITUTIONS=5 CHAOS_WORKER_KILLS=1 ...
const institutionCount = Number(process.env.CHAOS_INSTITUTIONS ?? 10);
const timeScale = Number(process.env.CHAOS_TIME_SCALE ?? 200_000);
const workerKills = Number(process.env.CHAOS_WORKER_KILLS ?? 5);
const temporalKills = Number(process.env.CHAOS_TEMPORAL_KILLS ?? 1);
const apiKills = Number(process.env.CHAOS_API_KILLS ?? 1);
const concurrency = 10;
const onProductionServer = process.env.CHAOS_TEMPORAL === 'server';
const engine = onProductionServer ? `el servidor de Temporal ${temporalServerVersion} sobre PostgreSQL` : 'el servidor de desarrollo de Temporal (SQLite)';
/** Six stages per institution and the coordinators' five. */
const expectedStages = stagesInCycle(guatemalaTemplate, institutionCount);

/** Each crash falls on a busy day of the calendar: a wave of stages has just opened. */
const crashPlan: { at: string; target: 'worker' | 'api' | 'temporal' }[] = [
  ...['2027-02-01T12:00:00-06:00', '2027-03-01T12:00:00-06:00', '2027-05-02T12:00:00-06:00', '2027-07-16T12:00:00-06:00', '2027-12-01T12:00:00-06:00']
    .slice(0, workerKills)
    .map((at) => ({ at, target: 'worker' as const })),
  ...(apiKills ? [{ at: '2027-02-20T12:00:00-06:00', target: 'api' as const }] : []),
  ...(temporalKills ? [{ at: '2027-06-01T12:00:00-06:00', target: 'temporal' as const }] : []),
].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

const log = (line: string) => console.log(`[caos] ${line}`);
const runDir = join('test-artifacts', 'chaos', new Date().toISOString().replace(/[:.]/g, '-'));
const cleanups: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((err: unknown) => console.error('[caos] limpieza:', err));
});

describe('crashes without loss', () => {
  it(`when the worker, Temporal (${onProductionServer ? 'production server on PostgreSQL' : 'dev server'}) and the API are killed -9 during a cycle of ${institutionCount} institutions, then every cycle completes and no approval or mail is lost or doubled`, async () => {
    const startedAt = Date.now();
    mkdirSync(runDir, { recursive: true });
    log(`${institutionCount} instituciones, escala ${timeScale}; registros en ${runDir}`);

    // Temporal (on a SQLite file, or the production server on PostgreSQL), PostgreSQL, the SMTP sink (counting in this process).
    const temporalDir = mkdtempSync(join(tmpdir(), 'ciclo-caos-'));
    cleanups.push(async () => rmSync(temporalDir, { recursive: true, force: true }));
    const startTemporal = onProductionServer ? await productionServer(temporalDir) : await devServer(temporalDir);
    let temporal: DevServer | TemporalServer = await startTemporal();
    log(`motor: ${engine} en ${temporal.address}`);
    cleanups.push(() => temporal.stop());
    const database: TestDatabase = await createTestDatabase();
    cleanups.push(() => database.drop());
    const db = database.db;
    const codes = await seedInstitutions(db, institutionCount, fiscalYear);
    const tokenOf = await openSessions(db);
    const sink: SmtpSink = await startSmtpSink({ port: 0 });
    cleanups.push(() => sink.stop());
    log(`servicios y datos listos en ${Math.round((Date.now() - startedAt) / 1000)} s`);

    // The worker and the API, each its own process.
    const apiPort = await freePort();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: `ciclo-caos-${randomBytes(4).toString('hex')}`,
      SMTP_URL: sink.url,
      MAIL_FROM: 'Ciclo <ciclo@ciclo.test>',
      MAIL_LINK_SECRET: randomBytes(32).toString('hex'),
      // The key this file's own client signs with, so the trail stays one verifiable chain.
      AUDIT_KEY: developmentAuditKey,
      PORT: String(apiPort),
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      LOGIN_IP_MAX_PER_MINUTE: '10000',
      // A mail left undelivered by an attempt that never comes back is sent again this soon.
      MAIL_REDELIVERY_SECONDS: '10',
    };
    const worker: NodeService = nodeService({ name: 'worker', entry: 'src/worker/main.ts', env, readyLine: /Worker en la cola/, logFile: join(runDir, 'worker.log'), nodeFlags: workerNodeFlags });
    const api: NodeService = nodeService({ name: 'API', entry: 'src/api/main.ts', env, readyLine: /API en /, logFile: join(runDir, 'api.log') });
    cleanups.push(() => worker.stop(), () => api.stop());
    await Promise.all([worker.start(), api.start()]);

    // The cycle, started through the API by a coordinator.
    const driver = new ApiCycleDriver(`http://127.0.0.1:${apiPort}`, tokenOf);
    const minfin = await db.institution.findUniqueOrThrow({ where: { code: 'MINFIN' } });
    const started = await fetch(`http://127.0.0.1:${apiPort}/api/cycles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokenOf('coordinator', minfin.id)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ fiscalYear, templateCode: 'GT-ANUAL', institutionCodes: codes, timeScale, calendarStart }),
    });
    expect(started.status).toBe(201);
    const cycleId = ((await started.json()) as { id: string }).id;
    const cycleRow = await db.cycle.findUniqueOrThrow({ where: { id: cycleId } });
    const clock: CalendarClock = { scale: cycleRow.clockScale, realEpoch: cycleRow.clockRealEpoch!.toISOString(), calendarEpoch: cycleRow.clockCalendarEpoch!.toISOString() };
    log(`ciclo ${cycleId} iniciado en ${Math.round((Date.now() - startedAt) / 1000)} s`);

    // Crashes on schedule, while the driver carries every stage to approval.
    const crashes = { worker: 0, api: 0, temporal: 0 };
    const crashAll = async () => {
      for (const crash of crashPlan) {
        await pause(realMsUntil(clock, crash.at, Date.now()));
        const downAt = Date.now();
        if (crash.target === 'worker') {
          await worker.kill9();
          await pause(2000);
          await worker.start();
        } else if (crash.target === 'api') {
          await api.kill9();
          await pause(2000);
          await api.start();
        } else {
          process.kill(temporal.pid, 'SIGKILL');
          await waitForExit(temporal.pid);
          await pause(2000);
          temporal = await startTemporal();
        }
        crashes[crash.target] += 1;
        log(`kill -9 ${crash.target} el ${crash.at.slice(0, 10)} del calendario; de vuelta en ${((Date.now() - downAt) / 1000).toFixed(1)} s`);
      }
    };
    const admin = tokenOf('admin', '');
    await Promise.all([crashAll(), driver.drive(cycleId, admin, expectedStages, concurrency, (approved) => log(`${approved}/${expectedStages} etapas aprobadas; calendario en ${calendarNow(clock, Date.now()).slice(0, 10)}`))]);
    log(`todas las etapas aprobadas a los ${Math.round((Date.now() - startedAt) / 1000)} s; peticiones ${JSON.stringify(driver.stats)}`);
    await pause(0);
    for (const until = Date.now() + 300_000; (await db.cycle.findUniqueOrThrow({ where: { id: cycleId } })).status !== 'completed'; ) {
      if (Date.now() > until) throw new Error('el ciclo de gobierno no terminó en 5 minutos tras la última aprobación');
      await pause(500);
    }

    // Every cycle completed, in the database and in Temporal.
    const connection = await Connection.connect({ address: temporal.address });
    cleanups.push(() => connection.close());
    const client = new Client({ connection });
    const members = await db.institutionCycle.findMany({ where: { cycleId } });
    expect(members.filter((m) => m.status === 'completed')).toHaveLength(institutionCount);
    // The row is marked completed by the workflow's last activity, a moment before the workflow itself ends.
    for (const workflowId of [cycleRow.workflowId!, ...members.map((m) => m.workflowId)]) {
      const status = await eventually(async () => {
        const { name } = (await client.workflow.getHandle(workflowId).describe()).status;
        expect(name, workflowId).not.toBe('RUNNING');
        return name;
      }, 60_000);
      expect(status, workflowId).toBe('COMPLETED');
    }

    // Each stage approved once: one 'approved' line, and in its history the approvals the driver sent, each accepted once.
    const stages = await db.stage.findMany({ where: { cycleId }, include: { auditEvents: true } });
    expect(stages).toHaveLength(expectedStages);
    let approvalsLost = 0;
    let approvalsDoubled = 0;
    for (const stage of stages) {
      // The driver's requestIds, as the Update ids the API makes of them.
      const intended = (driver.approvals.get(stage.id) ?? []).map((id) => requestUpdateId('approve', id)!);
      const chain = stage.approvalChain as unknown[];
      const history = await client.workflow.getHandle(stage.workflowId).fetchHistory();
      const accepted = (history.events ?? []).flatMap((e) => (e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest ? [e.workflowExecutionUpdateAcceptedEventAttributes.acceptedRequest] : []));
      const approveIds = accepted.filter((r) => r.input?.name === 'approve').map((r) => r.meta?.updateId ?? '');
      const count = (action: string) => stage.auditEvents.filter((e) => e.action === action).length;
      approvalsLost += intended.filter((id) => !approveIds.includes(id)).length + Math.max(0, chain.length - intended.length);
      approvalsDoubled += approveIds.length - new Set(approveIds).size + approveIds.filter((id) => !intended.includes(id)).length + Math.max(0, count('approved') - 1);
      expect({ stage: `${stage.code} ${stage.institutionId}`, status: stage.status, approved: count('approved'), levels: count('level_approved'), submitted: count('submitted'), accepted: approveIds.length }).toEqual({
        stage: `${stage.code} ${stage.institutionId}`,
        status: 'approved',
        approved: 1,
        levels: chain.length - 1,
        submitted: 1,
        accepted: chain.length,
      });
    }

    // Each mail Ciclo claimed arrived once, and every notification has its mail. A mail whose
    // attempt died at a kill and was never retried goes with the worker's redelivery: waited for.
    await eventually(async () => expect(await db.sentEmail.findMany({ where: { deliveredAt: null }, select: { idempotencyKey: true, failures: true, lastError: true } })).toEqual([]), 60_000);
    const sent = await db.sentEmail.findMany();
    const arrivals = new Map<string, number>();
    for (const mail of sink.messages) arrivals.set(mail.idempotencyKey ?? '(sin clave)', (arrivals.get(mail.idempotencyKey ?? '(sin clave)') ?? 0) + 1);
    const mailsLost = sent.filter((row) => !arrivals.has(row.idempotencyKey)).length;
    const mailsDoubled = sent.reduce((sum, row) => sum + Math.max(0, (arrivals.get(row.idempotencyKey) ?? 0) - 1), 0);
    const sentByKey = new Map(sent.map((row) => [row.idempotencyKey, row]));
    const unclaimed = sink.messages.filter((m) => !sentByKey.has(m.idempotencyKey ?? '')).length;
    const notifications = await db.notification.findMany({ include: { user: true } });
    const withoutMail = notifications.filter((n) => {
      const row = [n.mailKey, `${n.mailKey}:en`, `${n.mailKey}:to:${n.userId}`].map((key) => sentByKey.get(key)).find(Boolean);
      return !row || !row.recipients.split(', ').includes(n.user.email);
    });
    const eventKeys = new Set(notifications.map((n) => n.mailKey));
    const eventsWithoutMail = stages.flatMap((s) => s.auditEvents).filter((e) => !eventKeys.has(e.eventKey));

    const seconds = Math.round((Date.now() - startedAt) / 1000);
    console.log(
      `[medida] caos sobre ${engine}: ${institutionCount} instituciones, ${stages.filter((s) => s.status === 'approved').length} etapas aprobadas, ${crashes.worker} caídas del worker, ${crashes.temporal} de Temporal, ${crashes.api} de la API; ` +
        `aprobaciones perdidas ${approvalsLost}, duplicadas ${approvalsDoubled}; correos perdidos ${mailsLost}, reenviados tras una caída ${mailsDoubled}; duración ${seconds} s`,
    );
    log(`${sent.length} correos reclamados, ${sink.messages.length} recibidos, ${unclaimed} sin reclamo; ${notifications.length} avisos; reinicios espontáneos: worker ${worker.unexpectedExits}, API ${api.unexpectedExits}`);
    // SMTP has no exactly-once: a worker killed after the relay accepted a message but before
    // Ciclo stored that it did sends it again. The resend is the same message (same Message-ID,
    // from the idempotency key), so mail clients show it once; it can happen only to a send in
    // flight at a kill, at most one per pooled connection (4).
    expect(mailsDoubled, 'reenvíos del mismo mensaje').toBeLessThanOrEqual(crashes.worker * 4);
    expect({ crashes, approvalsLost, approvalsDoubled, mailsLost, unclaimed, withoutMail: withoutMail.map((n) => `${n.mailKey} ${n.user.email}`), eventsWithoutMail: eventsWithoutMail.map((e) => `${e.action} ${e.eventKey}`) }).toEqual({
      crashes: { worker: workerKills, temporal: temporalKills, api: apiKills },
      approvalsLost: 0,
      approvalsDoubled: 0,
      mailsLost: 0,
      unclaimed: 0,
      withoutMail: [],
      eventsWithoutMail: [],
    });
  }, 20 * 60_000);
});

async function devServer(dir: string): Promise<() => Promise<DevServer>> {
  const [port, uiPort] = (await freePorts(2)) as [number, number];
  const ports = { port, uiPort };
  return () => startTemporalDevServer({ cli: inject('temporalCli'), dbFile: join(dir, 'temporal.db'), ...ports });
}

/** Its two databases on the tests' PostgreSQL, dropped at the end; each start takes the same ports. */
async function productionServer(dir: string): Promise<() => Promise<TemporalServer>> {
  const options = { binaries: ensureTemporalServer(log), postgres: postgresServerOf(serverUrl), databasePrefix: `ciclo_caos_temporal_${randomBytes(3).toString('hex')}`, dir, log };
  cleanups.push(async () => {
    for (const database of [options.databasePrefix, `${options.databasePrefix}_visibility`]) await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });
  setupTemporalSchema(options);
  const ports = await freeTemporalServerPorts();
  return () => startTemporalServer({ ...options, ports });
}
