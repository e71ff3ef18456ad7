// The acceptance scenario of the cycle engine: a whole Guatemalan year (fiscal year 2028, dates
// in 2027) for the four pilot ministries. Run twice: on the time-skipping server, and on the dev
// server with the calendar compressed, through the same workflow code paths.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Client } from '@temporalio/client';
import type { Database } from '../../src/db/prisma';
import { addDays, endOfLocalDay, localDate } from '../../src/domain/calendar/businessDays';
import { toSessionUser } from '../../src/auth/sessions';
import type { SmtpSink } from '../../src/infra/smtpSink';
import { decideStages } from '../../src/stages/bulkDecisions';
import { startGovernmentCycle, type StartCycleRequest } from '../../src/workflowClient/cycleWorkflows';
import { extendStageDeadline, reassignStageApprover } from '../../src/workflowClient/stageWorkflows';
import { cycleProgressQuery, moveStageDeadlineUpdate } from '../../src/workflows/cycleMessages';
import { ministries } from '../../support/cycleInstitutions';
import { chainOf, CycleDriver, minfin, minfinReviewer, segeplan } from './cycleDriver';

export interface YearRun {
  client: Client;
  db: Database;
  sink: SmtpSink;
  taskQueue: string;
  /** Moves calendar time forward to this instant (a jump, or a real wait when compressed). */
  sleepUntil(calendarIso: string): Promise<void>;
  cycleOptions?: Partial<StartCycleRequest>;
}

export async function runGuatemalanYear(env: YearRun) {
  const { db, sink } = env;
  const cycle = await startGovernmentCycle(env.client, db, env.taskQueue, { fiscalYear: 2028, templateCode: 'GT-ANUAL', institutionCodes: [...ministries], ...env.cycleOptions });
  const run = new CycleDriver(db, env.client, cycle.id);
  const mailsTo = (email: string, subject: RegExp) => sink.messages.filter((m) => m.to.includes(email) && subject.test(m.subject));
  const mailsArrive = async (email: string, subject: RegExp, count: number) => {
    await sink.waitFor((m) => m.to.includes(email) && subject.test(m.subject), count, 30_000).catch((err: Error) => {
      throw new Error(`${email} ${subject}: ${err.message}`);
    });
    expect(mailsTo(email, subject)).toHaveLength(count);
  };

  // January: the coordinators issue the guidelines, SEGEPLAN's (approved by MINFIN) and MINFIN-DTP's
  // formulation rules (approved by a second MINFIN person: four eyes).
  await env.sleepUntil('2027-01-04T10:00:00-06:00');
  await run.carry('guidelines', 'SEGEPLAN', [minfin], segeplan);
  await run.carry('budget_formulation_rules', 'MINFIN', [minfinReviewer], minfin);

  // February-March: strategic review with director and authority; MAGA is returned once; CIV is late.
  await env.sleepUntil('2027-02-02T10:00:00-06:00');
  expect(await run.refusal(run.act('strategic_review', 'MSPAS', 'autoridad.mspas@ciclo.test', 'approve'))).toEqual({ type: 'conflict', message: 'Solo se puede aprobar una etapa enviada (estado: draft)' });
  await run.act('strategic_review', 'MSPAS', 'planificador.mspas@ciclo.test', 'submit');
  expect(await run.refusal(run.act('strategic_review', 'MSPAS', 'autoridad.mspas@ciclo.test', 'approve'))).toEqual({ type: 'forbidden', message: 'En el nivel 1 decide la dirección de planificación' });
  expect(await run.refusal(run.act('strategic_review', 'MSPAS', 'director.mineduc@ciclo.test', 'approve'))).toEqual({ type: 'forbidden', message: 'La etapa pertenece a otra institución' });
  expect(await run.act('strategic_review', 'MSPAS', 'director.mspas@ciclo.test', 'approve')).toMatchObject({ status: 'in_review', reviewLevel: 1 });
  expect(await run.act('strategic_review', 'MSPAS', 'autoridad.mspas@ciclo.test', 'approve')).toMatchObject({ status: 'approved' });
  expect(await run.refusal(run.act('strategic_review', 'MSPAS', 'autoridad.mspas@ciclo.test', 'approve'))).toEqual({ type: 'closed' });
  await run.carry('strategic_review', 'MINEDUC', chainOf('MINEDUC'));
  await run.act('strategic_review', 'MAGA', 'planificador.maga@ciclo.test', 'submit');
  await run.act('strategic_review', 'MAGA', 'director.maga@ciclo.test', 'approve');
  expect(await run.act('strategic_review', 'MAGA', 'autoridad.maga@ciclo.test', 'return', 'Falta la línea base de los indicadores')).toMatchObject({ status: 'draft', version: 2 });
  await mailsArrive('planificador.maga@ciclo.test', /^.*devuelta para corrección/, 1);
  expect(await run.carry('strategic_review', 'MAGA', chainOf('MAGA'))).toMatchObject({ status: 'approved', version: 2 });

  // CIV misses 31 March: reminders 14, 7 and 1 days before, then overdue and escalation every 3 days.
  await env.sleepUntil('2027-04-07T10:00:00-06:00');
  await mailsArrive('planificador.civ@ciclo.test', /^Recordatorio: Revisión/, 3);
  await mailsArrive('director.civ@ciclo.test', /^Plazo vencido: Revisión/, 1);
  await mailsArrive('planificador.civ@ciclo.test', /^Escalamiento: Revisión/, 1);
  await mailsArrive('director.civ@ciclo.test', /^Escalamiento: Revisión/, 1);
  expect(mailsTo('planificador.mspas@ciclo.test', /^(Recordatorio|Plazo vencido): Revisión/)).toHaveLength(0);
  const civReview = await run.opened('strategic_review', 'CIV');
  expect(civReview.overdue).toBe(true);

  // MINFIN extends CIV's deadline; the stage recomputes its timers and CIV catches up.
  const extended = await extendStageDeadline(env.client, civReview.workflowId, { actor: await run.actor(minfin), newDeadline: '2027-04-24T23:59:59.000-06:00', comment: 'Prórroga por cambio de autoridades' });
  expect(extended.snapshot.overdue).toBe(false);
  await mailsArrive('planificador.civ@ciclo.test', /^Prórroga: Revisión/, 1);
  expect(mailsTo('planificador.civ@ciclo.test', /^Cambio de fecha: Revisión/)).toHaveLength(0);
  await run.carry('strategic_review', 'CIV', chainOf('CIV'));

  // POM/POA with SEGEPLAN's review as the third level; MSPAS's authority delegates its level.
  const viceMinister = await db.user.create({ data: { email: 'viceministra.mspas@ciclo.test', name: 'Viceministra MSPAS', role: 'authority', institutionId: (await run.actor('autoridad.mspas@ciclo.test')).institutionId, passwordHash: 'x' } });
  await run.act('pom_poa', 'MSPAS', 'planificador.mspas@ciclo.test', 'submit');
  const pomPoa = await run.opened('pom_poa', 'MSPAS');
  await reassignStageApprover(env.client, pomPoa.workflowId, { actor: await run.actor('autoridad.mspas@ciclo.test'), level: 1, assignee: { userId: viceMinister.id, name: viceMinister.name } });
  await run.act('pom_poa', 'MSPAS', 'director.mspas@ciclo.test', 'approve');
  expect(await run.refusal(run.act('pom_poa', 'MSPAS', 'autoridad.mspas@ciclo.test', 'approve'))).toEqual({ type: 'forbidden', message: 'Este nivel fue delegado a Viceministra MSPAS' });
  await run.act('pom_poa', 'MSPAS', 'viceministra.mspas@ciclo.test', 'approve');
  await run.act('pom_poa', 'MSPAS', segeplan, 'approve');
  for (const code of ministries.filter((c) => c !== 'MSPAS')) await run.carry('pom_poa', code, [...chainOf(code), segeplan]);

  // The ceilings gate: no preliminary programming before MINFIN approves the ceilings.
  await env.sleepUntil('2027-05-03T10:00:00-06:00');
  expect(await run.stage('preliminary_programming', 'MSPAS')).toBeNull();
  // Four eyes: the coordinator who submits the ceilings cannot approve them; a second one of MINFIN does.
  await run.act('budget_ceilings', 'MINFIN', minfin, 'submit');
  expect(await run.refusal(run.act('budget_ceilings', 'MINFIN', minfin, 'approve'))).toEqual({ type: 'forbidden', message: 'Quien presentó esta versión no puede aprobarla: decide otra persona' });
  await run.act('budget_ceilings', 'MINFIN', minfinReviewer, 'approve');
  const ceilings = await run.opened('budget_ceilings', 'MINFIN');
  const preliminary = await run.opened('preliminary_programming', 'MSPAS');
  expect(preliminary.deadline.toISOString()).toBe(new Date(endOfLocalDay(addDays(localDate(ceilings.approvedAt!.toISOString(), '-06:00'), 10, 'business', 'GT'), '-06:00')).toISOString());
  for (const code of ministries) await run.carry('preliminary_programming', code, chainOf(code));

  // June: the budget proposal opens; MINFIN moves its deadline for all from 15 to 22 July.
  await env.sleepUntil('2027-06-01T10:00:00-06:00');
  for (const code of ministries) await run.opened('budget_proposal', code);
  // Presupuesto abierto: MINFIN holds the public hearings and records them.
  await run.carry('open_budget_hearings', 'MINFIN', [minfinReviewer], minfin);
  const government = env.client.workflow.getHandle(cycle.workflowId!);
  await government.executeUpdate(moveStageDeadlineUpdate, { args: [{ actor: await run.actor(minfin), stageCode: 'budget_proposal', deadline: '2027-07-22T23:59:59.000-06:00' }] });
  await mailsArrive('planificador.maga@ciclo.test', /^Cambio de fecha: Anteproyecto/, 1);
  await env.sleepUntil('2027-07-16T10:00:00-06:00');
  for (const code of ministries) {
    expect(await run.stage('budget_proposal', code)).toMatchObject({ deadline: new Date('2027-07-23T05:59:59.000Z'), overdue: false });
  }
  await mailsArrive('planificador.maga@ciclo.test', /^Recordatorio: Anteproyecto/, 2);
  // MAGA proposes 25 % more than its 2027 vigente: the template's rule adds MINFIN's quality review
  // at submit. Each ministry's director and authority approve; MINFIN's coordinator then approves
  // the four at once (bulk, each its own Update), and a second MINFIN analyst does MAGA's review.
  await recordPreviousVigente(db, 'MAGA', 2028, 0.8);
  for (const code of ministries) {
    await run.act('budget_proposal', code, `planificador.${code.toLowerCase()}@ciclo.test`, 'submit');
    for (const email of chainOf(code)) await run.act('budget_proposal', code, email, 'approve');
  }
  const proposals = await Promise.all(ministries.map((code) => run.opened('budget_proposal', code)));
  const minfinUser = toSessionUser(await db.user.findUniqueOrThrow({ where: { email: minfin }, include: { institution: true } }));
  const bulk = await decideStages(db, env.client, minfinUser, minfinUser, { action: 'approve', stages: proposals.map((p) => ({ stageId: p.id, requestId: randomUUID() })), details: { comment: 'Revisado por MINFIN-DTP' } });
  expect(bulk.map((o) => ('decided' in o ? `${o.decided.institution.code} ${o.decided.status}` : `falló: ${String(o.failure)}`))).toEqual(ministries.map((code) => `${code} ${code === 'MAGA' ? 'in_review' : 'approved'}`));
  const magaProposal = proposals[ministries.indexOf('MAGA')]!;
  expect(await db.auditEvent.findMany({ where: { stageId: magaProposal.id, action: 'rule_fired' }, select: { reasonCode: true, version: true } })).toEqual([{ reasonCode: 'revision_calidad_minfin', version: 1 }]);
  expect(await run.refusal(run.act('budget_proposal', 'MAGA', minfin, 'approve'))).toEqual({ type: 'forbidden', message: 'Ya decidió un nivel anterior de esta versión: el nivel 4 lo decide otra persona' });
  expect(await run.act('budget_proposal', 'MAGA', minfinReviewer, 'approve')).toMatchObject({ status: 'approved' });

  // Consolidation and the institutions' answers to MINFIN's observations.
  await run.carry('consolidation', 'MINFIN', [minfinReviewer], minfin);
  for (const code of ministries) await run.carry('consolidation_feedback', code, chainOf(code));
  expect((await government.query(cycleProgressQuery)).coordination.find((s) => s.code === 'consolidation')?.state).toBe('approved');

  // To Congress by 2 September, approval by 30 November, then the distribución analítica and the POA adjustment.
  await env.sleepUntil('2027-09-01T10:00:00-06:00');
  await run.carry('congress_submission', 'MINFIN', [minfinReviewer], minfin);
  await env.sleepUntil('2027-09-03T10:00:00-06:00');
  await run.carry('budget_approval', 'MINFIN', [minfinReviewer], minfin);
  await env.sleepUntil('2027-12-01T10:00:00-06:00');
  // The POA adjustments first: an institution's cycle then ends before the distribución analítica,
  // a gate of its own cycle no longer running, is approved (the government cycle must not fail).
  for (const code of ministries) await run.carry('poa_adjustment', code, chainOf(code));
  await run.carry('analytic_distribution', 'MINFIN', [minfinReviewer], minfin);
  await government.result();

  expect(await db.cycle.findUniqueOrThrow({ where: { id: cycle.id } })).toMatchObject({ status: 'completed' });
  expect(await db.institutionCycle.count({ where: { cycleId: cycle.id, status: 'completed' } })).toBe(4);
  expect(await db.stage.count({ where: { cycleId: cycle.id, status: 'approved' } })).toBe(4 * 6 + 8);

  // Every submission of a stage with content passed its gates and froze its deliverable.
  const snapshots = await db.stageSnapshot.findMany({ where: { stage: { cycleId: cycle.id } }, include: { stage: { include: { institution: true } } } });
  const frozen = (stageCode: string) => snapshots.filter((s) => s.stage.code === stageCode).map((s) => `${s.stage.institution.code} v${s.version} ${s.deliverable}`).sort();
  expect(frozen('strategic_review')).toEqual(['CIV v1 strategicPlan', 'MAGA v1 strategicPlan', 'MAGA v2 strategicPlan', 'MINEDUC v1 strategicPlan', 'MSPAS v1 strategicPlan']);
  expect(frozen('budget_ceilings')).toEqual(['MINFIN v1 budgetCeilings']);
  expect(frozen('budget_proposal')).toEqual(ministries.map((code) => `${code} v1 budgetProposal`).sort());
  for (const proposal of snapshots.filter((s) => s.stage.code === 'budget_proposal')) {
    expect((proposal.linkage as { linkedShare: number }).linkedShare, proposal.stage.institution.code).toBeGreaterThan(0.5);
  }
  return cycle;
}

/** Writes the institution's budget of the year before with a vigente that is `share` of what it proposes now. */
async function recordPreviousVigente(db: Database, institutionCode: string, fiscalYear: number, share: number) {
  const institution = await db.institution.findUniqueOrThrow({ where: { code: institutionCode } });
  const proposed = await db.budgetLine.aggregate({ where: { institutionId: institution.id, fiscalYear }, _sum: { amount: true } });
  const vigente = Math.round(Number(proposed._sum.amount) * share * 100) / 100;
  const category = await db.programmaticCategory.create({ data: { institutionId: institution.id, fiscalYear: fiscalYear - 1, code: '11-00-000-001-000', programa: 11, actividad: 1, name: 'Programa del año anterior' } });
  await db.budgetLine.create({ data: { institutionId: institution.id, fiscalYear: fiscalYear - 1, categoryId: category.id, objectCode: '011', sourceCode: '11', amount: vigente, asignado: vigente, vigente } });
}

/** History events of one institution-year: its cycle workflow and its stage workflows. */
export async function institutionYearHistory(client: Client, db: Database, cycleId: string, institutionCode: string) {
  const stages = await db.stage.findMany({ where: { cycleId, institution: { code: institutionCode } } });
  const member = await db.institutionCycle.findFirstOrThrow({ where: { cycleId, institution: { code: institutionCode } } });
  let events = 0;
  /** What patched() writes: its marker, and the core's upsert of TemporalChangeVersion. */
  let patchEvents = 0;
  for (const workflowId of [member.workflowId, ...stages.map((s) => s.workflowId)]) {
    const history = (await client.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
    events += history.length;
    patchEvents += history.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_patch' || e.upsertWorkflowSearchAttributesEventAttributes).length;
  }
  return { events, patchEvents, workflows: stages.length + 1 };
}
