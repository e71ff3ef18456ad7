// Cycles and calendar templates through the API, down to the real workflows on the dev server.
import { describe, expect, it } from 'vitest';
import { guatemalaTemplate } from '../../src/domain/calendar/templates/guatemala';
import { useTestStack } from '../support/useTestStack';
import { eventually } from '../support/eventually';

let coordinator: string;
let planner: string;

const stack = useTestStack(async (stack) => {
  [coordinator, planner] = await stack.signIn('coordinador.minfin@ciclo.test', 'planificador.mspas@ciclo.test');
});

describe('/api/calendar-templates', () => {
  it('when listed, then the Guatemala and Peru templates, Guatemala\'s election-year variant, execution year, municipal calendar and budget documents, and Peru\'s Cuenta General are there as data', async () => {
    const answer = await stack.api('GET', '/calendar-templates', { token: planner });
    expect(answer.body.map((t: { code: string }) => t.code)).toEqual(['GT-ANUAL', 'GT-ANUAL-ELECTORAL', 'GT-MUNICIPAL', 'GT-SEGUIMIENTO', 'GT-TRANSPARENCIA', 'PE-ANUAL', 'PE-CUENTA-GENERAL']);
    expect(answer.headers.get('content-range')).toBe('calendar-templates 0-6/7');
    expect(answer.body[0].stages).toHaveLength(14);
    expect(answer.body[1].stages).toHaveLength(15);
    expect(answer.body[2]).toMatchObject({ phase: 'municipal' });
    expect(answer.body[3]).toMatchObject({ phase: 'execution' });
    expect(answer.body[4]).toMatchObject({ phase: 'transparency' });
    expect(answer.body[6]).toMatchObject({ phase: 'execution' });
  });

  it('when a template is edited with an impossible date, then 422 names the field and nothing changes', async () => {
    const [gt] = (await stack.api('GET', '/calendar-templates', { token: coordinator })).body;
    const broken = structuredClone(guatemalaTemplate);
    broken.stages[1]!.deadline = { kind: 'fixedDate', month: 2, day: 31, yearOffset: -1 };
    const answer = await stack.api('PUT', `/calendar-templates/${gt.id}`, { token: coordinator, body: broken });
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.body.errors)).toEqual(['stages.1.deadline.day']);
    const after = await stack.api('GET', `/calendar-templates/${gt.id}`, { token: coordinator });
    expect(after.body.stages[1].deadline).toEqual(guatemalaTemplate.stages[1]!.deadline);
  });

  it('when a planner tries to edit a template, then 403', async () => {
    const [gt] = (await stack.api('GET', '/calendar-templates', { token: planner })).body;
    expect((await stack.api('PUT', `/calendar-templates/${gt.id}`, { token: planner, body: guatemalaTemplate })).status).toBe(403);
  });

  it('when a coordinator moves a date in the template, then it is stored', async () => {
    const [gt] = (await stack.api('GET', '/calendar-templates', { token: coordinator })).body;
    const edited = structuredClone(guatemalaTemplate);
    edited.stages[5]!.deadline = { kind: 'fixedDate', month: 7, day: 10, yearOffset: -1 };
    const answer = await stack.api('PUT', `/calendar-templates/${gt.id}`, { token: coordinator, body: edited });
    expect(answer).toMatchObject({ status: 200, body: { code: 'GT-ANUAL' } });
    expect(answer.body.stages[5].deadline.day).toBe(10);
  });
});

describe('/api/cycles', () => {
  it('when the body is wrong, then 400 with field messages and no cycle', async () => {
    const answer = await stack.api('POST', '/cycles', { token: coordinator, body: { fiscalYear: 'dos mil', institutionCodes: [] } });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.errors).sort()).toEqual(['fiscalYear', 'institutionCodes', 'templateCode']);
    const unknown = await stack.api('POST', '/cycles', { token: coordinator, body: { fiscalYear: 2031, templateCode: 'GT-ANUAL', institutionCodes: ['MSPAS', 'XYZ'] } });
    expect(unknown).toMatchObject({ status: 422, body: { message: 'Instituciones desconocidas: XYZ' } });
    expect(await stack.db.cycle.count({ where: { fiscalYear: 2031 } })).toBe(0);
  });

  it('when an institution was deactivated, then a new cycle refuses it and nothing starts', async () => {
    await stack.db.institution.create({ data: { code: 'DE-BAJA', name: 'Institución dada de baja', kind: 'decentralised', active: false } });
    const answer = await stack.api('POST', '/cycles', { token: coordinator, body: { fiscalYear: 2033, templateCode: 'GT-ANUAL', institutionCodes: ['MSPAS', 'DE-BAJA'] } });
    expect(answer).toMatchObject({ status: 422, body: { message: 'Instituciones dadas de baja, que no entran en ciclos nuevos: DE-BAJA' } });
    expect(await stack.db.cycle.count({ where: { fiscalYear: 2033 } })).toBe(0);
  });

  it('when a planner starts a cycle, then 403', async () => {
    const answer = await stack.api('POST', '/cycles', { token: planner, body: { fiscalYear: 2031, templateCode: 'GT-ANUAL', institutionCodes: ['MSPAS'] } });
    expect(answer.status).toBe(403);
  });

  it('when a coordinator starts one, then the workflows run, the progress matrix shows every cell and a date moves for all', async () => {
    const started = await stack.api('POST', '/cycles', { token: coordinator, body: { fiscalYear: 2028, templateCode: 'GT-ANUAL', institutionCodes: ['MSPAS', 'MINEDUC', 'MAGA', 'CIV'] } });
    expect(started).toMatchObject({ status: 201, body: { jurisdiction: 'GT', fiscalYear: 2028, institutions: 4, workflowId: 'cycle/GT/2028' } });
    const again = await stack.api('POST', '/cycles', { token: coordinator, body: { fiscalYear: 2028, templateCode: 'GT-ANUAL', institutionCodes: ['MSPAS'] } });
    expect(again).toMatchObject({ status: 409, body: { message: 'Ya existe el ciclo de planificación GT 2028' } });

    const members = await stack.api('GET', `/institution-cycles?filter=${encodeURIComponent(JSON.stringify({ cycleId: started.body.id }))}`, { token: coordinator });
    expect(members.body.map((m: { institutionCode: string }) => m.institutionCode).sort()).toEqual(['CIV', 'MAGA', 'MINEDUC', 'MSPAS']);
    // The government cycle starts its institution cycles just after the API answers.
    const status = await eventually(async () => (await stack.temporal.client.workflow.getHandle('cycle/GT/2028/MSPAS').describe()).status.name, 15_000);
    expect(status).toBe('RUNNING');

    const progress = await stack.api('GET', `/cycles/${started.body.id}/progress`, { token: coordinator });
    expect(progress.status).toBe(200);
    expect(progress.body.institutions).toHaveLength(4);
    expect(progress.body.institutions[0].cells.map((c: { stageCode: string }) => c.stageCode)).toEqual([
      'strategic_review', 'pom_poa', 'preliminary_programming', 'budget_proposal', 'consolidation_feedback', 'poa_adjustment',
    ]);
    expect(progress.body.coordination.map((c: { stageCode: string; status: string }) => `${c.stageCode}:${c.status}`)).toContain('guidelines:not_open');

    const byPlanner = await stack.api('POST', `/cycles/${started.body.id}/move-deadline`, { token: planner, body: { stageCode: 'budget_proposal', deadline: '2027-07-22T23:59:59-06:00' } });
    expect(byPlanner.status).toBe(403);
    const unknownStage = await stack.api('POST', `/cycles/${started.body.id}/move-deadline`, { token: coordinator, body: { stageCode: 'nope', deadline: '2027-07-22T23:59:59-06:00' } });
    expect(unknownStage).toMatchObject({ status: 409, body: { message: 'La plantilla no tiene la etapa nope' } });
    const moved = await stack.api('POST', `/cycles/${started.body.id}/move-deadline`, { token: coordinator, body: { stageCode: 'budget_proposal', deadline: '2027-07-22T23:59:59-06:00' } });
    expect(moved).toMatchObject({ status: 200, body: { stageCode: 'budget_proposal', deadline: '2027-07-23T05:59:59.000Z' } });
  });
});

describe('GET /api/cycles/:id/start-progress', () => {
  it('when a coordinator starts a cycle for 80 institutions, then the count of started ones only grows and reaches 80, each one running', async () => {
    const codes = Array.from({ length: 76 }, (_, i) => `INST${String(i + 1).padStart(3, '0')}`);
    await stack.db.institution.createMany({ data: codes.map((code) => ({ code, name: `Institución de prueba ${code}`, kind: 'ministry' as const, sector: 'Prueba' })) });
    const institutionCodes = ['MSPAS', 'MINEDUC', 'MAGA', 'CIV', ...codes];
    const started = await stack.api('POST', '/cycles', { token: coordinator, body: { fiscalYear: 2032, templateCode: 'GT-ANUAL', institutionCodes } });
    expect(started).toMatchObject({ status: 201, body: { institutions: 80 } });

    const seen: number[] = [];
    const final = await eventually(async () => {
      const answer = await stack.api('GET', `/cycles/${started.body.id}/start-progress`, { token: coordinator });
      // Before the cycle has loaded its template it answers 0 started, not an error.
      expect(answer.status).toBe(200);
      seen.push(answer.body.started);
      if (answer.body.started < 80) throw new Error(`${answer.body.started} de 80`);
      return answer.body;
    }, 60_000);
    expect(final).toEqual({ cycleId: started.body.id, institutions: 80, started: 80, completed: 0 });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const last = await stack.temporal.client.workflow.getHandle(`cycle/GT/2032/${codes.at(-1)}`).describe();
    expect(last.status.name).toBe('RUNNING');

    expect((await stack.api('GET', '/cycles/00000000-0000-4000-8000-000000000000/start-progress', { token: coordinator })).status).toBe(404);
  });
});

describe('POST /api/stages/:id/extend', () => {
  it('when an authority extends, then 403; when a coordinator extends, then the deadline moves', async () => {
    const id = await stack.stageId('MAGA');
    const authority = await stack.login('autoridad.maga@ciclo.test');
    expect((await stack.api('POST', `/stages/${id}/extend`, { token: authority, body: { newDeadline: '2027-04-30T23:59:59-06:00', comment: 'Más tiempo' } })).status).toBe(403);
    const earlier = await stack.api('POST', `/stages/${id}/extend`, { token: coordinator, body: { newDeadline: '2027-01-01T00:00:00-06:00', comment: 'Antes' } });
    expect(earlier).toMatchObject({ status: 409, body: { message: 'El nuevo plazo debe ser posterior al actual' } });
    const extended = await stack.api('POST', `/stages/${id}/extend`, { token: coordinator, body: { newDeadline: '2027-04-30T23:59:59-06:00', comment: 'Cambio de autoridades' } });
    expect(extended).toMatchObject({ status: 200, body: { deadline: '2027-05-01T05:59:59.000Z' } });
    await stack.sink.waitFor((m) => m.subject.startsWith('Prórroga:') && m.to.includes('planificador.maga@ciclo.test'));
  });
});

describe('POST /api/delegations', () => {
  it('when an authority changes, then every approval awaiting them goes to their successor, who alone decides', async () => {
    const id = await stack.stageId('CIV');
    await stack.api('POST', `/stages/${id}/submit`, { token: await stack.login('planificador.civ@ciclo.test'), body: {} });
    const outgoing = await stack.db.user.findUniqueOrThrow({ where: { email: 'autoridad.civ@ciclo.test' } });
    const successor = await stack.db.user.create({
      data: { email: 'nuevo.ministro.civ@ciclo.test', name: 'Nuevo ministro CIV', role: 'authority', institutionId: outgoing.institutionId, passwordHash: outgoing.passwordHash },
    });
    const outgoingToken = await stack.login('autoridad.civ@ciclo.test');

    const byPlanner = await stack.api('POST', '/delegations', { token: planner, body: { fromUserId: outgoing.id, toUserId: successor.id } });
    expect(byPlanner.status).toBe(403);
    const foreign = await stack.db.user.findUniqueOrThrow({ where: { email: 'autoridad.maga@ciclo.test' } });
    const wrongInstitution = await stack.api('POST', '/delegations', { token: outgoingToken, body: { fromUserId: outgoing.id, toUserId: foreign.id } });
    expect(wrongInstitution).toMatchObject({ status: 422, body: { errors: { toUserId: 'es de otra institución' } } });

    const delegated = await stack.api('POST', '/delegations', { token: outgoingToken, body: { fromUserId: outgoing.id, toUserId: successor.id } });
    expect(delegated).toMatchObject({ status: 200, body: { reassigned: [id] } });
    expect((await stack.db.stage.findUniqueOrThrow({ where: { id } })).approvalChain).toEqual([{ role: 'authority', institutionId: outgoing.institutionId, assignee: { userId: successor.id, name: 'Nuevo ministro CIV' } }]);
    await stack.sink.waitFor((m) => m.to.includes('nuevo.ministro.civ@ciclo.test') && m.subject.includes('se le delegó'));

    const old = await stack.api('POST', `/stages/${id}/approve`, { token: outgoingToken, body: {} });
    expect(old).toMatchObject({ status: 403, body: { message: 'Este nivel fue delegado a Nuevo ministro CIV' } });
    const approved = await stack.api('POST', `/stages/${id}/approve`, { token: await stack.login('nuevo.ministro.civ@ciclo.test'), body: {} });
    expect(approved).toMatchObject({ status: 200, body: { status: 'approved' } });
  });
});
