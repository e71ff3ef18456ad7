export type { ScenarioItem } from '../plan-budget/types';
