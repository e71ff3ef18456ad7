import { useCycleRead } from '../cycles/useCycleRead';
import type { Cycle } from '../types';

/** GET /api/cycles/:id/statistics: refetched and polled like the progress matrix. */
export const useCycleStatistics = (cycle: Cycle | undefined) => useCycleRead(cycle, 'statistics', (dataProvider, id) => dataProvider.getCycleStatistics(id));
