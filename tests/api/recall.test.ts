// Recall through the API: the person who submitted a version withdraws it, with a comment,
// before any level decides; the stage is a draft again, the audit says so and level 1 is told.
// Anyone else, a decided version, a stale version or a missing comment is refused and changes nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';
import { describe, expect, it } from 'vitest';
import { useTestStack } from '../support/useTestStack';
import { ownStage } from '../support/ownStage';

let mspasId: string;
type Person = 'planner' | 'colleague' | 'director' | 'authority' | 'admin' | 'foreignPlanner';
const people = {} as Record<Person, { id: string; token: string }>;

const stack = useTestStack(async (stack) => {
  mspasId = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MSPAS' } })).id;
  const planner = await stack.db.user.findUniqueOrThrow({ where: { email: 'planificador.mspas@ciclo.test' } });
  // A second planner of the same institution: same role, not the one who submitted.
  await stack.db.user.create({ data: { email: 'planificadora2.mspas@ciclo.test', name: 'Otra planificadora MSPAS', role: 'planner', institutionId: mspasId, passwordHash: planner.passwordHash } });
  const emails: Record<Person, string> = {
    planner: 'planificador.mspas@ciclo.test',
    colleague: 'planificadora2.mspas@ciclo.test',
    director: 'director.mspas@ciclo.test',
    authority: 'autoridad.mspas@ciclo.test',
    admin: 'admin@ciclo.test',
    foreignPlanner: 'planificador.mineduc@ciclo.test',
  };
  for (const [who, email] of Object.entries(emails) as [Person, string][]) {
    people[who] = { id: (await stack.db.user.findUniqueOrThrow({ where: { email } })).id, token: await stack.login(email) };
  }
});

const twoLevelStage = () => ownStage(stack, mspasId, { code: 'retiro', name: 'Etapa para retirar' });

const post = (stageId: string, action: 'submit' | 'approve' | 'recall', who: Person, body: object = {}) => stack.api('POST', `/stages/${stageId}/${action}`, { token: people[who].token, body });
/** What a refused recall must leave as it was: the stage's row and its audit events. */
const fingerprint = async (stageId: string) => ({
  stage: await stack.db.stage.findUniqueOrThrow({ where: { id: stageId }, select: { status: true, version: true, reviewLevel: true, lastComment: true } }),
  events: (await stack.db.auditEvent.findMany({ where: { stageId }, orderBy: { seq: 'asc' }, select: { action: true, version: true } })).map((e) => `${e.action}@${e.version}`),
});
const awaitingDirector = async () => {
  const answer = await stack.api('GET', `/stages?filter=${encodeURIComponent(JSON.stringify({ awaitingMe: true }))}`, { token: people.director.token });
  return answer.body.map((s: { id: string }) => s.id) as string[];
};

describe('POST /api/stages/:id/recall', () => {
  it('when the submitter recalls before any decision, then the stage is a draft of the next version, audited, and the level 1 reviewer is told', async () => {
    const stageId = await twoLevelStage();
    expect((await post(stageId, 'submit', 'planner', { comment: 'Primera versión' })).status).toBe(200);
    expect((await stack.api('GET', `/stages/${stageId}`, { token: people.planner.token })).body.recallable).toBe(true);
    expect((await stack.api('GET', `/stages/${stageId}`, { token: people.colleague.token })).body.recallable).toBe(false);
    expect(await awaitingDirector()).toContain(stageId);

    const recalled = await post(stageId, 'recall', 'planner', { comment: 'Falta el anexo de metas', version: 1, requestId: `retiro-${stageId}` });
    expect(recalled).toMatchObject({ status: 200, body: { status: 'draft', version: 2, reviewLevel: 0, lastComment: 'Falta el anexo de metas', recallable: false } });
    // The same request again (a retry) applies once.
    expect((await post(stageId, 'recall', 'planner', { comment: 'Falta el anexo de metas', version: 1, requestId: `retiro-${stageId}` })).status).toBe(200);

    const events = await stack.db.auditEvent.findMany({ where: { stageId }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['submitted', 'recalled']);
    expect(events[1]).toMatchObject({ actorId: people.planner.id, comment: 'Falta el anexo de metas', version: 1 });
    expect(await awaitingDirector()).not.toContain(stageId);
    // The approve link the reviewer was mailed for version 1 no longer acts.
    const [asked] = await stack.sink.waitFor((m) => m.to.includes('director.mspas@ciclo.test') && m.subject.includes('Etapa para retirar enviada para aprobación (versión 1)'));
    const token = /#\/correo\/accion\/([\w.-]+)/.exec(asked!.text)![1];
    expect(await stack.api('POST', '/email-actions', { body: { token } })).toMatchObject({ status: 409, body: { message: expect.stringContaining('El enlace era para la versión 1') } });
    expect((await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } })).status).toBe('draft');

    const [notice] = await stack.sink.waitFor((m) => m.to.includes('director.mspas@ciclo.test') && m.subject.includes('se retiró el envío de Etapa para retirar'));
    expect(notice!.text).toContain('Falta el anexo de metas');
    expect(stack.sink.messages.filter((m) => m.subject.includes('se retiró el envío de Etapa para retirar')).flatMap((m) => m.to)).toEqual(['director.mspas@ciclo.test']);

    // A draft again: it is sent anew as version 2, and the reviewer is asked again.
    expect((await post(stageId, 'submit', 'planner', { comment: 'Con el anexo' })).body).toMatchObject({ status: 'submitted', version: 2 });
    await stack.sink.waitFor((m) => m.to.includes('director.mspas@ciclo.test') && m.subject.includes('Etapa para retirar enviada para aprobación (versión 2)'));

    // This history, for replay: copied to tests/fixtures/histories, it keeps a recall replaying (see replay.test.ts).
    const { workflowId } = await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } });
    const dir = join('test-artifacts', 'histories');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'stage_recalled_and_resubmitted.binpb'), temporal.api.history.v1.History.encode(await stack.temporal.client.workflow.getHandle(workflowId).fetchHistory()).finish());
  });

  it('when someone other than the submitter recalls, then 403 and nothing changes', async () => {
    const stageId = await twoLevelStage();
    await post(stageId, 'submit', 'planner');
    const before = await fingerprint(stageId);
    for (const who of ['colleague', 'director', 'admin'] as const) {
      expect(await post(stageId, 'recall', who, { comment: 'Lo retiro yo' })).toMatchObject({ status: 403, body: { message: 'Solo quien envió la versión puede retirarla' } });
    }
    expect(await post(stageId, 'recall', 'foreignPlanner', { comment: 'Lo retiro yo' })).toMatchObject({ status: 403, body: { message: 'La etapa pertenece a otra institución' } });
    expect(await fingerprint(stageId)).toEqual(before);
  });

  it('when level 1 has already decided, then 409 and the stage stays in review', async () => {
    const stageId = await twoLevelStage();
    await post(stageId, 'submit', 'planner');
    expect((await post(stageId, 'approve', 'director')).status).toBe(200);
    const before = await fingerprint(stageId);
    expect(await post(stageId, 'recall', 'planner', { comment: 'Demasiado tarde' })).toMatchObject({ status: 409, body: { message: 'Ya hay una decisión sobre esta versión: no puede retirarse' } });
    expect(await fingerprint(stageId)).toEqual(before);
    expect(before.stage).toMatchObject({ status: 'in_review', reviewLevel: 1 });
  });

  it('when the comment is missing or blank, or the version is not the current one, then refused in Spanish and nothing changes', async () => {
    const stageId = await twoLevelStage();
    await post(stageId, 'submit', 'planner');
    const before = await fingerprint(stageId);
    expect(await post(stageId, 'recall', 'planner', {})).toMatchObject({ status: 400, body: { errors: { comment: 'el comentario es obligatorio' } } });
    expect(await post(stageId, 'recall', 'planner', { comment: '   ' })).toMatchObject({ status: 400, body: { errors: { comment: 'el comentario es obligatorio' } } });
    expect(await post(stageId, 'recall', 'planner', { comment: 'Otra', version: 7 })).toMatchObject({ status: 409, body: { message: 'La etapa va en la versión 1, no en la 7: actualice la página' } });
    expect(await fingerprint(stageId)).toEqual(before);
  });

  it('when the stage is a draft, then 409: there is nothing to recall', async () => {
    const stageId = await twoLevelStage();
    expect(await post(stageId, 'recall', 'planner', { comment: 'Nada que retirar' })).toMatchObject({ status: 409, body: { message: 'La etapa no está enviada: no hay envío que retirar' } });
  });
});
