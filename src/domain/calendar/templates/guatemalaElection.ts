// Guatemala's planning-budget year when year t-1 is an election year (2027, 2031...): the same
// stages as GT-ANUAL, plus SEGEPLAN's transition to the government that takes office on
// 14 January of t. The outgoing government formulates the budget; SEGEPLAN hands the incoming
// one the state of plans and budget, its final transition report due on inauguration day.
// A cycle picks this template instead of GT-ANUAL for such a year.
import type { ApprovalLevel, CalendarTemplate } from '../template';
import { coordinationStage, fixed, guatemalaTemplate } from './guatemala';

const minfin: ApprovalLevel = { role: 'coordinator', institutionCode: 'MINFIN' };

const transition = coordinationStage({
  code: 'government_transition',
  name: { es: 'Transición gubernamental (SEGEPLAN)', en: 'Government transition (SEGEPLAN)' },
  order: 0,
  dependsOn: ['congress_submission'],
  // After the second electoral round (August) and the bill's submission.
  start: fixed(9, 3),
  // Inauguration day: the date stays even on a weekend, as the change of government does.
  deadline: fixed(1, 14, 0),
  submitterInstitutionCode: 'SEGEPLAN',
  // MINFIN, the other coordinator, receives the report for the budget it hands over (four eyes).
  approvalChain: [minfin],
  deliverable: 'Informe final de transición: estado de la planificación, del presupuesto aprobado y de su ejecución, para el gobierno entrante',
  legalBasis: 'Transición coordinada por SEGEPLAN; el nuevo período presidencial empieza el 14 de enero (Constitución Política de la República); artículo y fechas: verificar fecha',
});

const stages = [...guatemalaTemplate.stages];
// Right after the bill's submission, which it waits on.
stages.splice(stages.findIndex((s) => s.code === 'congress_submission') + 1, 0, transition);

export const guatemalaElectionTemplate: CalendarTemplate = {
  ...guatemalaTemplate,
  code: 'GT-ANUAL-ELECTORAL',
  name: {
    es: 'Ciclo anual de planificación y presupuesto en año electoral (Guatemala)',
    en: 'Annual planning and budget cycle in an election year (Guatemala)',
  },
  stages: stages.map((stage, i) => ({ ...stage, order: i + 1 })),
};
