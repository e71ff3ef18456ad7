// Four eyes through the API: whoever submitted a version, or decided an earlier level of it,
// decides none of its later levels, and no reassignment or delegation hands them one. (The
// coordination stages MINFIN both submits and approves are carried by the Guatemalan year test.)
import { describe, expect, it } from 'vitest';
import { useTestStack } from '../support/useTestStack';
import { ownStage } from '../support/ownStage';

let mspasId: string;
const people = {} as Record<'planner' | 'director' | 'authority' | 'admin', { id: string; token: string }>;

const stack = useTestStack(async (stack) => {
  mspasId = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MSPAS' } })).id;
  const emails = { planner: 'planificador.mspas@ciclo.test', director: 'director.mspas@ciclo.test', authority: 'autoridad.mspas@ciclo.test', admin: 'admin@ciclo.test' } as const;
  for (const [role, email] of Object.entries(emails) as [keyof typeof emails, string][]) {
    people[role] = { id: (await stack.db.user.findUniqueOrThrow({ where: { email } })).id, token: await stack.login(email) };
  }
});

const twoLevelStage = () => ownStage(stack, mspasId, { code: 'cuatro_ojos', name: 'Etapa de cuatro ojos' });

const act = (stageId: string, action: 'submit' | 'approve' | 'return', token: string, body: object = {}) => stack.api('POST', `/stages/${stageId}/${action}`, { token, body });

describe('separation of duties', () => {
  it('when a director submits, then the same director can neither approve nor return level 1, and the audit shows no decision', async () => {
    const stageId = await twoLevelStage();
    expect((await act(stageId, 'submit', people.director.token)).status).toBe(200);
    const approve = await act(stageId, 'approve', people.director.token);
    expect(approve).toMatchObject({ status: 403, body: { message: 'Quien presentó esta versión no puede aprobarla: decide otra persona' } });
    expect((await act(stageId, 'return', people.director.token, { comment: 'Me devuelvo a mí mismo', reasonCode: 'other' })).status).toBe(403);
    expect(await stack.db.auditEvent.count({ where: { stageId, action: { in: ['level_approved', 'approved', 'returned'] } } })).toBe(0);
  });

  it('when a level is reassigned to the submitter or to an earlier decider, then 403 and the chain is unchanged', async () => {
    const stageId = await twoLevelStage();
    await act(stageId, 'submit', people.planner.token);
    const toSubmitter = await stack.api('POST', `/stages/${stageId}/reassign`, { token: people.admin.token, body: { level: 0, userId: people.planner.id } });
    expect(toSubmitter).toMatchObject({ status: 403, body: { message: expect.stringContaining('Quien presentó esta versión') } });
    expect((await act(stageId, 'approve', people.director.token)).status).toBe(200);
    const toEarlierDecider = await stack.api('POST', `/stages/${stageId}/reassign`, { token: people.authority.token, body: { level: 1, userId: people.director.id } });
    expect(toEarlierDecider).toMatchObject({ status: 403, body: { message: expect.stringContaining('ya decidió un nivel anterior') } });
    const row = await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } });
    expect((row.approvalChain as { assignee?: unknown }[]).every((step) => !step.assignee)).toBe(true);
    expect((await act(stageId, 'approve', people.authority.token)).body).toMatchObject({ status: 'approved' });
  });

  it('when an authority delegates to the person who submitted one of the stages awaiting them, then that stage is listed as refused and stays with the authority', async () => {
    const stageId = await twoLevelStage();
    await act(stageId, 'submit', people.director.token);
    // Level 1 by another director: the admin, who did not submit.
    expect((await act(stageId, 'approve', people.admin.token)).status).toBe(200);
    const delegated = await stack.api('POST', '/delegations', { token: people.authority.token, body: { fromUserId: people.authority.id, toUserId: people.director.id } });
    expect(delegated.status).toBe(200);
    expect(delegated.body.refused).toEqual(expect.arrayContaining([{ stageId, message: expect.stringContaining('Quien presentó esta versión') }]));
    expect(delegated.body.reassigned).not.toContain(stageId);
    expect((await act(stageId, 'approve', people.director.token)).status).toBe(403);
    expect((await act(stageId, 'approve', people.authority.token)).body).toMatchObject({ status: 'approved' });
    // The stage's timeline, as an admin reads it among the other stages' events: its own only.
    const timeline = await stack.api('GET', `/audit-events?filter=${encodeURIComponent(JSON.stringify({ stageId }))}`, { token: people.admin.token });
    expect(timeline.body.length).toBeGreaterThanOrEqual(3);
    expect(timeline.body.filter((e: { stageId: string }) => e.stageId !== stageId)).toEqual([]);
  });
});
