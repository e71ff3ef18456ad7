// The coordinators' daily digest on the real time-skipping server, mailing a real SMTP sink.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { seedDemo } from '../../prisma/seed';
import { createActivities } from '../../src/activities';
import { nextLocalTime } from '../../src/domain/dailyTime';
import { ensureOverdueDigest } from '../../src/temporal/digestWorkflow';
import { overdueDigestWorkflowId } from '../../src/temporal/workflowIds';
import { workflowBundle } from '../../src/worker/createWorker';
import { startTestMail } from '../support/mail';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

const taskQueue = 'overdue-digest';
let env: TestWorkflowEnvironment;
let database: TestDatabase;
let mail: Awaited<ReturnType<typeof startTestMail>>;

beforeAll(async () => {
  env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: inject('temporalTestServer') } } });
  database = await createTestDatabase();
  await seedDemo(database.db, 2028);
  mail = await startTestMail();
});
afterAll(async () => {
  await mail?.stop();
  await database?.drop();
  await env?.teardown();
});

describe('overdueDigest', () => {
  it('when two institutions are late at 7:00, then coordinators get one digest naming them; a day with none late sends nothing', async () => {
    await database.db.stage.updateMany({ where: { institution: { code: { in: ['CIV', 'MAGA'] } } }, data: { overdue: true } });
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: await workflowBundle(),
      activities: createActivities({ db: database.db, mailer: mail.mailer, publicUrl: 'http://ciclo.test' }),
    });
    await worker.runUntil(async () => {
      expect(await ensureOverdueDigest(env.client, taskQueue, { hour: 7, utcOffset: '-06:00' })).toBe(true);
      expect(await ensureOverdueDigest(env.client, taskQueue, { hour: 7, utcOffset: '-06:00' })).toBe(false);
      const first = nextLocalTime(new Date(await env.currentTimeMs()).toISOString(), 7, '-06:00');
      await env.sleep(Date.parse(first.at) - (await env.currentTimeMs()) + 60_000);
      const [digest] = await mail.sink.waitFor((m) => m.subject.startsWith('Resumen diario'));
      expect(digest!.subject).toBe(`Resumen diario ${first.localDate}: 2 etapa(s) vencida(s) en 2 institución(es)`);
      expect(digest!.to).toEqual(['coordinador.minfin@ciclo.test', 'coordinador.segeplan@ciclo.test']);
      expect(digest!.text).toMatch(/CIV · Revisión del plan estratégico institucional \(PEI\): venció el/);
      expect(digest!.text).toMatch(/MAGA · /);

      await database.db.stage.updateMany({ data: { overdue: false } });
      await env.sleep(24 * 3_600_000);
      // Wait until the second day's activity has run, so the check below means something.
      const handle = env.client.workflow.getHandle(overdueDigestWorkflowId);
      for (let tries = 0; tries < 100; tries += 1) {
        const events = (await handle.fetchHistory()).events ?? [];
        if (events.filter((e) => e.activityTaskCompletedEventAttributes).length >= 2) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect((await handle.fetchHistory()).events?.filter((e) => e.activityTaskCompletedEventAttributes)).toHaveLength(2);
      expect(mail.sink.messages.filter((m) => m.subject.startsWith('Resumen diario'))).toHaveLength(1);
    });
  });
});
