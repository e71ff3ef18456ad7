// Bulk decisions through the API: MINFIN's reviewer approves, or returns with one reason and one
// comment, the stages of several institutions at once. Each is its own decision (its own audit
// event, mail and requestId); one decided meanwhile is listed as failed and stops none of the
// others; a repeat of the same request decides nothing twice; bad input changes nothing.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ownStage } from '../support/ownStage';
import { useTestStack } from '../support/useTestStack';

const ministries = ['MSPAS', 'MINEDUC', 'CIV'] as const;
type Ministry = (typeof ministries)[number];
const institutionIds = {} as Record<Ministry | 'MINFIN', string>;
const tokens = {} as Record<'reviewer' | 'coordinator' | 'planner' | Ministry, string>;
let reviewerId: string;

const stack = useTestStack(async (stack) => {
  for (const code of [...ministries, 'MINFIN'] as const) institutionIds[code] = (await stack.db.institution.findUniqueOrThrow({ where: { code } })).id;
  [tokens.reviewer, tokens.coordinator, tokens.MSPAS, tokens.MINEDUC, tokens.CIV] = await stack.signIn(
    'revisor.minfin@ciclo.test',
    'coordinador.minfin@ciclo.test',
    'planificador.mspas@ciclo.test',
    'planificador.mineduc@ciclo.test',
    'planificador.civ@ciclo.test',
  );
  tokens.planner = tokens.MSPAS;
  reviewerId = (await stack.db.user.findUniqueOrThrow({ where: { email: 'revisor.minfin@ciclo.test' } })).id;
});

/** A stage of `ministry` decided by MINFIN's coordinators, submitted by its planner. */
async function submittedToMinfin(ministry: Ministry, name: string): Promise<string> {
  const stageId = await ownStage(stack, institutionIds[ministry], { code: 'revision_minfin', name }, [{ role: 'coordinator', institutionId: institutionIds.MINFIN }]);
  expect((await stack.api('POST', `/stages/${stageId}/submit`, { token: tokens[ministry], body: {} })).body.status).toBe('submitted');
  return stageId;
}

const decide = (token: string, body: object) => stack.api('POST', '/stages/decisions', { token, body });
const eventsOf = async (stageId: string) => stack.db.auditEvent.findMany({ where: { stageId, action: { in: ['approved', 'returned'] } }, orderBy: { seq: 'asc' } });

describe('POST /api/stages/decisions', () => {
  it('when the reviewer approves three stages and one was approved meanwhile, then two are approved, each audited and mailed, and the third is listed with its reason', async () => {
    const [mspas, mineduc, civ] = (await Promise.all(ministries.map((m) => submittedToMinfin(m, `Anteproyecto ${m} en bloque`)))) as [string, string, string];
    // Another MINFIN coordinator decides CIV's stage before the reviewer's bulk decision arrives.
    expect((await stack.api('POST', `/stages/${civ}/approve`, { token: tokens.coordinator, body: {} })).status).toBe(200);

    const stages = [mspas, mineduc, civ].map((stageId) => ({ stageId, requestId: `bloque-${randomUUID()}` }));
    const answer = await decide(tokens.reviewer, { action: 'approve', stages, comment: 'Revisado en bloque' });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ decided: 2, failed: 1 });
    expect(answer.body.results.map((r: { stageId: string; ok: boolean }) => [r.stageId, r.ok])).toEqual([
      [mspas, true],
      [mineduc, true],
      [civ, false],
    ]);
    expect(answer.body.results[0].stage).toMatchObject({ status: 'approved', lastComment: 'Revisado en bloque' });
    expect(answer.body.results[2]).toMatchObject({ requestId: stages[2]!.requestId, status: 409, message: expect.stringMatching(/ya fue aprobada|no está/) });

    for (const stageId of [mspas, mineduc]) {
      expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } })).toMatchObject({ status: 'approved', lastComment: 'Revisado en bloque' });
      expect(await eventsOf(stageId)).toEqual([expect.objectContaining({ action: 'approved', actorId: reviewerId, comment: 'Revisado en bloque' })]);
    }
    expect((await eventsOf(civ)).map((e) => e.actorId)).not.toContain(reviewerId);
    // One mail per stage, to its own planner.
    await stack.sink.waitFor((m) => m.to.includes('planificador.mspas@ciclo.test') && m.subject.includes('Anteproyecto MSPAS en bloque') && /aprobada/.test(m.subject));
    await stack.sink.waitFor((m) => m.to.includes('planificador.mineduc@ciclo.test') && m.subject.includes('Anteproyecto MINEDUC en bloque') && /aprobada/.test(m.subject));

    // The same request again (the reviewer's browser retried): answered, decided once.
    const again = await decide(tokens.reviewer, { action: 'approve', stages: stages.slice(0, 2), comment: 'Revisado en bloque' });
    expect(again.body).toMatchObject({ decided: 2, failed: 0 });
    for (const stageId of [mspas, mineduc]) expect(await eventsOf(stageId)).toHaveLength(1);
  });

  it('when the reviewer returns two stages with one reason and comment, then each is a draft of its next version with that reason audited', async () => {
    const stageIds = await Promise.all((['MSPAS', 'CIV'] as const).map((m) => submittedToMinfin(m, `Devolución ${m} en bloque`)));
    const answer = await decide(tokens.reviewer, {
      action: 'return',
      reasonCode: 'inconsistent',
      comment: 'Los techos no cuadran con la programación',
      stages: stageIds.map((stageId) => ({ stageId, requestId: `devolucion-${randomUUID()}` })),
    });
    expect(answer.body).toMatchObject({ decided: 2, failed: 0 });
    for (const stageId of stageIds) {
      expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } })).toMatchObject({ status: 'draft', version: 2, lastComment: 'Los techos no cuadran con la programación' });
      expect(await eventsOf(stageId)).toEqual([expect.objectContaining({ action: 'returned', reasonCode: 'inconsistent', actorId: reviewerId })]);
    }
  });

  it('when the person may not decide a stage, or it does not exist, then each is listed with its own refusal and nothing changes', async () => {
    const stageId = await submittedToMinfin('MSPAS', 'Etapa que el planificador no decide');
    const missing = randomUUID();
    const answer = await decide(tokens.planner, { action: 'approve', stages: [{ stageId, requestId: `ajena-${randomUUID()}` }, { stageId: missing, requestId: `ausente-${randomUUID()}` }] });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ decided: 0, failed: 2, results: [{ stageId, ok: false, status: 403 }, { stageId: missing, ok: false, status: 404 }] });
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } })).toMatchObject({ status: 'submitted' });
    expect(await eventsOf(stageId)).toEqual([]);
  });

  it('when the body is wrong (no stages, a stage twice, a return without its comment), then it is refused in Spanish and nothing is decided', async () => {
    const stageId = await submittedToMinfin('MINEDUC', 'Etapa de una decisión mal formada');
    const item = { stageId, requestId: `mal-${randomUUID()}` };
    expect(await decide(tokens.reviewer, { action: 'approve', stages: [] })).toMatchObject({ status: 400, body: { errors: { stages: 'elija al menos una etapa' } } });
    expect(await decide(tokens.reviewer, { action: 'approve', stages: [item, item] })).toMatchObject({ status: 422, body: { errors: { stages: 'una etapa aparece dos veces' } } });
    expect(await decide(tokens.reviewer, { action: 'return', reasonCode: 'other', stages: [item] })).toMatchObject({ status: 400, body: { errors: { comment: expect.any(String) } } });
    expect(await decide(tokens.reviewer, { action: 'archive', stages: [item] })).toMatchObject({ status: 400, body: { errors: { action: 'debe ser approve o return' } } });
    expect(await decide(tokens.reviewer, { action: 'approve', stages: [{ stageId }] })).toMatchObject({ status: 400, body: { errors: { 'stages.0.requestId': 'es obligatorio' } } });
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } })).toMatchObject({ status: 'submitted' });
    expect(await eventsOf(stageId)).toEqual([]);
  });
});
