import type { Cycle, ProgressSelection } from '../types';
import { useCycleRead } from './useCycleRead';

/** GET /api/cycles/:id/progress: a page of the institution x stage matrix, filtered on the server. */
export const useCycleProgress = (cycle: Cycle | undefined, selection: ProgressSelection) =>
  useCycleRead(cycle, 'progress', (dataProvider, id) => dataProvider.getCycleProgress(id, selection), selection);
