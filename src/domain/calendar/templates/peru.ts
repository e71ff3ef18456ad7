// Peru's planning-budget calendar: the same pattern as Guatemala with Peru's actors. CEPLAN
// (Centro Nacional de Planeamiento Estratégico) leads planning (PEI, POI); MEF (its budget
// directorate, DGPP) sets the Asignación Presupuestaria Multianual and sends the bill.
// Stages that are the same in substance keep Guatemala's codes so that cycles compare
// across countries. For fiscal year t the dates fall in t-1, except the POI adjustment.
// Dates set by yearly directives (not by law) are marked "verificar fecha".
// Dates on a weekend or holiday stay as written: the bill is due by a term that "vence el 30 de
// agosto" (Constitución art. 78), itself a national holiday every year, so falling back would
// move it every year; whether the Executive sends it earlier in practice: verificar.
import type { ApprovalLevel, CalendarTemplate } from '../template';
import { afterApproval, coordinationStage, fixed, institutionStage } from './guatemala';

const director: ApprovalLevel = { role: 'director' };
const authority: ApprovalLevel = { role: 'authority' };
const mef: ApprovalLevel = { role: 'coordinator', institutionCode: 'MEF' };
/** The DGPP's directive in force for the 2026 programming; its dates were not at hand (see the README). */
const mefDirective = 'Directiva 0002-2024-EF/50.01 (RD 0021-2024-EF/50.01, modificada por la RD 0007-2025-EF/50.01)';

export const peruTemplate: CalendarTemplate = {
  code: 'PE-ANUAL',
  jurisdiction: 'PE',
  name: {
    es: 'Ciclo anual de planeamiento y presupuesto (Perú)',
    en: 'Annual planning and budget cycle (Peru)',
  },
  utcOffset: '-05:00',
  phase: 'planning',
  stages: [
    coordinationStage({
      code: 'guidelines',
      name: { es: 'Lineamientos de planeamiento y programación presupuestaria', en: 'Planning and budget programming guidelines' },
      order: 1,
      start: fixed(1, 2),
      deadline: fixed(2, 28),
      submitterInstitutionCode: 'CEPLAN',
      approvalChain: [mef],
      deliverable: 'Guía de planeamiento institucional (CEPLAN) y directiva de programación multianual y formulación (MEF)',
      legalBasis: `Decreto Legislativo 1088 (SINAPLAN) y Decreto Legislativo 1440, art. 5 (la DGPP emite las directivas); ${mefDirective}; verificar fecha`,
    }),
    institutionStage({
      code: 'strategic_review',
      name: { es: 'Revisión del plan estratégico institucional (PEI)', en: 'Strategic plan (PEI) review' },
      order: 2,
      dependsOn: ['guidelines'],
      start: fixed(2, 1),
      deadline: fixed(3, 31),
      approvalChain: [director, authority],
      deliverable: 'PEI revisado: objetivos y acciones estratégicas institucionales con sus indicadores',
      legalBasis: 'Guía para el Planeamiento Institucional (CEPLAN); verificar fecha',
    }),
    institutionStage({
      code: 'poi_multianual',
      name: { es: 'Plan operativo institucional multianual (POI)', en: 'Multi-year institutional operational plan (POI)' },
      order: 3,
      dependsOn: ['strategic_review'],
      start: fixed(3, 1),
      deadline: fixed(4, 30),
      approvalChain: [director, authority],
      deliverable: 'POI multianual: actividades operativas e inversiones con metas físicas, registrado en el aplicativo de CEPLAN',
      legalBasis: 'Guía para el Planeamiento Institucional (CEPLAN); verificar fecha',
    }),
    coordinationStage({
      code: 'budget_ceilings',
      name: { es: 'Asignación Presupuestaria Multianual (APM)', en: 'Multi-year budget allocation (APM)' },
      order: 4,
      start: fixed(5, 1),
      deadline: fixed(5, 31),
      submitterInstitutionCode: 'MEF',
      approvalChain: [mef],
      deliverable: 'Asignación Presupuestaria Multianual por pliego para los tres años siguientes',
      legalBasis: `Decreto Legislativo 1440, arts. 22 y 23 (Programación Multianual Presupuestaria); ${mefDirective}; verificar fecha`,
    }),
    institutionStage({
      code: 'preliminary_programming',
      name: { es: 'Programación multianual presupuestaria', en: 'Multi-year budget programming' },
      order: 5,
      dependsOn: ['poi_multianual', 'budget_ceilings'],
      start: afterApproval('budget_ceilings', 0, 'calendar'),
      deadline: afterApproval('budget_ceilings', 15, 'business'),
      approvalChain: [director, authority],
      deliverable: 'Programación de metas y gastos por tres años dentro de la APM',
      legalBasis: `Decreto Legislativo 1440, art. 23; ${mefDirective}; plazo: verificar fecha`,
      // About three weeks between the APM and the deadline.
      reminderDaysBefore: [7, 3, 1],
    }),
    institutionStage({
      code: 'budget_proposal',
      name: { es: 'Formulación presupuestaria', en: 'Budget formulation' },
      order: 6,
      dependsOn: ['preliminary_programming'],
      start: fixed(6, 1),
      deadline: fixed(7, 15),
      hardDeadline: true,
      approvalChain: [director, authority, mef],
      deliverable: 'Presupuesto institucional del primer año por categoría presupuestaria, consistente con el POI',
      legalBasis: `Decreto Legislativo 1440, art. 22 (fase de Formulación); ${mefDirective}; verificar fecha`,
    }),
    coordinationStage({
      code: 'consolidation',
      name: { es: 'Consolidación del proyecto de Ley de Presupuesto', en: 'Consolidation of the budget bill' },
      order: 7,
      dependsOn: ['budget_ceilings'],
      start: fixed(7, 16),
      deadline: fixed(8, 25),
      submitterInstitutionCode: 'MEF',
      approvalChain: [mef],
      deliverable: 'Proyecto de Ley de Presupuesto del Sector Público aprobado por el Consejo de Ministros',
      legalBasis: 'Verificar fecha',
    }),
    institutionStage({
      code: 'consolidation_feedback',
      name: { es: 'Respuesta a las observaciones del MEF', en: "Answer to MEF's observations" },
      order: 8,
      dependsOn: ['budget_proposal'],
      start: fixed(7, 16),
      deadline: fixed(8, 14),
      approvalChain: [director, authority],
      deliverable: 'Presupuesto formulado ajustado a las observaciones del MEF',
      legalBasis: 'Verificar fecha',
    }),
    coordinationStage({
      code: 'congress_submission',
      name: { es: 'Envío del proyecto de Ley de Presupuesto al Congreso', en: 'Submission of the budget bill to Congress' },
      order: 9,
      dependsOn: ['consolidation'],
      start: fixed(8, 26),
      deadline: fixed(8, 30),
      hardDeadline: true,
      submitterInstitutionCode: 'MEF',
      approvalChain: [mef],
      deliverable: 'Proyecto de Ley de Presupuesto del Sector Público presentado al Congreso',
      legalBasis: 'Constitución Política del Perú, art. 78',
      // A five-day window.
      reminderDaysBefore: [3, 1],
    }),
    coordinationStage({
      code: 'budget_approval',
      name: { es: 'Aprobación de la Ley de Presupuesto por el Congreso', en: 'Budget law approval by Congress' },
      order: 10,
      dependsOn: ['congress_submission'],
      start: fixed(8, 31),
      deadline: fixed(11, 30),
      hardDeadline: true,
      submitterInstitutionCode: 'MEF',
      approvalChain: [mef],
      deliverable: 'Ley de Presupuesto del Sector Público (MEF registra la decisión; si la autógrafa no llega al Ejecutivo el 30 de noviembre, rige el proyecto)',
      legalBasis: 'Constitución Política del Perú, art. 80',
    }),
    institutionStage({
      code: 'poa_adjustment',
      name: { es: 'Ajuste del POI al presupuesto aprobado (PIA)', en: 'POI adjustment to the approved budget (PIA)' },
      order: 11,
      dependsOn: ['budget_proposal', 'budget_approval'],
      start: fixed(12, 1),
      deadline: fixed(1, 31, 0),
      approvalChain: [director, authority],
      deliverable: 'POI anual consistente con el Presupuesto Institucional de Apertura (PIA)',
      legalBasis: 'Guía para el Planeamiento Institucional (CEPLAN); verificar fecha',
    }),
  ],
};
