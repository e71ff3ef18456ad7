// What the role home pages read: the stages awaiting the signed-in person's decision
// (GET /api/stages?filter={"awaitingMe":true}) and a cycle's figures (GET /api/cycles/:id/statistics),
// against a real compressed cycle driven through the API.
import { describe, expect, it } from 'vitest';
import { useTestStack } from '../support/useTestStack';
import { eventually } from '../support/eventually';
import { actOnOpenedStage, openedStage } from '../support/openedStages';

const tokens: Record<string, string> = {};
const as = (email: string) => tokens[email]!;

const stack = useTestStack(async (stack) => {
  const emails = [
    'planificador.mspas@ciclo.test',
    'director.mspas@ciclo.test',
    'autoridad.mspas@ciclo.test',
    'autoridad.mineduc@ciclo.test',
    'coordinador.segeplan@ciclo.test',
    'coordinador.minfin@ciclo.test',
  ];
  for (const email of emails) tokens[email] = await stack.login(email);
});

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const awaitingOf = async (email: string, awaitingMe = true) => {
  const answer = await stack.api('GET', `/stages?filter=${q({ awaitingMe })}`, { token: as(email) });
  expect(answer.status).toBe(200);
  return answer.body as { id: string; institutionCode: string; code: string }[];
};

describe('GET /api/stages?filter={"awaitingMe":…}', () => {
  it('when a planner submits, then the stage awaits their authority only, and false lists the rest', async () => {
    const stageId = await stack.stageId('MSPAS');
    expect(await awaitingOf('autoridad.mspas@ciclo.test')).toEqual([]);
    const submitted = await stack.api('POST', `/stages/${stageId}/submit`, { token: as('planificador.mspas@ciclo.test'), body: {} });
    expect(submitted.body.status).toBe('submitted');

    const answer = await stack.api('GET', `/stages?filter=${q({ awaitingMe: true })}`, { token: as('autoridad.mspas@ciclo.test') });
    expect(answer.body.map((s: { id: string }) => s.id)).toEqual([stageId]);
    expect(answer.headers.get('content-range')).toBe('stages 0-0/1');
    for (const other of ['autoridad.mineduc@ciclo.test', 'planificador.mspas@ciclo.test', 'coordinador.minfin@ciclo.test']) {
      expect(await awaitingOf(other), other).toEqual([]);
    }
    expect((await awaitingOf('autoridad.mspas@ciclo.test', false)).map((s) => s.id)).not.toContain(stageId);
    // With an id filter too, both must hold.
    const both = await stack.api('GET', `/stages?filter=${q({ awaitingMe: true, id: [stageId, await stack.stageId('MAGA')] })}`, { token: as('autoridad.mspas@ciclo.test') });
    expect(both.body.map((s: { id: string }) => s.id)).toEqual([stageId]);
  });

  it('when awaitingMe is not a boolean, then 400 naming it', async () => {
    const answer = await stack.api('GET', `/stages?filter=${q({ awaitingMe: 'yes' })}`, { token: as('autoridad.mspas@ciclo.test') });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.errors)).toEqual(['filter.awaitingMe']);
  });
});

describe('GET /api/cycles/:id/statistics', () => {
  it('when the cycle does not exist, then 404', async () => {
    const answer = await stack.api('GET', '/cycles/00000000-0000-4000-8000-000000000000/statistics', { token: as('coordinador.minfin@ciclo.test') });
    expect(answer).toMatchObject({ status: 404, body: { message: expect.stringMatching(/ciclo/i) } });
  });

  it('when guidelines are approved late and a ministry carries its PEI in time, then the figures and each level\'s inbox say so', async () => {
    // Eight days before the PEI deadline, with the guidelines already overdue; a calendar day lasts 3.5 s,
    // so MSPAS's PEI is carried in time even on a loaded machine (its browser twin once missed at 2.9 s).
    const started = await stack.api('POST', '/cycles', {
      token: as('coordinador.minfin@ciclo.test'),
      body: { fiscalYear: 2028, templateCode: 'GT-ANUAL', institutionCodes: ['MSPAS', 'MINEDUC', 'MAGA', 'CIV'], timeScale: 25_000, calendarStart: '2027-03-24T00:00:00-06:00' },
    });
    expect(started.status).toBe(201);
    const cycleId = started.body.id as string;
    const stageOf = (code: string, institutionCode: string) => openedStage(stack, cycleId, code, institutionCode);
    const act = (stageId: string, email: string, action: 'submit' | 'approve') => actOnOpenedStage(stack, stageId, as(email), action);

    const guidelines = await stageOf('guidelines', 'SEGEPLAN');
    expect((await awaitingOf('coordinador.minfin@ciclo.test')).map((s) => s.id)).not.toContain(guidelines.id);
    await act(guidelines.id, 'coordinador.segeplan@ciclo.test', 'submit');
    expect((await awaitingOf('coordinador.minfin@ciclo.test')).map((s) => s.id)).toContain(guidelines.id);
    await act(guidelines.id, 'coordinador.minfin@ciclo.test', 'approve');

    const pei = await stageOf('strategic_review', 'MSPAS');
    await act(pei.id, 'planificador.mspas@ciclo.test', 'submit');
    // The chain is director, then authority: each sees it only at their level.
    expect((await awaitingOf('director.mspas@ciclo.test')).map((s) => s.id)).toContain(pei.id);
    expect((await awaitingOf('autoridad.mspas@ciclo.test')).map((s) => s.id)).not.toContain(pei.id);
    await act(pei.id, 'director.mspas@ciclo.test', 'approve');
    expect((await awaitingOf('director.mspas@ciclo.test')).map((s) => s.id)).not.toContain(pei.id);
    expect((await awaitingOf('autoridad.mspas@ciclo.test')).map((s) => s.id)).toContain(pei.id);
    await act(pei.id, 'autoridad.mspas@ciclo.test', 'approve');

    const answer = await stack.api('GET', `/cycles/${cycleId}/statistics`, { token: as('coordinador.segeplan@ciclo.test') });
    expect(answer.status).toBe(200);
    const stats = answer.body;
    expect(stats.cycleId).toBe(cycleId);
    expect(stats.byStage.map((s: { stageCode: string }) => s.stageCode)).toEqual([
      'guidelines', 'budget_formulation_rules', 'strategic_review', 'pom_poa', 'budget_ceilings', 'preliminary_programming', 'budget_proposal',
      'open_budget_hearings', 'consolidation', 'consolidation_feedback', 'congress_submission', 'budget_approval', 'analytic_distribution', 'poa_adjustment',
    ]);
    const byCode = (code: string) => stats.byStage.find((s: { stageCode: string }) => s.stageCode === code);
    expect(byCode('guidelines')).toMatchObject({ scope: 'coordination', expected: 1, opened: 1, approved: 1, approvedLate: 1, onTimeShare: 0 });
    expect(byCode('strategic_review')).toMatchObject({ scope: 'institution', expected: 4, opened: 4, approved: 1, approvedOnTime: 1, approvedLate: 0 });
    expect(stats.byInstitution.map((i: { institutionCode: string; sector: string }) => `${i.institutionCode}:${i.sector}`)).toEqual([
      'CIV:Infraestructura', 'MAGA:Agricultura', 'MINEDUC:Educación', 'MSPAS:Salud',
    ]);
    expect(stats.byInstitution.find((i: { institutionCode: string }) => i.institutionCode === 'MSPAS')).toMatchObject({ approved: 1, approvedLate: 0 });
    expect(stats.completion.expected).toBe(8 + 4 * 6);
    expect(stats.completion.points.at(-1)).toMatchObject({ approved: 2 });

    // The same figures from the rows themselves, read while no stage opens (the PEI's approval
    // opens MSPAS's next stage a moment later).
    const settled = await eventually(async () => {
      const before = await stack.db.stage.findMany({ where: { cycleId } });
      const totals = (await stack.api('GET', `/cycles/${cycleId}/statistics`, { token: as('coordinador.segeplan@ciclo.test') })).body.totals;
      const after = await stack.db.stage.findMany({ where: { cycleId } });
      if (before.length !== after.length) throw new Error('una etapa se abrió durante la lectura');
      return { totals, rows: after };
    });
    expect(settled.totals).toMatchObject({ opened: settled.rows.length, approved: settled.rows.filter((r) => r.status === 'approved').length });
  });
});
