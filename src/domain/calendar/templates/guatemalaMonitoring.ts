// Guatemala's execution year (README, "The execution year (monitoring)"): during fiscal year t the institution
// reports its physical and financial progress every month (published monthly) and, within 15 days
// of each four-month period, a four-monthly report approved up to SEGEPLAN.
// The execution year also holds: the programming of each four-month cuota financiera (approved
// by MINFIN's COPEP), the President's report to Congress (14 January of t+1), SEGEPLAN's annual
// report (March of t+1), and the liquidación of the budget with the Contraloría's report and
// Congress's decision (t+1). Facts of the Contraloría and Congress are recorded by MINFIN, as
// GT-ANUAL records Congress's approval of the budget. SEGEPLAN's stages are approved by MINFIN,
// the other coordinator, so that nobody decides what they submitted (four eyes).
import type { ApprovalLevel, CalendarTemplate, StageTemplate } from '../template';
import { afterApproval, coordinationStage, fixed, fixedOrBusinessDayBefore, institutionStage } from './guatemala';

const director: ApprovalLevel = { role: 'director' };
const authority: ApprovalLevel = { role: 'authority' };
const segeplan: ApprovalLevel = { role: 'coordinator', institutionCode: 'SEGEPLAN' };
const minfin: ApprovalLevel = { role: 'coordinator', institutionCode: 'MINFIN' };

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

/**
 * The cuota financiera of four-month period n: each institution programs it and MINFIN's COPEP
 * (Comité de Programación de la Ejecución Presupuestaria) approves it before the period spends.
 */
function financialQuota(n: 1 | 2 | 3): StageTemplate {
  const firstMonth = (n - 1) * 4 + 1;
  // The first period's quota follows the distribución analítica of January; the others come
  // in the month before their period.
  const month = n === 1 ? 1 : firstMonth - 1;
  return institutionStage({
    code: `cuota_financiera_${n}`,
    name: { es: `Programación de la cuota financiera del cuatrimestre ${n}`, en: `Financial quota programming, four-month period ${n}` },
    order: 0,
    start: fixed(month, n === 1 ? 2 : 1, 0),
    deadline: fixed(month, 15, 0),
    approvalChain: [director, authority, minfin],
    deliverable: 'Programación de la ejecución financiera (cuota) del cuatrimestre, aprobada por el COPEP de MINFIN',
    legalBasis: 'Ley Orgánica del Presupuesto (Decreto 101-97) y su reglamento: programación de la ejecución y cuotas (COPEP); artículo y plazo: verificar fecha',
    reminderDaysBefore: [7, 3, 1],
  });
}

const presidentReport = coordinationStage({
  code: 'president_report',
  name: { es: 'Informe del Presidente al Congreso', en: "The President's report to Congress" },
  order: 0,
  start: fixed(12, 1, 0),
  // The day Congress's annual sessions open; it sits that day, so the date stays.
  deadline: fixed(1, 14, 1),
  submitterInstitutionCode: 'SEGEPLAN',
  approvalChain: [minfin],
  deliverable: 'Informe escrito de la situación general de la República y de los negocios de la administración del año t (SEGEPLAN lo integra)',
  legalBasis: 'Constitución Política de la República, arts. 183 literal i) y 158 (las sesiones del Congreso se inician el 14 de enero)',
});

const segeplanAnnualReport = coordinationStage({
  code: 'segeplan_annual_report',
  name: { es: 'Informe anual de SEGEPLAN sobre la vinculación plan-presupuesto', en: "SEGEPLAN's annual report on plan-budget linkage" },
  order: 0,
  // With the third four-monthly report, which closes on 15 January of t+1.
  start: fixed(1, 16, 1),
  deadline: fixed(3, 31, 1),
  submitterInstitutionCode: 'SEGEPLAN',
  approvalChain: [minfin],
  deliverable: 'Informe anual de evaluación de la vinculación plan-presupuesto del año t, fusionado con el tercer informe cuatrimestral',
  legalBasis: 'Ley Orgánica del Presupuesto (Decreto 101-97), art. 17 Bis; plazo de marzo del año t+1: verificar fecha',
});

const liquidation = [
  coordinationStage({
    code: 'budget_liquidation',
    name: { es: 'Liquidación del presupuesto a la Contraloría General de Cuentas', en: 'Budget liquidation to the Comptroller General' },
    order: 0,
    start: fixed(1, 2, 1),
    // "Dentro de los primeros tres meses": the Contraloría is closed on a weekend or holiday.
    deadline: fixedOrBusinessDayBefore(3, 31, 1),
    hardDeadline: true,
    submitterInstitutionCode: 'MINFIN',
    approvalChain: [minfin],
    deliverable: 'Liquidación del presupuesto del año t formulada por MINFIN y sometida a la Contraloría General de Cuentas',
    legalBasis: 'Constitución Política de la República, art. 241 (dentro de los primeros tres meses de cada año)',
  }),
  coordinationStage({
    code: 'liquidation_audit',
    name: { es: 'Informe y dictamen de la Contraloría sobre la liquidación', en: "The Comptroller's report on the liquidation" },
    order: 0,
    dependsOn: ['budget_liquidation'],
    start: afterApproval('budget_liquidation', 0, 'calendar'),
    // "En un plazo no mayor de dos meses" from receipt: counted as 61 calendar days.
    deadline: afterApproval('budget_liquidation', 61, 'calendar'),
    submitterInstitutionCode: 'MINFIN',
    approvalChain: [minfin],
    deliverable: 'Informe y dictamen de la Contraloría General de Cuentas, remitido al Congreso (MINFIN registra su recepción)',
    legalBasis: 'Constitución Política de la República, art. 241 (informe y dictamen en un plazo no mayor de dos meses); dos meses contados como 61 días: verificar',
  }),
  coordinationStage({
    code: 'liquidation_approval',
    name: { es: 'Aprobación de la liquidación por el Congreso', en: "Congress's approval of the liquidation" },
    order: 0,
    dependsOn: ['liquidation_audit'],
    start: afterApproval('liquidation_audit', 0, 'calendar'),
    // The Constitution sets Congress no term: the end of its ordinary sessions of t+1.
    deadline: fixed(11, 30, 1),
    submitterInstitutionCode: 'MINFIN',
    approvalChain: [minfin],
    deliverable: 'Decreto del Congreso que aprueba o imprueba la liquidación (MINFIN registra la decisión)',
    legalBasis: 'Constitución Política de la República, arts. 241 y 171 literal d); sin plazo constitucional, 30 de noviembre (fin de las sesiones ordinarias, art. 158): verificar fecha',
  }),
];

const months = Array.from({ length: 12 }, (_, i) => i + 1);

export const guatemalaMonitoringTemplate: CalendarTemplate = {
  code: 'GT-SEGUIMIENTO',
  jurisdiction: 'GT',
  name: { es: 'Seguimiento del año de ejecución (Guatemala)', en: 'Execution-year monitoring (Guatemala)' },
  utcOffset: '-06:00',
  phase: 'execution',
  // In calendar order: each four-monthly report right after the monthly report of its last
  // month, each quota before the monthly report due in its month, then the year's closing.
  stages: [
    financialQuota(1),
    ...months.flatMap((month) => {
      const stages = [monthlyProgress(month, 0)];
      if (month === 3 || month === 7) stages.push(financialQuota(month === 3 ? 2 : 3));
      if (month % 4 === 0) stages.push(fourMonthlyReport((month / 4) as 1 | 2 | 3, 0));
      return stages;
    }),
    presidentReport,
    segeplanAnnualReport,
    ...liquidation,
  ].map((stage, i) => ({ ...stage, order: i + 1 })),
};
