// Rules that reroute or block (issue 22, item 2), configured in a template through the API and
// run by a real cycle: a proposal over its ceilings is refused at submit, one growing more than
// 10 % over last year's vigente gets MINFIN's review as an added level, and one that doubles is
// refused at approval. Each firing is audited; a refused step changes nothing else.
import { describe, expect, it } from 'vitest';
import { useTestStack } from '../support/useTestStack';
import { openedStage } from '../support/openedStages';
import { eventually } from '../support/eventually';
import { recordRuleFigures, rulesFiscalYear as fiscalYear, rulesStageCode as stageCode, rulesTemplate as template } from '../support/rulesTemplate';

const tokens: Record<'planner' | 'director' | 'authority' | 'minfin', string> = { planner: '', director: '', authority: '', minfin: '' };
let mspasId: string;
let lineId: string;

const stack = useTestStack(async (stack) => {
  mspasId = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MSPAS' } })).id;
  tokens.planner = await stack.login('planificador.mspas@ciclo.test');
  tokens.director = await stack.login('director.mspas@ciclo.test');
  tokens.authority = await stack.login('autoridad.mspas@ciclo.test');
  tokens.minfin = await stack.login('coordinador.minfin@ciclo.test');
  // MSPAS proposes Q 1,200,000 under a ceiling of Q 1,000,000; last year's vigente was Q 1,000,000.
  lineId = await recordRuleFigures(stack, mspasId, { proposed: 1_200_000, previousVigente: 1_000_000, ceiling: 1_000_000 });
});

const post = (stageId: string, action: 'submit' | 'approve', who: keyof typeof tokens) => stack.api('POST', `/stages/${stageId}/${action}`, { token: tokens[who], body: {} });
const events = async (stageId: string) => (await stack.db.auditEvent.findMany({ where: { stageId }, orderBy: { seq: 'asc' } })).map((e) => `${e.action}${e.reasonCode && e.action.startsWith('rule') ? `:${e.reasonCode}` : ''}`);

describe('rules of a template that reroute or block', () => {
  it('when a rule is malformed, then the template is refused with its field named and nothing is stored', async () => {
    const broken = structuredClone(template);
    (broken.stages[0]!.rules[1]!.then as { level: object }).level = { role: 'coordinator' };
    const answer = await stack.api('POST', '/calendar-templates', { token: tokens.minfin, body: { ...broken, code: 'GT-ROTA' } });
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual({ 'stages.0.rules.1.then.level.institutionCode': 'un nivel de coordinación indica la institución que revisa' });
    expect(await stack.db.calendarTemplate.count({ where: { code: 'GT-ROTA' } })).toBe(0);
  });

  it('when the proposal breaks the rules, then submit and approval are refused, a level is added, each firing audited, and the stage ends approved by MINFIN', async () => {
    const created = await stack.api('POST', '/calendar-templates', { token: tokens.minfin, body: template });
    expect(created.status).toBe(201);
    expect(created.body.stages[0].rules.map((r: { code: string; at: string[] }) => `${r.code}@${r.at.join('+')}`)).toEqual(['dentro_del_techo@submit', 'revision_calidad@submit+approval', 'crecimiento_maximo@approval']);
    const cycle = await stack.api('POST', '/cycles', { token: tokens.minfin, body: { fiscalYear, templateCode: 'GT-REGLAS', institutionCodes: ['MSPAS'] } });
    expect(cycle.status).toBe(201);
    const stage = await openedStage(stack, cycle.body.id, stageCode, 'MSPAS');

    // Over the ceiling: refused with the rule's message and the figures; the stage stays a draft.
    const overCeiling = await eventually(async () => {
      const answer = await post(stage.id, 'submit', 'planner');
      if (answer.status === 409 && /abriendo/.test(answer.body.message)) throw new Error(answer.body.message);
      return answer;
    });
    expect(overCeiling).toMatchObject({
      status: 422,
      body: {
        message: 'La etapa no puede enviarse: El anteproyecto no puede exceder los techos (El total propuesto (Q 1,200,000.00) excede los techos asignados (Q 1,000,000.00) en Q 200,000.00)',
        problems: [{ gate: 'rule', ref: 'Dentro de los techos', message: 'El anteproyecto no puede exceder los techos (El total propuesto (Q 1,200,000.00) excede los techos asignados (Q 1,000,000.00) en Q 200,000.00)' }],
      },
    });
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stage.id } })).toMatchObject({ status: 'draft', version: 1 });
    expect(await events(stage.id)).toEqual(['rule_blocked:dentro_del_techo']);

    // MINFIN raises the ceiling: the submission goes through, 20 % over the vigente adds MINFIN's review.
    await stack.db.budgetCeiling.create({ data: { institutionId: mspasId, sourceCode: '11', fiscalYear, version: 2, amount: 3_000_000 } });
    expect(await post(stage.id, 'submit', 'planner')).toMatchObject({ status: 200, body: { status: 'submitted', reviewLevel: 0 } });
    const submitted = await stack.api('GET', `/stages/${stage.id}`, { token: tokens.planner });
    expect(submitted.body.approvalChain.map((l: { role: string; addedBy?: { rule: string } }) => `${l.role}${l.addedBy ? `+${l.addedBy.rule}` : ''}`)).toEqual(['director', 'authority', 'coordinator+revision_calidad']);
    expect(await events(stage.id)).toEqual(['rule_blocked:dentro_del_techo', 'submitted', 'rule_fired:revision_calidad']);
    const fired = await stack.db.auditEvent.findFirstOrThrow({ where: { stageId: stage.id, action: 'rule_fired' } });
    expect(fired.comment).toBe('Revisión de calidad de MINFIN: El total propuesto (Q 1,200,000.00) supera en 20.0 % el vigente del año anterior (Q 1,000,000.00); el límite es 10 %. Se añade el nivel 3');
    await stack.sink.waitFor((m) => m.to.includes('coordinador.minfin@ciclo.test') && /necesitará también su revisión/.test(m.subject));

    // The proposal grows to 2.5 times the vigente after the director's approval: the authority's is refused.
    expect(await post(stage.id, 'approve', 'director')).toMatchObject({ status: 200, body: { status: 'in_review', reviewLevel: 1 } });
    await stack.db.budgetLine.update({ where: { id: lineId }, data: { amount: 2_500_000 } });
    const doubled = await post(stage.id, 'approve', 'authority');
    expect(doubled).toMatchObject({ status: 422, body: { message: expect.stringMatching(/^La etapa no puede aprobarse: Un anteproyecto que duplica el vigente vuelve a la institución \(El total propuesto \(Q 2,500,000.00\) supera en 150.0 %/) } });
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stage.id } })).toMatchObject({ status: 'in_review', reviewLevel: 1 });

    // Back to Q 1,200,000: the authority approves, the added level's MINFIN coordinator ends it.
    await stack.db.budgetLine.update({ where: { id: lineId }, data: { amount: 1_200_000 } });
    expect(await post(stage.id, 'approve', 'authority')).toMatchObject({ status: 200, body: { status: 'in_review', reviewLevel: 2 } });
    expect(await post(stage.id, 'approve', 'minfin')).toMatchObject({ status: 200, body: { status: 'approved' } });
    expect(await events(stage.id)).toEqual([
      'rule_blocked:dentro_del_techo',
      'submitted',
      'rule_fired:revision_calidad',
      'level_approved',
      'rule_blocked:crecimiento_maximo',
      'level_approved',
      'approved',
    ]);
  });
});
