// The coordinators' daily digest on the real time-skipping server, mailing a real SMTP sink.
import { describe, expect, it } from 'vitest';
import { nextLocalTime } from '../../src/domain/dailyTime';
import { ensureOverdueDigest } from '../../src/workflowClient/digestWorkflow';
import { overdueDigestWorkflowId } from '../../src/workflows/workflowIds';
import { useTimeSkippingStack } from '../support/timeSkipping';

const taskQueue = 'overdue-digest';

const stack = useTimeSkippingStack(taskQueue);

describe('overdueDigest', () => {
  it('when two institutions are late at 7:00, then coordinators get one digest naming them; a day with none late sends nothing', async () => {
    await stack.db.stage.updateMany({ where: { institution: { code: { in: ['CIV', 'MAGA'] } } }, data: { overdue: true } });
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

      await stack.db.stage.updateMany({ data: { overdue: false } });
      await stack.env.sleep(24 * 3_600_000);
      // Wait until the second day's activity has run, so the check below means something.
      const handle = stack.env.client.workflow.getHandle(overdueDigestWorkflowId);
      for (let tries = 0; tries < 100; tries += 1) {
        const events = (await handle.fetchHistory()).events ?? [];
        if (events.filter((e) => e.activityTaskCompletedEventAttributes).length >= 2) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect((await handle.fetchHistory()).events?.filter((e) => e.activityTaskCompletedEventAttributes)).toHaveLength(2);
      expect(stack.sink.messages.filter((m) => m.subject.startsWith('Resumen diario'))).toHaveLength(1);
    });
  });
});
