// A whole Guatemalan planning-budget year (fiscal year 2028, dates months apart in 2027) for the
// four pilot ministries, on the real time-skipping Temporal server with real activities,
// PostgreSQL and SMTP: approvals at every level, a return, a missed deadline with reminders and
// escalation, an extension, the budget-ceilings gate and a date moved mid-cycle.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { seedDemo } from '../../prisma/seed';
import { createActivities } from '../../src/activities';
import { startGovernmentCycle } from '../../src/temporal/cycleWorkflows';
import { workflowBundle } from '../../src/worker/createWorker';
import { extendDeadlineUpdate } from '../../src/workflows/messages';
import { moveStageDeadlineUpdate, cycleProgressQuery } from '../../src/workflows/cycleMessages';
import { chainOf, CycleDriver, minfin, ministries, segeplan } from '../support/cycleDriver';
import { startTestMail } from '../support/mail';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

const taskQueue = 'guatemalan-year';
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

/** Moves the test server's clock to a calendar instant (Guatemala is UTC-6). */
async function sleepUntil(localIso: string) {
  const target = Date.parse(localIso);
  const now = await env.currentTimeMs();
  if (target > now) await env.sleep(target - now);
}

const mailsTo = (email: string, subject: RegExp) => mail.sink.messages.filter((m) => m.to.includes(email) && subject.test(m.subject));

describe('a Guatemalan year', () => {
  it('when four ministries go through fiscal year 2028, then every stage is approved on the calendar the template sets', async () => {
    const cycle = await startGovernmentCycle(env.client, database.db, taskQueue, { fiscalYear: 2028, templateCode: 'GT-ANUAL', institutionCodes: [...ministries] });
    const run = new CycleDriver(database.db, env.client, cycle.id);

    await worker.runUntil(async () => {
      // January: the coordinators issue the guidelines.
      await sleepUntil('2027-01-04T10:00:00-06:00');
      await run.carry('guidelines', 'SEGEPLAN', [minfin], segeplan);

      // February-March: strategic review with director and authority; MAGA is returned once; CIV is late.
      await sleepUntil('2027-02-02T10:00:00-06:00');
      const early = await run.refusal(run.act('strategic_review', 'MSPAS', 'autoridad.mspas@ciclo.test', 'approve'));
      expect(early).toEqual({ type: 'conflict', message: 'Solo se puede aprobar una etapa enviada (estado: draft)' });
      await run.act('strategic_review', 'MSPAS', 'planificador.mspas@ciclo.test', 'submit');
      expect(await run.refusal(run.act('strategic_review', 'MSPAS', 'autoridad.mspas@ciclo.test', 'approve'))).toEqual({ type: 'forbidden', message: 'En el nivel 1 decide la dirección de planificación' });
      expect(await run.act('strategic_review', 'MSPAS', 'director.mspas@ciclo.test', 'approve')).toMatchObject({ status: 'in_review', reviewLevel: 1 });
      expect(await run.act('strategic_review', 'MSPAS', 'autoridad.mspas@ciclo.test', 'approve')).toMatchObject({ status: 'approved' });
      await run.carry('strategic_review', 'MINEDUC', chainOf('MINEDUC'));
      await run.act('strategic_review', 'MAGA', 'planificador.maga@ciclo.test', 'submit');
      await run.act('strategic_review', 'MAGA', 'director.maga@ciclo.test', 'approve');
      expect(await run.act('strategic_review', 'MAGA', 'autoridad.maga@ciclo.test', 'return', 'Falta la línea base de los indicadores')).toMatchObject({ status: 'draft', version: 2 });
      expect(await run.carry('strategic_review', 'MAGA', chainOf('MAGA'))).toMatchObject({ status: 'approved', version: 2 });

      // CIV misses 31 March: reminders 14, 7 and 1 days before, then overdue and escalation every 3 days.
      await sleepUntil('2027-04-07T10:00:00-06:00');
      expect(mailsTo('planificador.civ@ciclo.test', /^Recordatorio: Revisión/).length).toBe(3);
      expect(mailsTo('director.civ@ciclo.test', /^Plazo vencido: Revisión/)).toHaveLength(1);
      expect(mailsTo('planificador.civ@ciclo.test', /^Escalamiento: Revisión/)).toHaveLength(1);
      expect(mailsTo('director.civ@ciclo.test', /^Escalamiento: Revisión/)).toHaveLength(1);
      expect(mailsTo('planificador.mspas@ciclo.test', /^(Recordatorio|Plazo vencido): Revisión/)).toHaveLength(0);
      const civReview = await run.opened('strategic_review', 'CIV');
      expect(civReview.overdue).toBe(true);

      // MINFIN extends CIV's deadline; the stage recomputes its timers and CIV catches up.
      const extended = await env.client.workflow.getHandle(civReview.workflowId).executeUpdate(extendDeadlineUpdate, {
        args: [{ actor: await run.actor(minfin), newDeadline: '2027-04-20T23:59:59.000-06:00', comment: 'Prórroga por cambio de autoridades' }],
      });
      expect(extended.snapshot.overdue).toBe(false);
      expect(mailsTo('planificador.civ@ciclo.test', /^Prórroga: Revisión/)).toHaveLength(1);
      expect(mailsTo('planificador.civ@ciclo.test', /^Cambio de fecha: Revisión/)).toHaveLength(0);
      await run.carry('strategic_review', 'CIV', chainOf('CIV'));

      // POM/POA with SEGEPLAN's review as the third level.
      for (const code of ministries) await run.carry('pom_poa', code, [...chainOf(code), segeplan]);

      // The ceilings gate: no preliminary programming before MINFIN approves the ceilings.
      await sleepUntil('2027-05-03T10:00:00-06:00');
      expect(await run.stage('preliminary_programming', 'MSPAS')).toBeNull();
      await run.carry('budget_ceilings', 'MINFIN', [minfin], minfin);
      for (const code of ministries) await run.carry('preliminary_programming', code, chainOf(code));
      const preliminary = await run.opened('preliminary_programming', 'MSPAS');
      expect(preliminary.deadline.toISOString()).toBe('2027-05-18T05:59:59.000Z');

      // June: the budget proposal opens; MINFIN moves its deadline for all from 15 to 22 July.
      await sleepUntil('2027-06-01T10:00:00-06:00');
      for (const code of ministries) await run.opened('budget_proposal', code);
      const government = env.client.workflow.getHandle(cycle.workflowId!);
      await government.executeUpdate(moveStageDeadlineUpdate, { args: [{ actor: await run.actor(minfin), stageCode: 'budget_proposal', deadline: '2027-07-22T23:59:59.000-06:00' }] });
      await sleepUntil('2027-07-16T10:00:00-06:00');
      for (const code of ministries) {
        expect(await run.stage('budget_proposal', code)).toMatchObject({ deadline: new Date('2027-07-23T05:59:59.000Z'), overdue: false });
      }
      expect(mailsTo('planificador.maga@ciclo.test', /^Cambio de fecha: Anteproyecto/)).toHaveLength(1);
      expect(mailsTo('planificador.maga@ciclo.test', /^Recordatorio: Anteproyecto/)).toHaveLength(2);
      for (const code of ministries) await run.carry('budget_proposal', code, [...chainOf(code), minfin]);

      // Consolidation and the institutions' answers to MINFIN's observations.
      await run.carry('consolidation', 'MINFIN', [minfin], minfin);
      for (const code of ministries) await run.carry('consolidation_feedback', code, chainOf(code));
      expect((await government.query(cycleProgressQuery)).coordination.find((s) => s.code === 'consolidation')?.state).toBe('approved');

      // To Congress by 2 September, approval by 30 November, then the POA adjustment.
      await sleepUntil('2027-09-01T10:00:00-06:00');
      await run.carry('congress_submission', 'MINFIN', [minfin], minfin);
      await sleepUntil('2027-09-03T10:00:00-06:00');
      await run.carry('budget_approval', 'MINFIN', [minfin], minfin);
      await sleepUntil('2027-12-01T10:00:00-06:00');
      for (const code of ministries) await run.carry('poa_adjustment', code, chainOf(code));
      await government.result();
    });

    expect(await database.db.cycle.findUniqueOrThrow({ where: { id: cycle.id } })).toMatchObject({ status: 'completed' });
    expect(await database.db.institutionCycle.count({ where: { cycleId: cycle.id, status: 'completed' } })).toBe(4);
    expect(await database.db.stage.count({ where: { cycleId: cycle.id, status: 'approved' } })).toBe(4 * 6 + 5);

    // History size of one institution-year: its cycle workflow and its stage workflows.
    const civ = await database.db.stage.findMany({ where: { cycleId: cycle.id, institution: { code: 'CIV' } } });
    const civCycle = await database.db.institutionCycle.findFirstOrThrow({ where: { cycleId: cycle.id, institution: { code: 'CIV' } } });
    let events = 0;
    for (const workflowId of [civCycle.workflowId, ...civ.map((s) => s.workflowId)]) {
      events += (await env.client.workflow.getHandle(workflowId).fetchHistory()).events?.length ?? 0;
    }
    console.log(`[pruebas] historial de un año institucional (CIV, con retraso y prórroga): ${events} eventos en ${civ.length + 1} flujos`);
    expect(events).toBeLessThan(2000);
  }, 600_000);
});
