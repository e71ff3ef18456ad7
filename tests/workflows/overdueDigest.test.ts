// The coordinators' daily digest on the real time-skipping server, mailing a real SMTP sink.
import { describe, expect, it } from 'vitest';
import { nextLocalTime } from '../../src/domain/dailyTime';
import { ensureOverdueDigest } from '../../src/workflowClient/digestWorkflow';
import { overdueDigest } from '../../src/workflows/overdueDigest';
import { overdueDigestWorkflowId } from '../../src/workflows/workflowIds';
import { useTimeSkippingStack } from '../support/timeSkipping';

const taskQueue = 'overdue-digest';

const stack = useTimeSkippingStack(taskQueue);

describe('overdueDigest', () => {
  it('when two institutions are late at 7:00, then coordinators get one digest naming them; a day with none late sends nothing', async () => {
    await stack.db.stage.updateMany({ where: { institution: { code: { in: ['CIV', 'MAGA'] } } }, data: { overdue: true } });
    // A notice the MSPAS director chose to take in the daily digest: the same morning run mails it.
    const director = await stack.db.user.findUniqueOrThrow({ where: { email: 'director.mspas@ciclo.test' } });
    await stack.db.notification.create({ data: { userId: director.id, mailKey: 'prueba:resumen', subject: 'MSPAS: Revisión enviada para aprobación (versión 1)', text: '…', link: 'http://ciclo.test/#/stages', heldForDigest: true } });
    await stack.worker.runUntil(async () => {
      expect(await ensureOverdueDigest(stack.env.client, taskQueue, { hour: 7, utcOffset: '-06:00' })).toBe(true);
      expect(await ensureOverdueDigest(stack.env.client, taskQueue, { hour: 7, utcOffset: '-06:00' })).toBe(false);
      const first = nextLocalTime(new Date(await stack.env.currentTimeMs()).toISOString(), 7, '-06:00');
      await stack.env.sleep(Date.parse(first.at) - (await stack.env.currentTimeMs()) + 60_000);
      const [digest] = await stack.sink.waitFor((m) => m.subject.startsWith('Resumen diario'));
      expect(digest!.subject).toBe(`Resumen diario ${first.localDate}: 2 etapa(s) vencida(s) en 2 institución(es)`);
      expect(digest!.to).toEqual(['coordinador.minfin@ciclo.test', 'coordinador.segeplan@ciclo.test', 'revisor.minfin@ciclo.test']);
      expect(digest!.text).toMatch(/CIV · Revisión del plan estratégico institucional \(PEI\): venció el/);
      expect(digest!.text).toMatch(/MAGA · /);
      const [notices] = await stack.sink.waitFor((m) => m.subject.startsWith('Ciclo: sus avisos'));
      expect(notices).toMatchObject({ to: ['director.mspas@ciclo.test'], subject: `Ciclo: sus avisos del ${first.localDate} (1)` });

      await stack.db.stage.updateMany({ data: { overdue: false } });
      await stack.env.sleep(24 * 3_600_000);
      // Wait until the second day's activity has run, so the check below means something.
      const handle = stack.env.client.workflow.getHandle(overdueDigestWorkflowId);
      for (let tries = 0; tries < 100; tries += 1) {
        const events = (await handle.fetchHistory()).events ?? [];
        if (events.filter((e) => e.activityTaskCompletedEventAttributes).length >= 4) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // Two mornings, each the overdue digest then the people's digests.
      const scheduled = ((await handle.fetchHistory()).events ?? []).flatMap((e) => (e.activityTaskScheduledEventAttributes ? [e.activityTaskScheduledEventAttributes.activityType?.name] : []));
      expect(scheduled).toEqual(['sendOverdueDigest', 'sendMailDigests', 'sendOverdueDigest', 'sendMailDigests']);
      expect(stack.sink.messages.filter((m) => m.subject.startsWith('Resumen diario'))).toHaveLength(1);
      expect(stack.sink.messages.filter((m) => m.subject.startsWith('Ciclo: sus avisos'))).toHaveLength(1);
    });
  });

  it('when the coordinators\' digest is off, then the morning run still mails people their held notices, and no overdue digest', async () => {
    await stack.db.stage.updateMany({ where: { institution: { code: 'CIV' } }, data: { overdue: true } });
    const planner = await stack.db.user.findUniqueOrThrow({ where: { email: 'planificador.civ@ciclo.test' } });
    await stack.db.notification.create({ data: { userId: planner.id, mailKey: 'prueba:resumen-sin-atrasos', subject: 'CIV: recordatorio', text: '…', link: null, heldForDigest: true } });
    const before = stack.sink.messages.filter((m) => m.subject.startsWith('Resumen diario')).length;
    // The first test's run would send its own digests as time moves: it goes; a worker runs once, so another one.
    await stack.env.client.workflow.getHandle(overdueDigestWorkflowId).terminate('otra prueba');
    const worker = await stack.createWorker({ maxCachedWorkflows: 0 });
    await worker.runUntil(async () => {
      const handle = await stack.env.client.workflow.start(overdueDigest, { taskQueue, workflowId: 'digest/prueba-sin-atrasos', args: [{ hour: 7, utcOffset: '-06:00', overdue: false }] });
      const first = nextLocalTime(new Date(await stack.env.currentTimeMs()).toISOString(), 7, '-06:00');
      await stack.env.sleep(Date.parse(first.at) - (await stack.env.currentTimeMs()) + 60_000);
      const [notices] = await stack.sink.waitFor((m) => m.to.includes('planificador.civ@ciclo.test') && m.subject.startsWith('Ciclo: sus avisos'));
      expect(notices!.subject).toBe(`Ciclo: sus avisos del ${first.localDate} (1)`);
      const scheduled = ((await handle.fetchHistory()).events ?? []).flatMap((e) => (e.activityTaskScheduledEventAttributes ? [e.activityTaskScheduledEventAttributes.activityType?.name] : []));
      expect(scheduled).toEqual(['sendMailDigests']);
      expect(stack.sink.messages.filter((m) => m.subject.startsWith('Resumen diario'))).toHaveLength(before);
      await handle.terminate('fin de la prueba');
    });
  });
});
