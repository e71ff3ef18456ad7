export type { ScenarioItem } from '../content/types';
