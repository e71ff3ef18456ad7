// A template whose one stage carries routing rules (issue 22, item 2), and the figures they read,
// for the API and browser tests of rules: a cycle of it opens the stage at once.
import type { TestStack } from './stack';

/** A year whose dates are open now: the stage opens two years before it and is due a year after. */
export const rulesFiscalYear = new Date().getUTCFullYear() + 1;
export const rulesStageCode = 'anteproyecto_reglas';

export const rulesTemplate = {
  code: 'GT-REGLAS',
  jurisdiction: 'GT',
  name: { es: 'Calendario con reglas', en: 'Calendar with rules' },
  utcOffset: '-06:00',
  phase: 'planning',
  stages: [
    {
      code: rulesStageCode,
      name: { es: 'Anteproyecto con reglas', en: 'Proposal with rules' },
      order: 1,
      scope: 'institution',
      start: { kind: 'fixedDate', month: 1, day: 1, yearOffset: -2 },
      deadline: { kind: 'fixedDate', month: 12, day: 31, yearOffset: 1 },
      submitterRole: 'planner',
      approvalChain: [{ role: 'director' }, { role: 'authority' }],
      deliverable: 'Anteproyecto de prueba',
      rules: [
        { code: 'dentro_del_techo', name: { es: 'Dentro de los techos', en: 'Within the ceilings' }, when: { kind: 'overCeiling' }, then: { kind: 'block', message: 'El anteproyecto no puede exceder los techos' }, at: ['submit'] },
        {
          code: 'revision_calidad',
          name: { es: 'Revisión de calidad de MINFIN', en: "MINFIN's quality review" },
          when: { kind: 'overPreviousVigente', percent: 10 },
          then: { kind: 'addLevel', level: { role: 'coordinator', institutionCode: 'MINFIN' } },
        },
        {
          code: 'crecimiento_maximo',
          name: { es: 'Crecimiento máximo', en: 'Maximum growth' },
          when: { kind: 'overPreviousVigente', percent: 100 },
          then: { kind: 'block', message: 'Un anteproyecto que duplica el vigente vuelve a la institución' },
          at: ['approval'],
        },
      ],
    },
  ],
};

/**
 * The institution's figures for the rules: one budget line proposed for the year, one of the
 * year before with its vigente, and a ceiling (version 1). Returns the proposed line's id.
 */
export async function recordRuleFigures(stack: TestStack, institutionId: string, figures: { proposed: number; previousVigente: number; ceiling: number }): Promise<string> {
  let proposedLine = '';
  for (const year of [rulesFiscalYear, rulesFiscalYear - 1]) {
    const category = await stack.db.programmaticCategory.create({ data: { institutionId, fiscalYear: year, code: '11-00-000-001-000', programa: 11, actividad: 1, name: year === rulesFiscalYear ? 'Programa propuesto' : 'Programa del año anterior' } });
    const amounts = year === rulesFiscalYear ? { amount: figures.proposed } : { amount: figures.previousVigente, vigente: figures.previousVigente };
    const line = await stack.db.budgetLine.create({ data: { institutionId, fiscalYear: year, categoryId: category.id, objectCode: '011', sourceCode: '11', ...amounts } });
    if (year === rulesFiscalYear) proposedLine = line.id;
  }
  await stack.db.budgetCeiling.create({ data: { institutionId, sourceCode: '11', fiscalYear: rulesFiscalYear, version: 1, amount: figures.ceiling } });
  return proposedLine;
}
