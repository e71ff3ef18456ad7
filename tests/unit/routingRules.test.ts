import { describe, expect, it } from 'vitest';
import { calendarTemplate } from '../../src/domain/calendar/template';
import { guatemalaTemplate } from '../../src/domain/calendar/templates';
import { blockMessage, conditionHolds, firedRules, rulesAt, type RoutingFacts, type StageRoutingRule } from '../../src/domain/routingRules';
import { StageApproval, type StageParties } from '../../src/domain/stageRules';

const mspas = 'inst-mspas';
const minfin = 'inst-minfin';
const qualityReview: StageRoutingRule = {
  code: 'revision_calidad',
  name: 'Revisión de calidad de MINFIN',
  when: { kind: 'overPreviousVigente', percent: 10 },
  then: { kind: 'addLevel', step: { role: 'coordinator', institutionId: minfin, addedBy: { rule: 'revision_calidad', name: 'Revisión de calidad de MINFIN' } } },
  at: ['submit', 'approval'],
};
const overCeiling: StageRoutingRule = {
  code: 'sobre_techo',
  name: 'Dentro de los techos',
  when: { kind: 'overCeiling' },
  then: { kind: 'block', message: 'El anteproyecto no puede exceder los techos' },
  at: ['submit'],
};
const facts = (f: Partial<RoutingFacts>): RoutingFacts => ({ proposedTotal: 1_000_000, previousVigente: null, ceilingTotal: null, ...f });

describe('routing rules', () => {
  it('when the proposal is more than the percentage over last year’s vigente, then the rule fires with the figures in Spanish', () => {
    expect(conditionHolds(qualityReview.when, facts({ proposedTotal: 1_150_000, previousVigente: 1_000_000 }))).toBe(
      'El total propuesto (Q 1,150,000.00) supera en 15.0 % el vigente del año anterior (Q 1,000,000.00); el límite es 10 %',
    );
    expect(conditionHolds(qualityReview.when, facts({ proposedTotal: 1_100_000, previousVigente: 1_000_000 }))).toBeUndefined();
  });

  it('when a figure is missing, then no rule fires on it', () => {
    expect(conditionHolds(qualityReview.when, facts({ proposedTotal: 9e9, previousVigente: null }))).toBeUndefined();
    expect(conditionHolds(qualityReview.when, facts({ proposedTotal: 9e9, previousVigente: 0 }))).toBeUndefined();
    expect(conditionHolds(overCeiling.when, facts({ proposedTotal: 9e9, ceilingTotal: null }))).toBeUndefined();
  });

  it('when the proposal exceeds the ceilings, then the blocking rule names the excess', () => {
    const fired = firedRules([qualityReview, overCeiling], 'submit', facts({ proposedTotal: 1_200_000, ceilingTotal: 1_000_000 }));
    expect(fired.map((f) => f.rule.code)).toEqual(['sobre_techo']);
    expect(blockMessage(fired)).toBe('El anteproyecto no puede exceder los techos (El total propuesto (Q 1,200,000.00) excede los techos asignados (Q 1,000,000.00) en Q 200,000.00)');
  });

  it('when a rule is not evaluated at a moment, then it neither fires nor asks for figures then', () => {
    expect(rulesAt([qualityReview, overCeiling], 'approval').map((r) => r.code)).toEqual(['revision_calidad']);
    expect(firedRules([overCeiling], 'approval', facts({ proposedTotal: 2, ceilingTotal: 1 }))).toEqual([]);
  });
});

describe('a level added by a rule', () => {
  const parties: StageParties = {
    ownerInstitutionId: mspas,
    submitterRole: 'planner',
    approvalChain: [
      { role: 'director', institutionId: mspas },
      { role: 'authority', institutionId: mspas },
    ],
  };
  const step = (qualityReview.then as { step: StageParties['approvalChain'][number] }).step;

  it('when the rule fires twice on one version, then its level is added once, at the end, and the last approval no longer ends the stage', () => {
    const stage = new StageApproval(parties, undefined, true);
    stage.submit('p');
    expect(stage.addLevel(step)).toBe(true);
    expect(stage.addLevel(step)).toBe(false);
    expect(stage.approvalChain.map((l) => l.role)).toEqual(['director', 'authority', 'coordinator']);
    stage.approve('d');
    expect(stage.approve('a')).toMatchObject({ status: 'in_review', reviewLevel: 2 });
    expect(stage.pendingStep).toMatchObject({ institutionId: minfin, addedBy: { rule: 'revision_calidad' } });
    expect(stage.approve('m')).toMatchObject({ status: 'approved' });
  });

  it('when the version is returned or recalled, then the added level goes with it and the next version is judged afresh', () => {
    const returned = new StageApproval(parties, undefined, true);
    returned.submit('p');
    returned.addLevel(step);
    returned.returnForCorrection();
    expect(returned.approvalChain).toHaveLength(2);
    const recalled = new StageApproval(parties, undefined, true);
    recalled.submit('p');
    recalled.addLevel(step);
    recalled.recall();
    expect(recalled.approvalChain).toHaveLength(2);
  });
});

describe('rules in a template', () => {
  const withRules = (rules: unknown[]) => {
    const template = structuredClone(guatemalaTemplate) as unknown as { stages: Record<string, unknown>[] };
    template.stages[0]!.rules = rules;
    return calendarTemplate.safeParse(template);
  };
  const rule = { code: 'sobre_techo', name: { es: 'Dentro de los techos', en: 'Within the ceilings' }, when: { kind: 'overCeiling' }, then: { kind: 'block', message: 'No puede exceder los techos' } };

  it('when a rule is well formed, then it is evaluated at submit and at each approval by default', () => {
    const parsed = withRules([rule]);
    expect(parsed.success && parsed.data.stages[0]!.rules).toEqual([{ ...rule, at: ['submit', 'approval'] }]);
  });

  it('when two rules share a code or a coordination level names no institution, then the template is refused in Spanish', () => {
    const parsed = withRules([rule, rule, { ...rule, code: 'calidad', then: { kind: 'addLevel', level: { role: 'coordinator' } } }]);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(
      expect.arrayContaining(['stages.0.rules.2.then.level.institutionCode: un nivel de coordinación indica la institución que revisa', 'stages.0.rules.1.code: regla repetida: sobre_techo']),
    );
  });
});
