import type { ProgrammaticCategory } from '../plan-budget/types';

/** The parts of a category's code as the form holds them: the record's fields, any of them not filled in yet. */
export type CategoryParts = { [Part in 'programa' | 'subPrograma' | 'proyecto' | 'actividad' | 'obra']?: ProgrammaticCategory[Part] | null };

const pad = (value: number | null | undefined, digits: number) => String(value ?? 0).padStart(digits, '0');

/** The code the API derives: 11-00-000-001-000 (as src/api/planBudget/contentResources.ts). */
export const categoryCode = (parts: CategoryParts): string => [String(parts.programa ?? 0), pad(parts.subPrograma, 2), pad(parts.proyecto, 3), pad(parts.actividad, 3), pad(parts.obra, 3)].join('-');
