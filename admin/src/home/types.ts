export type { CompletionPoint, InstitutionStatistics, StageStatistics } from '../../../src/domain/cycleStatistics';

export type { CycleStatisticsAnswer as CycleStatistics } from '../../../src/api/responses';
