import type { Cycle } from '../types';
import { useCycleRead } from './useCycleRead';

/** GET /api/cycles/:id/progress: the institution x stage matrix. */
export const useCycleProgress = (cycle: Cycle | undefined) => useCycleRead(cycle, 'progress', (dataProvider, id) => dataProvider.getCycleProgress(id));
