// The demo's standalone strategic review, outside any cycle: the first slice of Ciclo, kept so
// the demo has something to act on before a cycle starts. Cycles take their stages from templates.
import type { AlarmPlan } from './deadlineAlarms';

export interface StageDefinition {
  code: string;
  name: { es: string; en: string };
  alarms: AlarmPlan;
  /** Deadline in the institution's zone: Guatemala keeps UTC-6 all year. */
  deadline(fiscalYear: number): string;
}

export const strategicReview: StageDefinition = {
  code: 'strategic_review',
  name: {
    es: 'Revisión del plan estratégico institucional (PEI)',
    en: 'Strategic plan (PEI) review',
  },
  alarms: { reminderDaysBefore: [7], escalation: { ladder: ['authority', 'coordinator'], everyDays: 7 } },
  deadline: (fiscalYear) => new Date(`${fiscalYear - 1}-03-31T23:59:59-06:00`).toISOString(),
};
