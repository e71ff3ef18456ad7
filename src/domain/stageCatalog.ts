// The stages Ciclo knows so far. The full calendar becomes data in the next step of the
// project; until then the strategic review is defined here with Guatemala's default dates.
export interface StageDefinition {
  code: string;
  name: { es: string; en: string };
  reminderDaysBefore: number;
  /** Deadline in the institution's zone: Guatemala keeps UTC-6 all year. */
  deadline(fiscalYear: number): string;
}

export const strategicReview: StageDefinition = {
  code: 'strategic_review',
  name: {
    es: 'Revisión del plan estratégico institucional (PEI)',
    en: 'Strategic plan (PEI) review',
  },
  reminderDaysBefore: 7,
  deadline: (fiscalYear) => new Date(`${fiscalYear - 1}-03-31T23:59:59-06:00`).toISOString(),
};
