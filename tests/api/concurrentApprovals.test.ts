// Fifty people's browsers (or one impatient double-clicker) approving the same stage at once,
// through the API down to the real workflow: exactly one approval, one audit line, one mail.
import { describe, expect, it } from 'vitest';
import { submitUpdate } from '../../src/workflows/messages';
import { useTestStack } from '../support/useTestStack';

const simultaneous = 50;

const stack = useTestStack();

/** Submits the institution's demo stage and returns its id, its workflow and the authority's token. */
async function submitted(institutionCode: string) {
  const id = await stack.stageId(institutionCode);
  const planner = await stack.login(`planificador.${institutionCode.toLowerCase()}@ciclo.test`);
  expect((await stack.api('POST', `/stages/${id}/submit`, { token: planner, body: {} })).status).toBe(200);
  const authority = await stack.login(`autoridad.${institutionCode.toLowerCase()}@ciclo.test`);
  const { workflowId } = await stack.db.stage.findUniqueOrThrow({ where: { id } });
  return { id, workflowId, authority };
}

async function approvalsOf(stageId: string, workflowId: string) {
  // The stage workflow ends after its last mail: from then on nothing more can be written.
  await stack.temporal.client.workflow.getHandle(workflowId).result();
  const history = await stack.temporal.client.workflow.getHandle(workflowId).fetchHistory();
  return {
    auditLines: await stack.db.auditEvent.count({ where: { stageId, action: 'approved' } }),
    acceptedUpdates: history.events?.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === 'approve').length ?? 0,
    mails: (subject: string) => stack.sink.messages.filter((m) => m.subject === subject).length,
  };
}

describe(`${simultaneous} simultaneous identical approvals`, () => {
  it('when they carry no request id, then one is applied and the others get 409', async () => {
    const { id, workflowId, authority } = await submitted('MAGA');
    const answers = await Promise.all(Array.from({ length: simultaneous }, () => stack.api('POST', `/stages/${id}/approve`, { token: authority, body: { comment: 'Conforme' } })));

    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 200).every((s) => s === 409)).toBe(true);
    expect(answers.find((a) => a.status === 200)!.body).toMatchObject({ status: 'approved' });
    expect(answers.find((a) => a.status === 409)!.body.message).toEqual(expect.any(String));

    const approvals = await approvalsOf(id, workflowId);
    expect(approvals.auditLines).toBe(1);
    expect(approvals.acceptedUpdates).toBe(1);
    const approvalMail = await stack.sink.waitFor((m) => m.subject.endsWith('aprobada') && m.subject.startsWith('Ministerio de Agricultura'));
    expect(approvals.mails(approvalMail[0]!.subject)).toBe(1);
  });

  it('when a request sent again reaches the stage as a new Update (Temporal forgot the first, as under load), then it is answered as applied and recorded once', async () => {
    const id = await stack.stageId('MSPAS');
    const planner = await stack.login('planificador.mspas@ciclo.test');
    const first = await stack.api('POST', `/stages/${id}/submit`, { token: planner, body: { comment: 'Versión 1', requestId: 'mspas-submit-0001' } });
    expect(first.status).toBe(200);
    const { workflowId } = await stack.db.stage.findUniqueOrThrow({ where: { id } });
    const actor = await stack.db.user.findUniqueOrThrow({ where: { email: 'planificador.mspas@ciclo.test' } });
    // The same request under an Update id the server has not seen: what the API's retry meets when the server lost the first Update.
    const again = await stack.temporal.client.workflow
      .getHandle(workflowId)
      .executeUpdate(submitUpdate, { args: [{ actor: { userId: actor.id, name: actor.name, role: actor.role, institutionId: actor.institutionId }, requestId: 'mspas-submit-0001' }], updateId: 'reintento-olvidado' });
    expect(again).toEqual({ status: 'submitted', version: 1, overdue: false, reviewLevel: 0 });
    expect(first.body).toMatchObject(again);
    // Another request is still refused by the stage's rules.
    const other = await stack.api('POST', `/stages/${id}/submit`, { token: planner, body: { requestId: 'mspas-submit-0002' } });
    expect(other.status).toBe(409);
    expect(await stack.db.auditEvent.count({ where: { stageId: id, action: 'submitted' } })).toBe(1);
  });

  it('when they carry the same request id, then all get the same answer and it is applied once', async () => {
    const { id, workflowId, authority } = await submitted('MINEDUC');
    const answers = await Promise.all(
      Array.from({ length: simultaneous }, () => stack.api('POST', `/stages/${id}/approve`, { token: authority, body: { comment: 'Conforme', requestId: 'mineduc-approve-0001' } })),
    );

    expect(answers.map((a) => a.status)).toEqual(Array(simultaneous).fill(200));
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    const approvals = await approvalsOf(id, workflowId);
    expect(approvals.auditLines).toBe(1);
    expect(approvals.acceptedUpdates).toBe(1);
  });
});
