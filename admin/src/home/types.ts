import type { CycleStatistics as Figures } from '../../../src/domain/cycleStatistics';

export type { CompletionPoint, InstitutionStatistics, StageStatistics } from '../../../src/domain/cycleStatistics';

/** GET /api/cycles/:id/statistics: the figures of src/domain/cycleStatistics.ts, with the cycle they are of. */
export type CycleStatistics = Figures & { cycleId: string };
