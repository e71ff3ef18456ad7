// Guatemala's execution year (see DOMAIN.md, "Monitoring"): during fiscal year t the institution
// reports its physical and financial progress every month (published monthly) and, within 15 days
// of each four-month period, a four-monthly report approved up to SEGEPLAN.
import type { ApprovalLevel, CalendarTemplate, StageTemplate } from '../template';
import { fixed, institutionStage } from './guatemala';

const director: ApprovalLevel = { role: 'director' };
const authority: ApprovalLevel = { role: 'authority' };
const segeplan: ApprovalLevel = { role: 'coordinator', institutionCode: 'SEGEPLAN' };

const monthNames = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const monthNamesEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The day after a month of t ends, in the month after it (December's falls in t+1). */
const followingMonth = (month: number, day: number) => (month === 12 ? fixed(1, day, 1) : fixed(month + 1, day, 0));

/** Month m's progress: opens on the 1st of the next month, due on the 10th. */
function monthlyProgress(month: number, order: number): StageTemplate {
  const mm = String(month).padStart(2, '0');
  return institutionStage({
    code: `avance_mensual_${mm}`,
    name: { es: `Avance físico y financiero de ${monthNames[month - 1]}`, en: `Physical and financial progress, ${monthNamesEn[month - 1]}` },
    order,
    start: followingMonth(month, 1),
    deadline: followingMonth(month, 10),
    approvalChain: [director],
    deliverable: 'Ejecución física y financiera del mes y mediciones de indicadores mensuales',
    deliverableKind: 'monitoringReport',
    period: mm,
    reminderDaysBefore: [3, 1],
  });
}

/** Four-monthly report n: opens when its period ends, due 15 days later. */
function fourMonthlyReport(n: 1 | 2 | 3, order: number): StageTemplate {
  const lastMonth = n * 4;
  return institutionStage({
    code: `informe_cuatrimestral_${n}`,
    name: { es: `Informe cuatrimestral ${n} de seguimiento`, en: `Four-monthly monitoring report ${n}` },
    order,
    start: followingMonth(lastMonth, 1),
    deadline: followingMonth(lastMonth, 15),
    approvalChain: [director, authority, segeplan],
    deliverable: 'Avance de metas físicas y financieras e indicadores del cuatrimestre, con su semáforo',
    deliverableKind: 'monitoringReport',
    period: `C${n}`,
    legalBasis: 'Ley Orgánica del Presupuesto (Decreto 101-97), arts. 17 Bis y 17 Ter; Constitución Política de la República, art. 183 literal w) (informe cuatrimestral de MINFIN al Congreso)',
    reminderDaysBefore: [7, 3, 1],
  });
}

const months = Array.from({ length: 12 }, (_, i) => i + 1);

export const guatemalaMonitoringTemplate: CalendarTemplate = {
  code: 'GT-SEGUIMIENTO',
  jurisdiction: 'GT',
  name: { es: 'Seguimiento del año de ejecución (Guatemala)', en: 'Execution-year monitoring (Guatemala)' },
  utcOffset: '-06:00',
  phase: 'execution',
  // In calendar order: each four-monthly report right after the monthly report of its last month.
  stages: months.flatMap((month) => {
    const stages = [monthlyProgress(month, 0)];
    if (month % 4 === 0) stages.push(fourMonthlyReport((month / 4) as 1 | 2 | 3, 0));
    return stages;
  }).map((stage, i) => ({ ...stage, order: i + 1 })),
};
