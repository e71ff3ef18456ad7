// A whole Guatemalan planning-budget year on the real time-skipping Temporal server, with real
// activities, PostgreSQL and SMTP (the scenario is in tests/support/guatemalanYear.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { seedDemo } from '../../prisma/seed';
import { createActivities } from '../../src/activities';
import { workflowBundle } from '../../src/worker/createWorker';
import { institutionYearHistory, runGuatemalanYear } from '../support/guatemalanYear';
import { startTestMail } from '../support/mail';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

const taskQueue = 'guatemalan-year';
/** A government cycle, an institution's year, and stages with a return, a delay and a delegation. */
const recordedWorkflows = [
  'cycle/GT/2028',
  'cycle/GT/2028/CIV',
  'stage/GT/2028/CIV/strategic_review',
  'stage/GT/2028/MAGA/strategic_review',
  'stage/GT/2028/MSPAS/pom_poa',
  'stage/GT/2028/_coordinacion/budget_ceilings',
];
let env: TestWorkflowEnvironment;
let database: TestDatabase;
let mail: Awaited<ReturnType<typeof startTestMail>>;
let worker: Worker;

beforeAll(async () => {
  env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: inject('temporalTestServer') } } });
  database = await createTestDatabase();
  await seedDemo(database.db);
  mail = await startTestMail();
  worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: await workflowBundle(),
    activities: createActivities({ db: database.db, mailer: mail.mailer, publicUrl: 'http://ciclo.test' }),
  });
});
afterAll(async () => {
  await mail?.stop();
  await database?.drop();
  await env?.teardown();
});

describe('a Guatemalan year on the time-skipping server', () => {
  it('when four ministries go through fiscal year 2028, then every stage is approved on the calendar the template sets', async () => {
    const cycle = await worker.runUntil(
      runGuatemalanYear({
        client: env.client,
        db: database.db,
        sink: mail.sink,
        taskQueue,
        async sleepUntil(calendarIso) {
          const wait = Date.parse(calendarIso) - (await env.currentTimeMs());
          if (wait > 0) await env.sleep(wait);
        },
      }),
    );
    const history = await institutionYearHistory(env.client, database.db, cycle.id, 'CIV');
    console.log(`[pruebas] historial de un año institucional (CIV, con retraso y prórroga): ${history.events} eventos en ${history.workflows} flujos`);
    expect(history.events).toBeLessThan(2000);

    // The histories of this run, for replay: copy them to tests/fixtures/histories to make them
    // the baseline that every later workflow change must still replay (see replay.test.ts).
    const dir = join('test-artifacts', 'histories');
    mkdirSync(dir, { recursive: true });
    for (const workflowId of recordedWorkflows) {
      const recorded = await env.client.workflow.getHandle(workflowId).fetchHistory();
      writeFileSync(join(dir, `${workflowId.replaceAll('/', '_')}.binpb`), temporal.api.history.v1.History.encode(recorded).finish());
    }
  }, 600_000);
});
