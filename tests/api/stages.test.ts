// Stage lists and approval actions through the API, down to the real workflow and back.
import { describe, expect, it } from 'vitest';
import { useTestStack } from '../support/useTestStack';

let planner: string;
let authority: string;
let foreignAuthority: string;
let coordinator: string;

const stack = useTestStack(async (stack) => {
  [planner, authority, foreignAuthority, coordinator] = await stack.signIn('planificador.mspas@ciclo.test', 'autoridad.mspas@ciclo.test', 'autoridad.mineduc@ciclo.test', 'coordinador.segeplan@ciclo.test');
});

async function acceptedUpdates(institutionCode: string): Promise<number> {
  const stage = await stack.db.stage.findFirstOrThrow({ where: { institution: { code: institutionCode } } });
  const history = await stack.temporal.client.workflow.getHandle(stage.workflowId).fetchHistory();
  return history.events?.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length ?? 0;
}

describe('GET /api/stages', () => {
  it('when a coordinator lists, then every ministry stage comes with Content-Range', async () => {
    const answer = await stack.api('GET', `/stages?sort=${encodeURIComponent('["code","ASC"]')}&range=${encodeURIComponent('[0,1]')}`, { token: coordinator });
    expect(answer.status).toBe(200);
    expect(answer.body).toHaveLength(2);
    expect(answer.headers.get('content-range')).toBe('stages 0-1/4');
    expect(answer.headers.get('access-control-expose-headers')).toBe('Content-Range');
  });

  it('when a planner lists, then only their institution appears', async () => {
    const answer = await stack.api('GET', '/stages', { token: planner });
    expect(answer.body.map((s: { institutionCode: string }) => s.institutionCode)).toEqual(['MSPAS']);
    expect(answer.body[0]).toMatchObject({ status: 'draft', version: 1, code: 'strategic_review', fiscalYear: 2028, deadline: '2027-04-01T05:59:59.000Z' });
  });

  it('when the filter or sort is malformed, then 400 naming the parameter', async () => {
    const badSort = await stack.api('GET', `/stages?sort=${encodeURIComponent('["password","ASC"]')}`, { token: coordinator });
    expect(badSort.status).toBe(400);
    expect(Object.keys(badSort.body.errors)).toEqual(['sort.0']);
    const badFilter = await stack.api('GET', '/stages?filter=nope', { token: coordinator });
    expect(badFilter).toMatchObject({ status: 400, body: { errors: { filter: 'debe ser JSON válido' } } });
  });

  it('when a planner opens another institution stage, then 403', async () => {
    const answer = await stack.api('GET', `/stages/${await stack.stageId('MINEDUC')}`, { token: planner });
    expect(answer).toMatchObject({ status: 403, body: { message: 'La etapa pertenece a otra institución' } });
    expect((await stack.api('GET', '/stages/no-existe', { token: planner })).status).toBe(404);
  });
});

describe('POST /api/stages/:id/submit|approve|return', () => {
  it('when the flow runs submit, return, submit, approve, then each answer shows the new state', async () => {
    const id = await stack.stageId('MSPAS');
    const submitted = await stack.api('POST', `/stages/${id}/submit`, { token: planner, body: { comment: 'PEI 2027-2031' } });
    expect(submitted).toMatchObject({ status: 200, body: { status: 'submitted', version: 1 } });
    await stack.sink.waitFor((m) => m.to.includes('autoridad.mspas@ciclo.test'));

    const noComment = await stack.api('POST', `/stages/${id}/return`, { token: authority, body: { reasonCode: 'maybe' } });
    expect(noComment.status).toBe(400);
    expect(Object.keys(noComment.body.errors).sort()).toEqual(['comment', 'reasonCode']);

    const returned = await stack.api('POST', `/stages/${id}/return`, { token: authority, body: { comment: 'Sin línea base', reasonCode: 'incomplete' } });
    expect(returned).toMatchObject({ status: 200, body: { status: 'draft', version: 2, lastComment: 'Sin línea base' } });
    await stack.api('POST', `/stages/${id}/submit`, { token: planner, body: {} });
    const approved = await stack.api('POST', `/stages/${id}/approve`, { token: authority, body: { comment: 'Conforme' } });
    expect(approved).toMatchObject({ status: 200, body: { status: 'approved', version: 2 } });

    const audit = await stack.api('GET', `/audit-events?filter=${encodeURIComponent(JSON.stringify({ stageId: id }))}&sort=${encodeURIComponent('["at","ASC"]')}`, { token: coordinator });
    expect(audit.body.map((e: { action: string }) => e.action)).toEqual(['submitted', 'returned', 'submitted', 'approved']);
  });

  it('when acting after final approval, then 409 with a message', async () => {
    // MAGA's stage is this test's own: it approves it here rather than rely on the flow above.
    const id = await stack.stageId('MAGA');
    const [magaPlanner, magaAuthority] = await stack.signIn('planificador.maga@ciclo.test', 'autoridad.maga@ciclo.test');
    expect(await stack.api('POST', `/stages/${id}/submit`, { token: magaPlanner, body: {} })).toMatchObject({ status: 200, body: { status: 'submitted' } });
    expect(await stack.api('POST', `/stages/${id}/approve`, { token: magaAuthority, body: {} })).toMatchObject({ status: 200, body: { status: 'approved' } });
    const answer = await stack.api('POST', `/stages/${id}/approve`, { token: magaAuthority, body: {} });
    expect(answer.status).toBe(409);
    expect(answer.body.message).toMatch(/aprobada|no admite/);
  });

  it('when the wrong person or state acts, then 403 or 409 and nothing reaches the workflow history', async () => {
    const id = await stack.stageId('MINEDUC');
    const before = await acceptedUpdates('MINEDUC');
    const draftApproval = await stack.api('POST', `/stages/${id}/approve`, { token: await stack.login('autoridad.mineduc@ciclo.test'), body: {} });
    expect(draftApproval).toMatchObject({ status: 409, body: { message: 'Solo se puede aprobar una etapa enviada (estado: draft)' } });
    const authoritySubmits = await stack.api('POST', `/stages/${id}/submit`, { token: foreignAuthority, body: {} });
    expect(authoritySubmits).toMatchObject({ status: 403, body: { message: 'Solo la Dirección de Planificación de la institución puede enviar la etapa' } });
    const otherInstitution = await stack.api('POST', `/stages/${id}/submit`, { token: planner, body: {} });
    expect(otherInstitution.status).toBe(403);
    const coordinatorApproves = await stack.api('POST', `/stages/${id}/submit`, { token: coordinator, body: {} });
    expect(coordinatorApproves.status).toBe(403);
    expect(await acceptedUpdates('MINEDUC')).toBe(before);
    expect(await stack.db.auditEvent.count({ where: { stageId: id } })).toBe(0);
  });

  it('when the same requestId is sent twice, then the action applies once', async () => {
    const id = await stack.stageId('CIV');
    const token = await stack.login('planificador.civ@ciclo.test');
    const first = await stack.api('POST', `/stages/${id}/submit`, { token, body: { requestId: 'civ-submit-0001' } });
    const second = await stack.api('POST', `/stages/${id}/submit`, { token, body: { requestId: 'civ-submit-0001' } });
    expect(first).toMatchObject({ status: 200, body: { status: 'submitted' } });
    expect(second).toMatchObject({ status: 200, body: { status: 'submitted', version: 1 } });
    expect(await stack.db.auditEvent.count({ where: { stageId: id } })).toBe(1);
    expect(await acceptedUpdates('CIV')).toBe(1);
    const fresh = await stack.api('POST', `/stages/${id}/submit`, { token, body: { requestId: 'civ-submit-0002' } });
    expect(fresh.status).toBe(409);

    // The same requestId with another action is another request: it applies, and answers its own result.
    const assignee = await stack.db.user.findUniqueOrThrow({ where: { email: 'autoridad.civ@ciclo.test' } });
    const reassigned = await stack.api('POST', `/stages/${id}/reassign`, { token: coordinator, body: { level: 0, userId: assignee.id, requestId: 'civ-submit-0001' } });
    expect(reassigned.status, JSON.stringify(reassigned.body)).toBe(200);
    expect(reassigned.body.approvalChain[0]).toMatchObject({ assignee: { userId: assignee.id } });
    expect(await stack.db.auditEvent.count({ where: { stageId: id, action: 'reassigned' } })).toBe(1);
  });
});
