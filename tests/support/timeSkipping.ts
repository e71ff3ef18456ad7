// Workflow tests on the real time-skipping Temporal server (Java, from the cache), with real
// activities on a database of their own and a real SMTP sink.
import { afterAll, beforeAll, inject } from 'vitest';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkerOptions } from '@temporalio/worker';
import { seedDemo } from '../../prisma/seed';
import { createActivities } from '../../src/activities';
import { loadConfig } from '../../src/config/env';
import { startTestMail } from '../../support/mail';
import { sharedWorkflowBundle } from './sharedTemporal';
import { createTestDatabase } from './testDatabase';
import { onceStarted } from './onceStarted';

export async function startTimeSkippingStack(taskQueue: string, demoFiscalYear = 2028) {
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: inject('temporalTestServer') } },
  });
  const database = await createTestDatabase();
  await seedDemo(database.db, demoFiscalYear);
  const mail = await startTestMail();
  /**
   * A worker of the stack's queue; a Worker runs once, so a test that stops and starts one makes
   * another, without a cache (`maxCachedWorkflows: 0`): the test server would keep its workflow
   * tasks on the stopped worker's sticky queue.
   */
  const createWorker = (options: Pick<WorkerOptions, 'maxCachedWorkflows'> = {}) =>
    Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: sharedWorkflowBundle(),
      activities: createActivities({ db: database.db, mailer: mail.mailer, publicUrl: 'http://ciclo.test', mailLinks: loadConfig({}).mailLinks }),
      ...options,
    });
  const worker = await createWorker();
  return {
    env,
    db: database.db,
    sink: mail.sink,
    worker,
    createWorker,
    taskQueue,
    /** Moves the server's clock forward to a calendar instant. */
    async sleepUntil(calendarIso: string) {
      const wait = Date.parse(calendarIso) - (await env.currentTimeMs());
      if (wait > 0) await env.sleep(wait);
    },
    async stop() {
      await mail.stop();
      await database.drop();
      await env.teardown();
    },
  };
}

export type TimeSkippingStack = Awaited<ReturnType<typeof startTimeSkippingStack>>;

/** This file's time-skipping stack on its task queue, started before its tests and stopped after them. */
export function useTimeSkippingStack(taskQueue: string): TimeSkippingStack {
  let started: TimeSkippingStack | undefined;
  beforeAll(async () => {
    started = await startTimeSkippingStack(taskQueue);
  });
  afterAll(async () => {
    await started?.stop();
  });
  return onceStarted('El servidor de Temporal con salto de tiempo', () => started);
}
