// Peru's accountability for an executed year: the Cuenta General de la República of fiscal year
// t, due in t+1 (Constitución art. 81). Its own template (phase execution), because the planning
// cycle PE-ANUAL of year t ends in January of t and this one runs in t+1.
// The three terms are the Constitution's ("en un plazo que vence"): dates stay as written, as in
// PE-ANUAL. The Contraloría's audit report and the Congress's decision are recorded by MEF, the
// jurisdiction's coordinator, as GT-ANUAL records Congress's approval of the budget.
import type { ApprovalLevel, CalendarTemplate } from '../template';
import { coordinationStage, fixed } from './guatemala';

const mef: ApprovalLevel = { role: 'coordinator', institutionCode: 'MEF' };
const article81 = 'Constitución Política del Perú, art. 81';

export const peruAccountTemplate: CalendarTemplate = {
  code: 'PE-CUENTA-GENERAL',
  jurisdiction: 'PE',
  name: { es: 'Cuenta General de la República (Perú)', en: 'General Account of the Republic (Peru)' },
  utcOffset: '-05:00',
  phase: 'execution',
  stages: [
    coordinationStage({
      code: 'general_account',
      name: { es: 'Remisión de la Cuenta General al Congreso', en: 'General Account sent to Congress' },
      order: 1,
      start: fixed(1, 2, 1),
      deadline: fixed(8, 15, 1),
      hardDeadline: true,
      submitterInstitutionCode: 'MEF',
      approvalChain: [mef],
      deliverable: 'Cuenta General de la República del año t con el informe de auditoría de la Contraloría General, remitida por el Presidente de la República',
      legalBasis: `${article81} (plazo que vence el 15 de agosto del año siguiente a la ejecución)`,
    }),
    coordinationStage({
      code: 'general_account_review',
      name: { es: 'Dictamen de la Comisión Revisora de la Cuenta General', en: 'Review committee report on the General Account' },
      order: 2,
      dependsOn: ['general_account'],
      start: fixed(8, 16, 1),
      deadline: fixed(10, 15, 1),
      submitterInstitutionCode: 'MEF',
      approvalChain: [mef],
      deliverable: 'Dictamen de la Comisión Revisora del Congreso (MEF registra el dictamen)',
      legalBasis: `${article81} (examen y dictamen de la comisión revisora hasta el 15 de octubre)`,
    }),
    coordinationStage({
      code: 'general_account_approval',
      name: { es: 'Pronunciamiento del Congreso sobre la Cuenta General', en: "Congress's decision on the General Account" },
      order: 3,
      dependsOn: ['general_account_review'],
      start: fixed(10, 16, 1),
      deadline: fixed(10, 30, 1),
      hardDeadline: true,
      submitterInstitutionCode: 'MEF',
      approvalChain: [mef],
      deliverable: 'Pronunciamiento del Congreso (MEF lo registra; sin él, el Ejecutivo promulga la Cuenta General por decreto legislativo con el dictamen de la comisión)',
      legalBasis: `${article81} (el Congreso se pronuncia en un plazo que vence el 30 de octubre)`,
      // A two-week window.
      reminderDaysBefore: [7, 3, 1],
    }),
  ],
};
